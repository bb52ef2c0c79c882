/**
 * What common static hosts accept, in one table, and which of them a built site
 * fits. The build report (src/build/build-report.ts) measures `dist/` and prints
 * the verdicts after every build; the README's "Deploy" section shows the same
 * table (a test keeps the two equal).
 *
 * Every figure is the host's documented limit as of 2026, with its source. A
 * limit can be lowered or raised for one build with an environment variable,
 * `ARCHIVE_HOST_LIMIT_<HOST>_<MEASURE>=<number>` (see {@link applyLimitOverrides}),
 * for a plan with other limits or to try the report.
 */

/** What a limit counts. */
export type Measure = 'files' | 'bytes' | 'fileBytes' | 'folderEntries';

/** The figures of a built site the limits apply to. */
export interface SiteFigures {
  /** HTML pages. */
  pages: number;
  /** Files of every kind. */
  files: number;
  /** Total size of the files, in bytes. */
  bytes: number;
  /** The largest file, by its path relative to the site. */
  largestFile: { path: string; bytes: number } | undefined;
  /** The folder with the most entries (files and folders) directly in it. */
  fullestFolder: { path: string; entries: number } | undefined;
}

export interface HostLimit {
  measure: Measure;
  /** The largest value the host accepts. */
  max: number;
  /** What to do when the site exceeds it. */
  advice: string;
}

export interface Host {
  /** The host's part of override variables' names: `ARCHIVE_HOST_LIMIT_<id>_<MEASURE>`. */
  id: string;
  name: string;
  /** The host's documented limits; a measure not listed has no limit. */
  limits: readonly HostLimit[];
  /** Where the limits are documented. */
  source: string;
}

const GB = 1_000_000_000;
const MiB = 1024 * 1024;

/** How each measure reads in the report and the README, and its name in override variables. */
export const MEASURES: Readonly<Record<Measure, { env: string; describe: (max: number) => string }>> = {
  files: { env: 'FILES', describe: (max) => `${count(max)} files per site` },
  bytes: { env: 'SIZE', describe: (max) => `${formatBytes(max)} per site` },
  fileBytes: { env: 'FILE_SIZE', describe: (max) => `${formatBytes(max)} per file` },
  folderEntries: { env: 'FOLDER_FILES', describe: (max) => `${count(max)} files per folder` },
};

const ELSEWHERE = 'serve it from S3 + CloudFront or nginx, which have no such limit';

/**
 * The hosts and their limits. Sizes in GB are decimal (10⁹ bytes), the smaller
 * reading of a host's "1 GB"; MiB are binary.
 */
