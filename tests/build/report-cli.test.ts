/**
 * The build report on the address a build was made for: a build without
 * SITE_URL points every absolute URL to http://localhost:4321, which is what
 * `npm start` wants, a loud warning for `npm run build`, and an error on a
 * build service, whose builds are deployed. Read from small built sites (a
 * robots.txt naming the sitemap, as the build writes it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHostedBuild, siteUrlVerdict } from '../../src/model/env';
import { BUILD_REPORT, ROOT, TMP, TSX } from '../support/build';

/** A built site in miniature, made for `origin`. */
function site(name: string, origin: string): string {
  const dir = path.join(TMP, 'report-cli', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(
    path.join(dir, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\n`,
  );
  return dir;
}

/** Runs the report on `dir` with only these variables of the build services set. */
function report(dir: string, env: Record<string, string> = {}, args: string[] = []) {
  const clean = { ...process.env };
  for (const name of ['CI', 'NETLIFY', 'CF_PAGES', 'SITE_URL']) delete clean[name];
  const result = spawnSync(process.execPath, [TSX, BUILD_REPORT, '--site', dir, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...clean, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the build report on SITE_URL', () => {
  const local = site('localhost', 'http://localhost:4321');
  const real = site('real', 'https://news.example.org');

  it('warns loudly when npm run build was run without SITE_URL, and does not fail it', () => {
    const { status, stdout } = report(local);
    expect(status).toBe(0);
    expect(stdout).toContain(
      '[build report] WARNING: SITE_URL is not set: this build is for http://localhost:4321, not for the address it will be served from.',
    );
    expect(stdout).toMatch(
      /WARNING: .*feeds, sitemap, canonical links, citations, search exports and open data/,
    );
    expect(stdout).toContain('SITE_URL=https://news.example.org npm run build');
  });

  it.each(['CI', 'NETLIFY', 'CF_PAGES'])(
    'fails the build on a build service (%s), naming SITE_URL',
    (name) => {
      const { status, stderr } = report(local, { [name]: name === 'CF_PAGES' ? '1' : 'true' });
      expect(status).toBe(1);
      expect(stderr).toContain('[build report] error: SITE_URL is not set');
    },
  );

  it('says it calmly for npm start, which builds to look at on this machine', () => {
    const { status, stdout, stderr } = report(local, {}, ['--local']);
    expect(status).toBe(0);
    expect(stdout).toContain('[build report] built for http://localhost:4321, to look at on this machine');
    expect(`${stdout}${stderr}`).not.toMatch(/WARNING|error/);
  });

  it('says nothing of a build made with SITE_URL, on a build service too', () => {
    const { status, stdout, stderr } = report(real, { CI: 'true' });
    expect(status).toBe(0);
    expect(`${stdout}${stderr}`).not.toMatch(/SITE_URL|WARNING|error|localhost/);
  });

  it('is what npm start asks for', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts['start']).toBe('npm run build -- --local && astro preview');
  });
});

describe('siteUrlVerdict and isHostedBuild', () => {
  it('tell a local build, a build to deploy and a build service apart', () => {
    expect(siteUrlVerdict('https://x.org', { local: false, hosted: true }).level).toBe('ok');
    expect(siteUrlVerdict('http://localhost:4321', { local: true, hosted: false }).level).toBe('note');
    expect(siteUrlVerdict('http://localhost:4321', { local: false, hosted: false }).level).toBe('warning');
    expect(siteUrlVerdict('http://localhost:4321', { local: false, hosted: true }).level).toBe('error');
    expect(isHostedBuild({ CI: 'true' })).toBe(true);
    expect(isHostedBuild({ CI: 'false', NETLIFY: '' })).toBe(false);
    expect(isHostedBuild({})).toBe(false);
  });
});
