/** The open data page, its codebook and the page for a missing address, in Russian (see ../en/data.ts). */
import type { Area } from '../messages';
import type { data as en } from '../en/data';

export const data: Area<typeof en> = {
  'data.title': 'Данные',
  'data.heading': 'Открытые данные',
  'data.description': 'Статьи, лидеры и страны архива в файлах CSV, JSON Lines и JSON.',
  'data.lede': 'Метаданные каждой статьи, лидеры и страны — в файлах для таблиц и анализа.',
  'data.articlesHeading': 'Статьи, по файлу на год',
  'data.articlesText':
    'По строке на статью, сначала новые, со столбцами, которые описывает {codebook}. CSV открывается в любой таблице; в JSON Lines списки — массивы, а неизвестные значения — null.',
  'data.codebookLink': 'кодовая книга',
  'data.filesCaption': 'Файлы статей по годам',
  'data.year': 'Год',
  'data.articles': 'Статьи',
  'data.files': 'Файлы',
  'data.entitiesHeading': 'Лидеры, страны и схемы',
  'data.file': '{file} ({format}): {title}',
  'data.file.leaders': 'Лидеры и их должности',
  'data.file.countries': 'Страны',
  'data.file.articlesSchema': 'Одна статья (строка JSON Lines)',
  'data.file.leadersSchema': 'Файл лидеров',
  'data.file.countriesSchema': 'Файл стран',
  'data.licenceHeading': 'Лицензия и источники',
  'data.licenceText':
    'Тексты принадлежат своим источникам. В строке каждой статьи указаны её источник, исходный адрес, если он известен, и лицензия, которую указывает источник (пусто, если не указана: тогда условия неизвестны и действуют условия самого источника). То же показано на странице каждой статьи в разделе «Происхождение».',
  'codebook.title': 'Кодовая книга',
  'codebook.description': 'Все столбцы файлов статей архива, с типом и значением.',
  'codebook.lede':
    'Столбцы файлов статей в том порядке, в каком они идут в каждой строке CSV и в каждом объекте JSON Lines.',
  'codebook.caption': 'Столбцы файлов статей',
  'codebook.column': 'Столбец',
  'codebook.type': 'Тип',
  'codebook.meaning': 'Значение',
  'codebook.type.id': 'текст',
  'codebook.col.id': 'Постоянный идентификатор: путь к файлу статьи в articles/ без расширения.',
  'codebook.type.url': 'URL',
  'codebook.col.url': 'Постоянный адрес статьи в архиве.',
  'codebook.type.title': 'текст',
  'codebook.col.title': 'Заголовок в том виде, в каком он опубликован, в одну строку.',
  'codebook.type.summary': 'текст',
  'codebook.col.summary': 'Вводное предложение (лид).',
  'codebook.type.published': 'дата ISO 8601 или дата и время со смещением',
  'codebook.col.published':
    'Когда источник опубликовал материал: дата ISO 8601 или дата и время со смещением источника от UTC.',
  'codebook.type.source': 'текст',
  'codebook.col.source': 'Издание или агентство, у которого архив взял материал.',
  'codebook.type.source_url': 'URL или пусто',
  'codebook.col.source_url': 'Адрес исходной статьи, если он известен.',
  'codebook.type.licence': 'текст или пусто',
  'codebook.col.licence':
    'Условия, на которых источник публикует свои тексты, как он их указывает; пусто, если не указаны.',
  'codebook.type.author': 'текст или пусто',
  'codebook.col.author': 'Автор, если источник его называет.',
  'codebook.type.kind': 'код',
  'codebook.col.kind':
    'Вид материала: одно из значений speech, call, meeting, visit, statement, interview, report.',
  'codebook.type.language': 'тег BCP 47',
  'codebook.col.language': 'Язык текста в виде тега BCP 47 («en», «ru»).',
  'codebook.type.leaders': 'список идентификаторов',
  'codebook.col.leaders': 'Лидеры, которых касается материал, в виде идентификаторов из leaders.json.',
  'codebook.type.countries': 'список идентификаторов',
  'codebook.col.countries': 'Страны, которых касается материал, в виде идентификаторов из countries.json.',
  'codebook.type.tags': 'список текстов',
  'codebook.col.tags':
    'Тематические метки в том виде, в каком их дал источник; в метке нет знаков «,» и «;».',
  'codebook.type.word_count': 'целое число',
  'codebook.col.word_count': 'Число слов в тексте статьи (последовательностей букв или цифр).',
  'codebook.encodingHeading': 'Кодировка',
  'codebook.csv':
    'CSV: UTF-8, через запятую, в кавычках, где нужно (RFC 4180), концы строк CRLF, одна строка заголовков. Элементы списков разделены знаком «{separator}», которого нет ни в одном элементе; неизвестное значение — пустая ячейка.',
  'codebook.jsonl':
    'JSON Lines: по объекту JSON на строку, ключи в порядке выше. Списки — массивы; неизвестное значение — {null}. Каждая строка соответствует схеме {schema}.',
  'codebook.entities':
    'Лидеры и страны: массивы объектов в {leaders} (с названием, ролью и датами каждой должности) и {countries}; их идентификаторы — значения столбцов {leadersColumn} и {countriesColumn}.',
  'notFound.title': 'Страница не найдена',
  'notFound.lede': 'Запрошенной страницы нет в архиве, или она переехала.',
  'notFound.text': 'Попробуйте поиск вверху страницы или откройте {archive} или {latest}.',
  'notFound.archive': 'архив по датам',
  'notFound.latest': 'последние статьи',
};
