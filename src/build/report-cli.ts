/**
 * The last step of `npm run build`: `tsx src/build/report-cli.ts [--site dist] [--local]`
 * prints what was built (pages, files, total size, the largest file) and which
 * common static hosts accept it, with, for each host it does not fit, the limit
 * it exceeds and what to do (the hosts' limits: src/model/hosts.ts). Limits can be
 * changed with `ARCHIVE_HOST_LIMIT_<HOST>_<MEASURE>` variables.
 *
 * It also says which address the build was made for, read from the build itself
 * (the sitemap's address in `robots.txt`): a build made without `SITE_URL`
 * points every absolute URL to http://localhost:4321. `--local` (`npm start`,
 * which builds to look at on this machine) says so in a note; `npm run build`
 * warns loudly; on a build service (`CI`, `NETLIFY`, `CF_PAGES`), whose builds
 * are deployed, it fails the build. Otherwise it informs and does not fail the
 * build, except on a malformed variable or a missing site.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isHostedBuild, siteUrlVerdict } from '../model/env';
import { applyLimitOverrides, formatReport, HOSTS, judgeHosts } from '../model/hosts';
import { measureSite } from './site-figures';

/** The origin a built site was made for, from the sitemap named in its `robots.txt`; undefined without one. */
function builtOrigin(site: string): string | undefined {
  const robots = path.join(site, 'robots.txt');
  if (!existsSync(robots)) return undefined;
  const sitemap = /^Sitemap:\s*(\S+)/mu.exec(readFileSync(robots, 'utf8'))?.[1];
  try {
    return sitemap ? new URL(sitemap).origin : undefined;
  } catch {
    return undefined;
  }
}

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, local: { type: 'boolean', default: false } },
});
try {
  const hosts = applyLimitOverrides(HOSTS, process.env);
  const figures = measureSite(values.site);
  const [summary, ...verdicts] = formatReport(figures, judgeHosts(figures, hosts));
  console.log(`[build report] ${path.relative(process.cwd(), values.site) || '.'}/: ${summary}`);
  for (const line of verdicts) console.log(`[build report] ${line}`);
  const origin = builtOrigin(values.site);
  if (origin !== undefined) {
    const { level, lines } = siteUrlVerdict(origin, {
      local: values.local,
      hosted: isHostedBuild(process.env),
    });
    for (const line of lines) {
      if (level === 'note') console.log(`[build report] ${line}`);
      else if (level === 'warning') console.log(`[build report] WARNING: ${line}`);
      else console.error(`[build report] error: ${line}`);
    }
    if (level === 'error') process.exitCode = 1;
  }
} catch (error) {
  console.error(`[build report] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
