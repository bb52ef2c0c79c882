import { describe, expect, it } from 'vitest';
import {
  applyLimitOverrides,
  describeLimits,
  formatBytes,
  formatReport,
  HOSTS,
  judgeHosts,
  type SiteFigures,
} from '../../src/model/hosts';

const SMALL: SiteFigures = {
  pages: 40,
  files: 180,
  bytes: 2_500_000,
  largestFile: { path: 'pagefind/wasm.en.pagefind', bytes: 60_000 },
  fullestFolder: { path: 'pagefind/fragment', entries: 30 },
};

/** The hosts a site does not fit, with the measures it exceeds there. */
function misfits(site: SiteFigures, hosts = HOSTS): Record<string, string[]> {
  return Object.fromEntries(
    judgeHosts(site, hosts)
      .filter((v) => v.breaches.length > 0)
      .map((v) => [v.host.id, v.breaches.map((b) => b.measure)]),
  );
}

describe('judgeHosts', () => {
  it('finds that a small archive fits every host', () => {
    expect(misfits(SMALL)).toEqual({});
  });

  it('finds 22,749 files too many for Cloudflare Pages on the free plan only', () => {
    expect(misfits({ ...SMALL, files: 22_749 })).toEqual({ CLOUDFLARE_FREE: ['files'] });
  });

  it('finds 3.6 GiB and 250,000 files too much for GitHub, GitLab and both Cloudflare plans', () => {
    expect(misfits({ ...SMALL, files: 250_000, bytes: 3.6 * 1024 ** 3 })).toEqual({
      GITHUB_PAGES: ['bytes'],
      GITLAB_PAGES: ['bytes', 'files'],
      CLOUDFLARE_FREE: ['files'],
      CLOUDFLARE_PAID: ['files'],
    });
  });

  it('accepts a site exactly at a limit and refuses one byte more', () => {
    expect(misfits({ ...SMALL, bytes: 1_000_000_000 })).toEqual({});
    expect(misfits({ ...SMALL, bytes: 1_000_000_001 })).toEqual({
      GITHUB_PAGES: ['bytes'],
      GITLAB_PAGES: ['bytes'],
    });
  });

  it('names the file over 25 MiB and the folder over 54,000 files', () => {
    const site = {
      ...SMALL,
      largestFile: { path: 'media/talk.mp4', bytes: 30 * 1024 * 1024 },
      fullestFolder: { path: 'pagefind/fragment', entries: 60_000 },
    };
    const verdicts = judgeHosts(site);
    const free = verdicts.find((v) => v.host.id === 'CLOUDFLARE_FREE')!;
    expect(free.breaches).toEqual([
      expect.objectContaining({ measure: 'fileBytes', where: 'media/talk.mp4' }),
    ]);
    const netlify = verdicts.find((v) => v.host.id === 'NETLIFY')!;
    expect(netlify.breaches).toEqual([
      expect.objectContaining({
        measure: 'folderEntries',
        max: 54_000,
        actual: 60_000,
        where: 'pagefind/fragment',
      }),
    ]);
  });

  it('sets no limit on nginx', () => {
    const huge = {
      pages: 1e7,
      files: 1e8,
      bytes: 1e13,
      largestFile: { path: 'a', bytes: 1e11 },
      fullestFolder: { path: 'b', entries: 1e7 },
    };
    expect(judgeHosts(huge).find((v) => v.host.id === 'NGINX')!.breaches).toEqual([]);
  });
});

describe('the hosts table', () => {
  it('gives every host a distinct id usable in a variable name, and a documented source', () => {
    const ids = HOSTS.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const host of HOSTS) {
      expect(host.id).toMatch(/^[A-Z0-9_]+$/);
      expect(host.source).toMatch(/^https:\/\//);
    }
  });

  it('holds the documented figures', () => {
    const limits = Object.fromEntries(HOSTS.map((h) => [h.id, describeLimits(h)]));
    expect(limits).toEqual({
      GITHUB_PAGES: ['1 GB per site'],
      GITLAB_PAGES: ['1 GB per site', '200,000 files per site'],
      CLOUDFLARE_FREE: ['20,000 files per site', '25 MiB per file'],
      CLOUDFLARE_PAID: ['100,000 files per site', '25 MiB per file'],
      NETLIFY: ['54,000 files per folder'],
      S3_CLOUDFRONT: ['50 TB per file'],
      NGINX: [],
    });
  });
});

