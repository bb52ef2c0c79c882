/**
 * The last step of `npm run build`: `tsx src/build/report-cli.ts [--site dist]`
 * prints what was built (pages, files, total size, the largest file) and which
 * common static hosts accept it, with, for each host it does not fit, the limit
 * it exceeds and what to do (the hosts' limits: src/model/hosts.ts). Limits can be
 * changed with `ARCHIVE_HOST_LIMIT_<HOST>_<MEASURE>` variables. It informs and
 * does not fail the build, except on a malformed variable or a missing site.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyLimitOverrides, formatReport, HOSTS, judgeHosts } from '../model/hosts';
import { measureSite } from './site-figures';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
try {
  const hosts = applyLimitOverrides(HOSTS, process.env);
  const figures = measureSite(values.site);
  const [summary, ...verdicts] = formatReport(figures, judgeHosts(figures, hosts));
  console.log(`[build report] ${path.relative(process.cwd(), values.site) || '.'}/: ${summary}`);
  for (const line of verdicts) console.log(`[build report] ${line}`);
} catch (error) {
  console.error(`[build report] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