export const HOSTS: readonly Host[] = [
  {
    // "Published GitHub Pages sites may be no larger than 1 GB."
    id: 'GITHUB_PAGES',
    name: 'GitHub Pages',
    limits: [
      {
        measure: 'bytes',
        max: 1 * GB,
        advice: `deploy to Cloudflare Pages or Netlify, or ${ELSEWHERE}`,
      },
    ],
    source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
  },
  {
    // GitLab.com: "Maximum size of Pages site" 1 GB; "Number of files per GitLab Pages
    // website" 200,000 (https://docs.gitlab.com/administration/instance_limits/).
    id: 'GITLAB_PAGES',
    name: 'GitLab Pages',
    limits: [
      { measure: 'bytes', max: 1 * GB, advice: `deploy to Cloudflare Pages or Netlify, or ${ELSEWHERE}` },
      { measure: 'files', max: 200_000, advice: `deploy to Netlify, or ${ELSEWHERE}` },
    ],
    source: 'https://docs.gitlab.com/user/gitlab_com/#gitlab-pages',
  },
  {
    // 20,000 files per site on the Free plan, 25 MiB per file; paid plans 100,000 files
    // since 23 January 2026 (https://developers.cloudflare.com/changelog/post/2026-01-23-pages-file-limit-increase/).
    id: 'CLOUDFLARE_FREE',
    name: 'Cloudflare Pages (free)',
    limits: [
      {
        measure: 'files',
        max: 20_000,
        advice: `take a paid plan (100,000 files; set PAGES_WRANGLER_MAJOR_VERSION=4 in the project), deploy to Netlify, or ${ELSEWHERE}`,
      },
      {
        measure: 'fileBytes',
        max: 25 * MiB,
        advice: `keep files this large out of public/, or ${ELSEWHERE}`,
      },
    ],
    source: 'https://developers.cloudflare.com/pages/platform/limits/',
  },
  {
    id: 'CLOUDFLARE_PAID',
    name: 'Cloudflare Pages (paid)',
    limits: [
      { measure: 'files', max: 100_000, advice: `deploy to Netlify, or ${ELSEWHERE}` },
      {
        measure: 'fileBytes',
        max: 25 * MiB,
        advice: `keep files this large out of public/, or ${ELSEWHERE}`,
      },
    ],
    source: 'https://developers.cloudflare.com/pages/platform/limits/',
  },
  {
    // "While Netlify doesn't have a limit on the number of files per deploy, we do have a
    // limit of 54,000 files per directory."
    id: 'NETLIFY',
    name: 'Netlify',
    limits: [
      {
        measure: 'folderEntries',
        max: 54_000,
        advice: `split the folder: for the search index, lower SEARCH_SHARD_PAGES; or ${ELSEWHERE}`,
      },
    ],
    source: 'https://docs.netlify.com/site-deploys/overview/#files-per-directory-limit',
  },
  {
    // No limit on the number of objects in a bucket; an object may be up to 50 TB
    // (5 GB in one PUT; `aws s3 sync` switches to multipart uploads on its own).
    id: 'S3_CLOUDFRONT',
    name: 'S3 + CloudFront',
    limits: [
      {
        measure: 'fileBytes',
        max: 50_000 * GB,
        advice: 'no static site reaches this; check what wrote the file',
      },
    ],
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html',
  },
  {
    // A web server of your own: the only limits are the disk's.
    id: 'NGINX',
    name: 'nginx',
    limits: [],
    source: 'https://nginx.org/en/docs/',
  },
];

/** One limit a site exceeds on one host. */
export interface Breach {
  measure: Measure;
  max: number;
  /** The site's figure for the measure. */
  actual: number;
  /** The file or folder at fault, for per-file and per-folder limits. */
  where?: string;
  advice: string;
}

export interface HostVerdict {
  host: Host;
  /** The limits the site exceeds on this host; none when it fits. */
  breaches: Breach[];
}

/** The site's figure for a measure, and the file or folder it comes from. */
function figure(site: SiteFigures, measure: Measure): { actual: number; where?: string } {
  switch (measure) {
    case 'files':
      return { actual: site.files };
    case 'bytes':
      return { actual: site.bytes };
    case 'fileBytes':
      return site.largestFile
        ? { actual: site.largestFile.bytes, where: site.largestFile.path }
        : { actual: 0 };
    case 'folderEntries':
      return site.fullestFolder
        ? { actual: site.fullestFolder.entries, where: site.fullestFolder.path }
        : { actual: 0 };
  }
}

/**
 * Which hosts a site fits: for each host, the limits the site exceeds.
 * @example judgeHosts({ pages: 1, files: 30_000, bytes: 1e6, largestFile: undefined, fullestFolder: undefined })
 *   .find((v) => v.host.id === 'CLOUDFLARE_FREE')?.breaches[0]?.max // 20000
 */
export function judgeHosts(site: SiteFigures, hosts: readonly Host[] = HOSTS): HostVerdict[] {
  return hosts.map((host) => ({
    host,
    breaches: host.limits.flatMap(({ measure, max, advice }) => {
      const { actual, where } = figure(site, measure);
      if (actual <= max) return [];
      return [{ measure, max, actual, advice, ...(where === undefined ? {} : { where }) }];
    }),
  }));
}

/** The prefix of the variables that override a host's limit. */
export const OVERRIDE_PREFIX = 'ARCHIVE_HOST_LIMIT_';

