/** The open data page, its codebook and the page for a missing address, in Kazakh (see ../en/data.ts). */
import type { Area } from '../messages';
import type { data as en } from '../en/data';

export const data: Area<typeof en> = {
  'data.title': 'Деректер',
  'data.heading': 'Ашық деректер',
  'data.description': 'Мұрағаттың мақалалары, көшбасшылары мен елдері CSV, JSON Lines және JSON файлдарында.',
  'data.lede':
    'Әр мақаланың метадеректері, көшбасшылар мен елдер — кестелер мен талдауға арналған файлдарда.',
  'data.articlesHeading': 'Мақалалар, әр жылға бір файл',
  'data.articlesText':
    'Әр мақалаға бір жол, алдымен жаңалары, бағандарын {codebook} сипаттайды. CSV кез келген кестеде ашылады; JSON Lines тізімдерді массив, белгісіз мәндерді null етіп сақтайды.',
  'data.codebookLink': 'кодтар кітабы',
  'data.filesCaption': 'Жыл бойынша мақала файлдары',
  'data.year': 'Жыл',
  'data.articles': 'Мақалалар',
  'data.files': 'Файлдар',
  'data.entitiesHeading': 'Көшбасшылар, елдер және схемалар',
  'data.file': '{file} ({format}): {title}',
  'data.file.leaders': 'Көшбасшылар және олардың лауазымдары',
  'data.file.countries': 'Елдер',
  'data.file.articlesSchema': 'Бір мақала (JSON Lines жолы)',
  'data.file.leadersSchema': 'Көшбасшылар файлы',
  'data.file.countriesSchema': 'Елдер файлы',
  'data.licenceHeading': 'Лицензия және дереккөздер',
  'data.licenceText':
    'Мәтіндер өз дереккөздеріне тиесілі. Әр мақаланың жолында оның дереккөзі, белгілі болса бастапқы мекенжайы және дереккөз көрсеткен лицензия бар (көрсетілмесе бос: онда шарттары белгісіз, дереккөздің өз шарттары қолданылады). Әр мақаланың бетіндегі «Шығу тегі» бөлімі де соны көрсетеді.',
  'codebook.title': 'Кодтар кітабы',
  'codebook.description': 'Мұрағаттың мақала файлдарының барлық бағаны, түрі мен мағынасымен.',
  'codebook.lede': 'Мақала файлдарының бағандары, әр CSV жолы мен JSON Lines нысанындағы ретімен.',
  'codebook.caption': 'Мақала файлдарының бағандары',
  'codebook.column': 'Баған',
  'codebook.type': 'Түрі',
  'codebook.meaning': 'Мағынасы',
  'codebook.encodingHeading': 'Кодталуы',
  'codebook.csv':
    'CSV: UTF-8, үтірмен бөлінген, қажет жерде тырнақшада (RFC 4180), жол соңы CRLF, бір тақырып жолы. Тізім элементтері «{separator}» белгісімен бөлінеді; белгісіз мән — бос ұяшық.',
  'codebook.jsonl':
    'JSON Lines: әр жолға бір JSON нысаны, кілттері жоғарыдағы ретпен. Тізімдер — массив; белгісіз мән — {null}. Әр жол {schema} схемасына сай келеді.',
  'codebook.entities':
    'Көшбасшылар мен елдер: {leaders} (әр лауазымның атауы, рөлі және күндерімен) және {countries} файлдарындағы нысандар массиві; олардың идентификаторлары — {leadersColumn} және {countriesColumn} бағандарының мәндері.',
  'notFound.title': 'Бет табылмады',
  'notFound.lede': 'Сұраған бетіңіз мұрағатта жоқ немесе басқа жерге көшірілген.',
  'notFound.text': 'Беттің жоғарғы жағындағы іздеуді қолданыңыз немесе {archive} не {latest} бетін ашыңыз.',
  'notFound.archive': 'күн бойынша мұрағат',
  'notFound.latest': 'соңғы мақалалар',
};