describe('applyLimitOverrides', () => {
  it('lowers a limit from ARCHIVE_HOST_LIMIT_<HOST>_<MEASURE>, keeping its advice', () => {
    const hosts = applyLimitOverrides(HOSTS, { ARCHIVE_HOST_LIMIT_CLOUDFLARE_FREE_FILES: '10' });
    expect(misfits(SMALL, hosts)).toEqual({ CLOUDFLARE_FREE: ['files'] });
    const breach = judgeHosts(SMALL, hosts).find((v) => v.host.id === 'CLOUDFLARE_FREE')!.breaches[0]!;
    expect(breach).toMatchObject({ max: 10, actual: 180 });
    expect(breach.advice).toContain('paid plan');
  });

  it('gives a host a limit it does not have, and leaves the table itself unchanged', () => {
    const hosts = applyLimitOverrides(HOSTS, {
      ARCHIVE_HOST_LIMIT_NGINX_SIZE: '1000',
      ARCHIVE_HOST_LIMIT_NETLIFY_FOLDER_FILES: '',
      PATH: '/usr/bin',
    });
    expect(misfits(SMALL, hosts)).toEqual({ NGINX: ['bytes'] });
    expect(HOSTS.find((h) => h.id === 'NGINX')!.limits).toEqual([]);
  });

  it('refuses an unknown host or measure, or a value that is not a whole number, naming the variable', () => {
    expect(() => applyLimitOverrides(HOSTS, { ARCHIVE_HOST_LIMIT_CLOUDFLARE_FILES: '10' })).toThrow(
      /^ARCHIVE_HOST_LIMIT_CLOUDFLARE_FILES: expected .*CLOUDFLARE_FREE/,
    );
    expect(() => applyLimitOverrides(HOSTS, { ARCHIVE_HOST_LIMIT_NETLIFY_PAGES: '10' })).toThrow(
      /MEASURE one of FILES, SIZE, FILE_SIZE, FOLDER_FILES/,
    );
    expect(() => applyLimitOverrides(HOSTS, { ARCHIVE_HOST_LIMIT_GITHUB_PAGES_SIZE: '1e9' })).toThrow(
      'ARCHIVE_HOST_LIMIT_GITHUB_PAGES_SIZE: "1e9" is not a whole number',
    );
  });
});

describe('formatBytes', () => {
  it('writes round decimal sizes in GB and TB and others in binary units', () => {
    expect(formatBytes(1_000_000_000)).toBe('1 GB');
    expect(formatBytes(50e12)).toBe('50 TB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MiB');
    expect(formatBytes(60_000)).toBe('58.6 KiB');
    expect(formatBytes(3.6 * 1024 ** 3)).toBe('3.6 GiB');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
  });
});

describe('formatReport', () => {
  it('gives the figures, the hosts the site fits, and for each misfit the limit and what to do', () => {
    const hosts = applyLimitOverrides(HOSTS, { ARCHIVE_HOST_LIMIT_CLOUDFLARE_FREE_FILES: '10' });
    expect(formatReport(SMALL, judgeHosts(SMALL, hosts))).toEqual([
      '40 pages, 180 files, 2.4 MiB; largest file pagefind/wasm.en.pagefind (58.6 KiB)',
      'fits: GitHub Pages, GitLab Pages, Cloudflare Pages (paid), Netlify, S3 + CloudFront, nginx',
      'does not fit Cloudflare Pages (free): 180 files, over its limit of 10 files per site; take a paid plan (100,000 files; set PAGES_WRANGLER_MAJOR_VERSION=4 in the project), deploy to Netlify, or serve it from S3 + CloudFront or nginx, which have no such limit',
    ]);
  });
});
