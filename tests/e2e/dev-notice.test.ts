/**
 * The dev server has no search index (the build writes it): its search page
 * must say so instead of showing a search box that cannot work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, lockDotAstro, ROOT } from '../support/build';
import { freePort } from '../support/server';

describe('the search page in the dev server', () => {
  let dev: ChildProcess;
  let origin: string;
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // In the foreground, beside any dev server a developer has open (--ignore-lock).
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_DEV_BACKGROUND: '0',
    };
    // Vitest sets NODE_ENV, MODE, BASE_URL, DEV … in the environment; the dev server
    // must run as a developer starts it.
    for (const key of Object.keys(env)) {
      if (/^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR)$/.test(key)) delete env[key];
    }
    delete env['BASE_PATH'];
    delete env['ARCHIVE_CONTENT_DIR'];
    // Builds of other test files wait while the dev server syncs the content into .astro/.
    const release = lockDotAstro();
    try {
      dev = spawn(
        process.execPath,
        [ASTRO, 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
        { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline && dev.exitCode === null) {
        try {
          // The server may answer 404 while it is still loading the content.
          const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5_000) });
          if (response.ok) return;
          output += `GET / answered ${response.status}\n`;
          await new Promise((resolve) => setTimeout(resolve, 500));
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      throw new Error(`astro dev did not start:\n${output}`);
    } finally {
      release();
    }
  });

  afterAll(async () => {
    if (dev && dev.exitCode === null) {
      const exited = new Promise((resolve) => dev.once('exit', resolve));
      dev.kill('SIGTERM');
      await exited;
    }
  });

  it('shows a notice that search needs a build, and no search box', async () => {
    const response = await fetch(`${origin}/search/?q=Tokayev`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Search is not available in the dev server.');
    expect(html).toContain('npm run build');
    expect(html).not.toContain('<archive-search');
  });
});
