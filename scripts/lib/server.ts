/**
 * Serves a built site with nginx, through the documented server block
 * `deploy/nginx.conf` (and its `security-headers.conf`), so the browser tests
 * run what the README tells operators to deploy. Each server gets a free
 * loopback port and its own prefix folder under `.tmp/nginx/` (config, pid
 * file, error log, temp folders). Stop it in `afterAll`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT, TMP } from './build';

/** The nginx binary: `NGINX` from the environment, else Debian's. */
export const NGINX = process.env['NGINX'] ?? '/usr/sbin/nginx';
/** The MIME types nginx ships with; the documented setup includes them in `http {}`. */
const MIME_TYPES = '/etc/nginx/mime.types';
const DEPLOY = path.join(ROOT, 'deploy');

export interface SiteServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The site's address: the origin plus the base path, ending with `/`. */
  url: string;
  /** The prefix folder (config, logs). */
  prefix: string;
  /** Stops nginx and waits for it to exit. */
  stop: () => Promise<void>;
}

/** Asks the system for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, 'gm'));
  if (matches?.length !== 1) {
    throw new Error(`deploy/nginx.conf must have exactly one ${what} line (found ${matches?.length ?? 0})`);
  }
  return text.replace(new RegExp(pattern.source, 'm'), replacement);
}

/**
 * The documented server block with the test's port, root and include path.
 * Only these three lines change; everything else is served as documented.
 */
export function testServerBlock(options: { port: number; root: string }): string {
  let conf = readFileSync(path.join(DEPLOY, 'nginx.conf'), 'utf8');
  conf = conf.replace(/^\s*listen \[::\]:80;\n/m, '');
  conf = replaceOnce(conf, /^(\s*)listen 80;$/, `$1listen 127.0.0.1:${options.port};`, '`listen 80;`');
  conf = replaceOnce(conf, /^(\s*)root \S+;$/, `$1root ${options.root};`, '`root`');
  conf = replaceOnce(
    conf,
    /^(\s*)include \S*security-headers\.conf;$/,
    `$1include ${path.join(DEPLOY, 'security-headers.conf')};`,
    'security-headers include',
  );
  return conf;
}

function mainConfig(prefix: string, serverBlock: string): string {
  const at = (name: string) => path.join(prefix, name);
  return `# Generated for one test run; the server block is deploy/nginx.conf.
daemon off;
master_process off;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events { worker_connections 256; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${at('client_body')};
    proxy_temp_path ${at('proxy')};
    fastcgi_temp_path ${at('fastcgi')};
    uwsgi_temp_path ${at('uwsgi')};
    scgi_temp_path ${at('scgi')};
${serverBlock}
}
`;
}

async function waitUntilServing(origin: string, child: ChildProcess, errorLog: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(origin, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  child.kill('SIGKILL');
  const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '(no error log)';
  throw new Error(`nginx did not start serving ${origin}:\n${log}`);
}

/**
 * Serves a build with nginx. With `base` (e.g. `/archive`), the build is served
 * under that path, as the README's sub-path deploy describes.
 */
export async function startSiteServer(outDir: string, options: { base?: string } = {}): Promise<SiteServer> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}; .ci/run installs it with apt-get`);
  const base = (options.base ?? '').replace(/^\/+|\/+$/g, '');
  mkdirSync(path.join(TMP, 'nginx'), { recursive: true });
  const prefix = mkdtempSync(path.join(TMP, 'nginx', 'run-'));
  let root = outDir;
  if (base) {
    root = path.join(prefix, 'www');
    mkdirSync(path.dirname(path.join(root, base)), { recursive: true });
    symlinkSync(outDir, path.join(root, base));
  }
  const port = await freePort();
  const confPath = path.join(prefix, 'nginx.conf');
  writeFileSync(confPath, mainConfig(prefix, testServerBlock({ port, root })));
  const errorLog = path.join(prefix, 'error.log');
  const child = spawn(NGINX, ['-p', prefix, '-e', errorLog, '-c', confPath], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, errorLog);
  return {
    origin,
    url: `${origin}/${base ? `${base}/` : ''}`,
    prefix,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