/**
 * The hosts with the limits that `ARCHIVE_HOST_LIMIT_<HOST>_<MEASURE>=<number>`
 * variables set: `<HOST>` is a host's `id`, `<MEASURE>` one of `FILES`, `SIZE`
 * (bytes per site), `FILE_SIZE` (bytes per file), `FOLDER_FILES`. A variable may
 * lower a limit, raise it, or give a host a limit it does not have. Throws,
 * naming the variable, on an unknown host or measure or a value that is not a
 * whole number, so a typo does not pass unnoticed.
 * @example applyLimitOverrides(HOSTS, { ARCHIVE_HOST_LIMIT_CLOUDFLARE_FREE_FILES: '10' })
 */
export function applyLimitOverrides(
  hosts: readonly Host[],
  env: Readonly<Record<string, string | undefined>>,
): Host[] {
  const result = hosts.map((host) => ({ ...host, limits: [...host.limits] }));
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith(OVERRIDE_PREFIX) || raw === undefined || raw.trim() === '') continue;
    const rest = name.slice(OVERRIDE_PREFIX.length);
    const host = result.find((h) => rest.startsWith(`${h.id}_`));
    const entry = host && Object.entries(MEASURES).find(([, m]) => rest === `${host.id}_${m.env}`);
    if (!host || !entry) {
      const hostIds = hosts.map((h) => h.id).join(', ');
      const measures = Object.values(MEASURES)
        .map((m) => m.env)
        .join(', ');
      throw new Error(
        `${name}: expected ${OVERRIDE_PREFIX}<HOST>_<MEASURE> with HOST one of ${hostIds} and MEASURE one of ${measures}`,
      );
    }
    const value = raw.trim();
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new Error(`${name}: "${raw}" is not a whole number`);
    }
    const measure = entry[0] as Measure;
    const max = Number(value);
    const existing = host.limits.findIndex((limit) => limit.measure === measure);
    const advice =
      existing >= 0 ? host.limits[existing]!.advice : `raise or unset ${name} if the host allows more`;
    const limit: HostLimit = { measure, max, advice };
    if (existing >= 0) host.limits[existing] = limit;
    else host.limits.push(limit);
  }
  return result;
}

/** A whole number with thousands separators: `20,000`. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * A size in the largest unit that keeps it at least 1: bytes, KiB, MiB or GiB
 * (binary), or GB and TB (decimal) for round decimal figures such as a host's "1 GB".
 * @example formatBytes(25 * 1024 * 1024) // '25 MiB'
 * @example formatBytes(1e9) // '1 GB'
 */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['TB', 1e12],
    ['GB', 1e9],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${count(bytes / size)} ${unit}`;
  }
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  return `${Number.isInteger(value) ? count(value) : value.toFixed(1)} ${units[unit]}`;
}

/** A host's limits in words, one per measure it limits, e.g. `20,000 files per site`. */
export function describeLimits(host: Host): string[] {
  return host.limits.map(({ measure, max }) => MEASURES[measure].describe(max));
}

/** The report's lines for a site and its hosts' verdicts, without a prefix. */
export function formatReport(site: SiteFigures, verdicts: readonly HostVerdict[]): string[] {
  const largest = site.largestFile
    ? `; largest file ${site.largestFile.path} (${formatBytes(site.largestFile.bytes)})`
    : '';
  const lines = [
    `${count(site.pages)} pages, ${count(site.files)} files, ${formatBytes(site.bytes)}${largest}`,
  ];
  const fits = verdicts.filter((v) => v.breaches.length === 0).map((v) => v.host.name);
  lines.push(fits.length > 0 ? `fits: ${fits.join(', ')}` : 'fits none of the hosts below');
  for (const { host, breaches } of verdicts) {
    for (const breach of breaches) {
      const actual =
        breach.measure === 'files' || breach.measure === 'folderEntries'
          ? `${count(breach.actual)} files`
          : formatBytes(breach.actual);
      const where = breach.where === undefined ? '' : ` (${breach.where})`;
      lines.push(
        `does not fit ${host.name}: ${actual}${where}, over its limit of ${MEASURES[breach.measure].describe(breach.max)}; ${breach.advice}`,
      );
    }
  }
  return lines;
}
