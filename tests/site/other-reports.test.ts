import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileFor, loadPage } from '../support/dist';
import { sharedFixtureSite } from '../support/shared-site';

const AKORDA = '/articles/2024/03/head-of-state-holds-telephone-conversation-with-vladimir-putin/';
const KAZINFORM = '/articles/2024/03/tokayev-and-putin-hold-phone-talks/';
const NEXT_DAY = '/articles/2024/03/tokayev-and-putin-speak-again-by-phone/';
const TASS = '/articles/2025/09/tokayev-putin-discuss-preparations-for-central-asia-russia-summit-by-phone/';

let dist = '';
beforeAll(() => {
  // The fixture archive `other-reports`, in the shared fixture site.
  dist = sharedFixtureSite('shared-articles');
});

/** The section "Other reports of this event" of a page: its items, in order. */
function reportsOn(url: string) {
  const $ = loadPage(dist, url);
  const section = $('section[aria-labelledby="other-reports-heading"]');
  return {
    heading: section.find('h2').text().trim(),
    items: section
      .find('ol > li')
      .toArray()
      .map((li) => ({
        href: $(li).find('a').attr('href'),
        text: $(li).text().replace(/\s+/g, ' ').trim(),
        time: $(li).find('time').attr('datetime'),
      })),
  };
}

describe('other reports of this event', () => {
  it('the Akorda page links the Kazinform report of the same call, in publication order', () => {
    const { heading, items } = reportsOn(AKORDA);
    expect(heading).toBe('Other reports of this event');
    expect(items).toEqual([
      {
        href: undefined,
        text: 'Head of State holds telephone conversation with Vladimir Putin (this article) Akorda, 1 March 2024, 09:40 (UTC+05:00)',
        time: '2024-03-01T09:40:00+05:00',
      },
      {
        href: KAZINFORM,
        text: expect.stringMatching(/^Tokayev and Putin hold phone talks Kazinform, 1 March 2024, 10:15/),
        time: '2024-03-01T10:15:00+05:00',
      },
    ]);
  });

  it('the Kazinform page links the Akorda report, which came first', () => {
    const { items } = reportsOn(KAZINFORM);
    expect(items.map((i) => i.href)).toEqual([AKORDA, undefined]);
    expect(items[0]?.text).toMatch(
      /^Head of State holds telephone conversation with Vladimir Putin Akorda, /,
    );
  });

  it('calls between the same leaders on other days are other events', () => {
    expect(reportsOn(NEXT_DAY).items).toEqual([]);
    expect(reportsOn(TASS).items).toEqual([]);
    for (const url of [AKORDA, KAZINFORM]) {
      const hrefs = reportsOn(url).items.map((i) => i.href);
      expect(hrefs).not.toContain(NEXT_DAY);
      expect(hrefs).not.toContain(TASS);
    }
  });

  it('keeps the pages that list other reports valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const url of [AKORDA, KAZINFORM]) {
      const report = await validator.validateFile(fileFor(dist, url, '/')!);
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${url}: ${m.ruleId}: ${m.message}`)),
      ).toEqual([]);
    }
  });
});
