/**
 * Build-time configuration read from the environment. Pure functions so that
 * `astro.config.mjs`, `src/content.config.ts` and the tests share one reading.
 */
import { MAX_SHARD_PAGES } from './site';

/** The origin used for canonical URLs, feeds and the sitemap when `SITE_URL` is unset. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * Normalises `BASE_PATH` to `/` or `/sub/path` (leading slash, no trailing slash).
 * @example resolveBasePath('archive/') // '/archive'
 */
export function resolveBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (
    !/^[A-Za-z0-9._~\-/]+$/.test(trimmed) ||
    trimmed.split('/').some((s) => s === '' || s === '..' || s === '.')
  ) {
    throw new Error(`BASE_PATH "${raw}" is not a plain URL path such as "/archive"`);
  }
  return `/${trimmed}`;
}

/**
 * Validates `SITE_URL` and returns its origin (scheme, host and port). A path,
 * query or fragment is refused rather than cut off: the sub-path a site is
 * served under is `BASE_PATH`.
 * @example resolveSiteUrl('https://news.example.org/') // 'https://news.example.org'
 */
export function resolveSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an absolute URL such as "https://news.example.org"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL "${value}" must use http or https`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(
      `SITE_URL "${value}" has a path: give only the origin in SITE_URL ("${url.origin}") and the path in BASE_PATH ("${url.pathname.replace(/\/+$/, '')}")`,
    );
  }
  return url.origin;
}

/** Astro's cache folder when `ARCHIVE_CACHE_DIR` is unset (Astro's own default). */
export const DEFAULT_CACHE_DIR = 'node_modules/.astro';

/**
 * The build cache (`ARCHIVE_CACHE_DIR`), relative to the project root unless
 * absolute: Astro's content layer and incremental build, the articles' HTML, and
 * the search index's shards all keep what a rebuild reuses there.
 */
export function resolveCacheDir(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  return value === '' ? DEFAULT_CACHE_DIR : value.replace(/\/+$/, '');
}

/** The folders of an archive (the content folder): one per content collection. */
export const ARCHIVE_FOLDERS = ['articles', 'leaders', 'countries'] as const;

/** The content folder (`ARCHIVE_CONTENT_DIR`), relative to the project root unless absolute. */
export function resolveContentDir(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  return value === '' ? 'content' : value.replace(/\/+$/, '');
}

/**
 * The most article pages in one shard of the search index (`SEARCH_SHARD_PAGES`,
 * default {@link MAX_SHARD_PAGES}). The search page and the index step both read
 * it, so they plan the same shards; tests set it low to get several shards.
 * @example resolveShardPages('1') // 1
 */
export function resolveShardPages(raw: string | undefined): number {
  const value = (raw ?? '').trim();
  if (value === '') return MAX_SHARD_PAGES;
  const pages = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(pages) || pages < 1) {
    throw new Error(`SEARCH_SHARD_PAGES "${raw}" is not a positive whole number of pages such as "4000"`);
  }
  return pages;
}

/** Whether an environment variable is set to something other than empty, `0` or `false`. */
const isSet = (value: string | undefined): boolean => !['', '0', 'false'].includes((value ?? '').trim());

/**
 * Whether the build runs on a build service, where a build is made to be
 * deployed: a CI (`CI`, set by GitHub Actions, GitLab CI and this project's
 * own CI), Netlify (`NETLIFY`) or Cloudflare Pages (`CF_PAGES`).
 */
export function isHostedBuild(env: Record<string, string | undefined>): boolean {
  return ['CI', 'NETLIFY', 'CF_PAGES'].some((name) => isSet(env[name]));
}

/**
 * What the build report says of the origin a build was made for (`origin`,
 * read from the build; see `report-cli.ts`): nothing for a real address; for
 * the default, `http://localhost:4321` (no `SITE_URL`), a note when the build
 * is a local one (`npm start`), a loud warning for `npm run build`, and an
 * error that fails the build on a build service, whose builds are deployed.
 */
export function siteUrlVerdict(
  origin: string,
  { local, hosted }: { local: boolean; hosted: boolean },
): { level: 'ok' | 'note' | 'warning' | 'error'; lines: string[] } {
  if (origin !== DEFAULT_SITE_URL) return { level: 'ok', lines: [] };
  if (local) {
    return {
      level: 'note',
      lines: [
        `built for ${DEFAULT_SITE_URL}, to look at on this machine; to deploy, set SITE_URL and run npm run build`,
      ],
    };
  }
  const lines = [
    `SITE_URL is not set: this build is for ${DEFAULT_SITE_URL}, not for the address it will be served from.`,
    'Its feeds, sitemap, canonical links, citations, search exports and open data all point there.',
    'To deploy, build with the site’s address: SITE_URL=https://news.example.org npm run build (docs/deployers.md).',
  ];
  return hosted ? { level: 'error', lines } : { level: 'warning', lines };
}
