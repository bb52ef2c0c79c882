/**
 * The ready-made deployment files: GitHub Actions workflows (checked with
 * action-validator against GitHub's schema), Netlify's configuration, and the
 * deployers' guide's table of the hosts' limits, which must say what src/model/hosts.ts says.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { describeLimits, HOSTS } from '../../src/model/hosts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const VALIDATOR = path.join(ROOT, 'node_modules/.bin/action-validator');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { container?: string; steps?: Step[]; needs?: string }>;
  permissions?: Record<string, string>;
}

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const workflow = (name: string): Workflow => yaml.load(read(`.github/workflows/${name}`)) as Workflow;
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((job) => job.steps ?? []);
const validate = (file: string) => spawnSync(VALIDATOR, [file], { encoding: 'utf8' });

describe('GitHub Actions workflows', () => {
  const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

  it('are the CI and the GitHub Pages workflows', () => {
    expect(files.sort()).toEqual(['ci.yml', 'pages.yml']);
  });

  it.each(files)('%s passes action-validator', (file) => {
    const result = validate(path.join(WORKFLOWS, file));
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  it('fail action-validator when a job is malformed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'workflow-'));
    try {
      const broken = read('.github/workflows/ci.yml').replace('    steps:\n', '    stepz:\n');
      expect(broken).toContain('stepz:');
      writeFileSync(path.join(dir, 'ci.yml'), broken);
      const result = validate(path.join(dir, 'ci.yml'));
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("Additional property 'stepz' is not allowed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('CI installs exactly the lock file on the Node of .nvmrc, with Debian’s Chromium and nginx, and runs npm test', () => {
    const ci = workflow('ci.yml');
    expect(ci.jobs['test']?.container).toMatch(/^debian:/);
    const all = steps(ci);
    const apt = all.find((s) => s.run?.includes('apt-get install'))?.run ?? '';
    expect(apt).toMatch(/\bchromium\b/);
    expect(apt).toMatch(/\bnginx\b/);
    expect(all.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe(
      '.nvmrc',
    );
    const runs = all.map((s) => s.run?.trim().split(/\s+/).slice(0, 2).join(' '));
    expect(runs.indexOf('npm ci')).toBeGreaterThan(-1);
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci'));
    expect(read('.nvmrc').trim()).toMatch(/^\d+$/);
  });

  it('GitHub Pages builds with the repository’s address and sub-path and deploys dist/', () => {
    const pages = workflow('pages.yml');
    expect(pages.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const all = steps(pages);
    const configure = all.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(configure?.id).toBeDefined();
    const build = all.find((s) => s.run?.trim() === 'npm run build');
    expect(build?.env).toEqual({
      SITE_URL: `\${{ steps.${configure?.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${configure?.id}.outputs.base_path }}`,
    });
    expect(all.some((s) => s.run?.trim().startsWith('npm ci'))).toBe(true);
    expect(all.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe(
      'dist',
    );
    expect(pages.jobs['deploy']?.needs).toBe('build');
    expect(pages.jobs['deploy']?.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describe('netlify.toml', () => {
  const toml = read('netlify.toml');

  it('builds with npm run build and publishes dist/', () => {
    expect(toml).toMatch(/^\s*command = ".*npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
  });

  it('builds with SITE_URL, Netlify’s address for the site unless the site’s settings give one', () => {
    expect(toml).toContain('command = "SITE_URL=\\"${SITE_URL:-$URL}\\" npm run build"');
  });

  it('leaves the response headers to public/_headers, which the build copies to dist/', () => {
    expect(toml).not.toMatch(/^\s*\[\[headers\]\]/m);
    expect(read('public/_headers')).toMatch(/^\s*Content-Security-Policy: /m);
  });
});

describe('the deployers’ guide’s table of hosts', () => {
  /** The rows of the deployers' guide's table under "Deploy" whose first header cell is "Host". */
  function readmeRows(): string[][] {
    const lines = read('docs/deployers.md').split('\n');
    const start = lines.findIndex((line) => /^\|\s*Host\s*\|/.test(line));
    expect(start).toBeGreaterThan(-1);
    const rows: string[][] = [];
    for (const line of lines.slice(start + 2)) {
      if (!line.startsWith('|')) break;
      rows.push(
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
    }
    return rows;
  }

  it('lists every host of src/model/hosts.ts, in order, with the same limits', () => {
    const rows = readmeRows();
    expect(rows.map((row) => row[0])).toEqual(HOSTS.map((host) => host.name));
    for (const host of HOSTS) {
      const row = rows.find((r) => r[0] === host.name)!;
      const limits = describeLimits(host);
      expect(row[1], host.name).toBe(limits.length > 0 ? limits.join(', ') : 'none');
    }
  });
});

describe('the media types of the data files', () => {
  /** The `Content-Type` of each `/*.<extension>` rule of public/_headers. */
  const headerTypes = new Map(
    [...read('public/_headers').matchAll(/^\/\*(\.[a-z]+)\n\s+Content-Type: (.+)$/gm)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
  const nginx = read('deploy/nginx.conf');
  const charsetTypes = /^\s*charset_types ([^;]+);/m.exec(nginx)?.[1]?.split(/\s+/) ?? [];

  it.each([
    ['.csv', 'text/csv'],
    ['.jsonl', 'application/jsonl'],
    ['.json', 'application/json'],
    ['.xml', 'text/xml'],
    ['.txt', 'text/plain'],
  ])(
    'give %s its type with the UTF-8 charset, on Netlify and Cloudflare Pages and in nginx',
    (extension, type) => {
      expect(headerTypes.get(extension)).toBe(`${type}; charset=utf-8`);
      expect(charsetTypes).toContain(type);
      expect(nginx).toMatch(/^\s*charset utf-8;$/m);
    },
  );

  it('map .csv and .jsonl in nginx, whose mime.types knows neither', () => {
    expect(nginx).toMatch(/location ~ \\\.csv\$ \{\s+types \{ text\/csv csv; \}/);
    expect(nginx).toMatch(/location ~ \\\.jsonl\$ \{\s+types \{ application\/jsonl jsonl; \}/);
  });
});
