/**
 * Measuring a command for the benchmark: wall time, the peak memory of its whole
 * process tree (Node plus any helper it starts, such as Pagefind's Rust binary),
 * and when each line of its output arrived, so phases can be timed from log lines.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** A line the command printed and when, in ms since it started. */
export interface TimedLine {
  at: number;
  text: string;
}

/** What one run of a command cost. */
export interface Measured {
  status: number;
  /** Wall time in ms. */
  ms: number;
  /** Peak resident memory of the process tree, in bytes. */
  peakRss: number;
  /** Peak resident memory of the tree sampled up to each line: `rssUntil(at)`. */
  samples: { at: number; rss: number }[];
  lines: TimedLine[];
}

const PAGE_SIZE = 4096;

/** Resident bytes of `root` and all its descendants, read from /proc. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE_SIZE);
      const list = children.get(ppid);
      if (list) list.push(pid);
      else children.set(ppid, [pid]);
    } catch {
      // The process ended while we read: it no longer counts.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to its end, sampling its memory every `intervalMs`. */
export function measure(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number; echo?: boolean } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: TimedLine[] = [];
    const samples: { at: number; rss: number }[] = [];
    let peakRss = 0;
    const sample = (): void => {
      if (child.pid === undefined) return;
      const rss = treeRss(child.pid);
      peakRss = Math.max(peakRss, rss);
      samples.push({ at: performance.now() - started, rss });
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    const collect = (stream: NodeJS.ReadableStream): void => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        const at = performance.now() - started;
        for (const text of parts) {
          lines.push({ at, text });
          if (options.echo) console.error(text);
        }
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ status: code ?? 1, ms: performance.now() - started, peakRss, samples, lines });
    });
  });
}
