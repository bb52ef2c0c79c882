/**
 * The report at the end of `npm run build`: what was built, and which common
 * static hosts accept it (limits in src/model/hosts.ts), read from the build of
 * the default site and from the report step run again with a limit lowered.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_REPORT, ROOT, TSX } from '../support/build';
import { sharedBuild } from '../support/shared-site';

let outDir = '';
let output = '';
beforeAll(() => {
  ({ outDir, output } = sharedBuild());
});

/** Every file of the build, counted independently of the report's own walk. */
function countFiles(dir: string): { files: number; pages: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { files: files.length, pages: files.filter((e) => e.name.endsWith('.html')).length };
}

function report(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [TSX, BUILD_REPORT, '--site', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the build report', () => {
  it('is the last step of npm run build, after the search index', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts['build']?.split('&&').map((step) => step.trim())).toEqual([
      'astro build',
      'tsx src/search/index/cli.ts',
      `tsx ${path.relative(ROOT, BUILD_REPORT)}`,
    ]);
  });

  it('ends the build’s output with the exact count of pages and files in the output folder', () => {
    const lines = output.trim().split('\n');
    const first = lines.findIndex((line) => line.startsWith('[build report]'));
    expect(first).toBeGreaterThan(lines.findIndex((line) => line.startsWith('[search index]')));
    expect(lines.slice(first).every((line) => line.startsWith('[build report]'))).toBe(true);
    const { files, pages } = countFiles(outDir);
    expect(files).toBeGreaterThan(50);
    expect(lines[first]).toMatch(
      new RegExp(`: ${pages} pages, ${files} files, [0-9.]+ [KM]iB; largest file \\S+ \\(`),
    );
  });

  it('finds the small default archive fits every host', () => {
    const { status, stdout } = report();
    expect(status).toBe(0);
    expect(stdout).toContain(
      '[build report] fits: GitHub Pages, GitLab Pages, Cloudflare Pages (free), Cloudflare Pages (paid), Netlify, S3 + CloudFront, nginx\n',
    );
    expect(stdout).not.toContain('does not fit');
  });

  it('names the host, the limit and what to do when a variable lowers a limit below the site', () => {
    const { files } = countFiles(outDir);
    const { status, stdout } = report({
      ARCHIVE_HOST_LIMIT_CLOUDFLARE_FREE_FILES: '10',
      ARCHIVE_HOST_LIMIT_GITHUB_PAGES_SIZE: '100000',
    });
    expect(status).toBe(0);
    expect(stdout).toContain(
      '[build report] fits: GitLab Pages, Cloudflare Pages (paid), Netlify, S3 + CloudFront, nginx\n',
    );
    expect(stdout).toContain(
      `[build report] does not fit Cloudflare Pages (free): ${files} files, over its limit of 10 files per site; take a paid plan`,
    );
    expect(stdout).toMatch(
      /\[build report\] does not fit GitHub Pages: [0-9.]+ [KM]iB, over its limit of 97\.7 KiB per site; deploy to Cloudflare Pages or Netlify/,
    );
  });

  it('fails, naming the variable, on a limit variable it does not know', () => {
    const { status, stderr } = report({ ARCHIVE_HOST_LIMIT_CLOUDFLARE_FILES: '10' });
    expect(status).toBe(1);
    expect(stderr).toContain(
      '[build report] ARCHIVE_HOST_LIMIT_CLOUDFLARE_FILES: expected ARCHIVE_HOST_LIMIT_<HOST>_<MEASURE>',
    );
  });
});
