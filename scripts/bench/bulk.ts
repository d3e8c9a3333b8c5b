/**
 * Bulk triage's speed: a thousand bounces of a few KB each (the fixture corpus's .eml files, each
 * with its own recipient), as bounces per second, reading and MIME parsing included:
 *
 * - in the browser, the way a person runs it: the files chosen on /analyze of the built site,
 *   timed by the worker itself (what the page shows as "analyzed in … s");
 * - in Node, the same batch through runBulk, as .eml files and as one .mbox;
 * - analyzeBounce alone on the texts, for what the matcher costs.
 *
 *   npx tsx scripts/bench/bulk.ts     (Node figures only; `npm run bench` adds the browser's)
 *
 * The figure to beat: Sisimai reports about 1,200 bounces per second (its Go version).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { parseCodeCatalogue, type CodeCatalogue } from '../../src/content/codes-schema.ts';
import { analyzeBounce } from '../../src/features/analyzer/lib/analyze-bounce.ts';
import { runBulk, type BulkFile } from '../../src/features/analyzer/lib/bulk-run.ts';
import { keepBlobsInMemory } from '../../src/features/analyzer/lib/in-memory-blob.ts';
import { readEml } from '../../src/features/analyzer/lib/read-bounce-file.ts';

const root = new URL('../../', import.meta.url);
const BATCH = 1000;

export interface Throughput {
  bounces: number;
  medianMs: number;
  /** The fastest run: on a shared machine, the best estimate of what the code itself costs. */
  bestMs: number;
  /** At the median. */
  bouncesPerSecond: number;
  /** Node only: the least CPU time of a run, which the machine's other work does not inflate. */
  bestCpuMs?: number;
}

export interface BulkTiming {
  files: number;
  runs: number;
  /** The machine's 1-minute load average when the figures were taken (a busy machine is slower). */
  loadAverage: number;
  averageKB: number;
  browserWorker: Throughput | 'n/a';
  nodeEml: Throughput;
  nodeMbox: Throughput;
  analyzeOnly: Throughput;
}

/** The batch: the corpus's .eml bounces in turn, each addressed to a recipient of its own. */
function batchFiles(): { name: string; bytes: Buffer }[] {
  const dir = new URL('src/features/analyzer/fixtures/', root);
  const emls = readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), 'utf8'));
  return Array.from({ length: BATCH }, (_, i) => {
    const text = (emls[i % emls.length] ?? '').replace(
      /\b([\w.-]+)@contoso\.com\b/g,
      (_match, local: string) => `${local}.${i}@contoso.com`,
    );
    return { name: `bounce-${String(i).padStart(4, '0')}.eml`, bytes: Buffer.from(text) };
  });
}

function toMbox(files: readonly { bytes: Buffer }[]): Buffer {
  const parts = files.map((file, i) => {
    const body = file.bytes.toString('utf8').replace(/^(>*From )/gm, '>$1');
    return `From MAILER-DAEMON Thu Jan  1 09:00:${String(i % 60).padStart(2, '0')} 2026\n${body}\n\n`;
  });
  return Buffer.from(parts.join(''));
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const throughput = (bounces: number, times: number[], cpuTimes: number[] = []): Throughput => {
  const sorted = [...times].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    bounces,
    medianMs: round(medianMs),
    bestMs: round(sorted[0] ?? 0),
    bouncesPerSecond: Math.round((bounces / medianMs) * 1000),
    ...(cpuTimes.length > 0 ? { bestCpuMs: round(Math.min(...cpuTimes)) } : {}),
  };
};

/** runBulk as the worker runs it: with its in-memory Blobs, put back afterwards. */
async function nodeRuns(files: BulkFile[], catalogue: CodeCatalogue, runs: number) {
  const analyze = (text: string) => analyzeBounce(text, catalogue);
  const NativeBlob = globalThis.Blob;
  keepBlobsInMemory();
  try {
    await runBulk(files, { analyze }); // warm-up: compiles the patterns, warms the JIT
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let bounces = 0;
    for (let run = 0; run < runs; run += 1) {
      const cpu = process.cpuUsage();
      const result = await runBulk(files, { analyze });
      cpuTimes.push(cpuMsSince(cpu));
      times.push(result.elapsedMs);
      bounces = result.progress.bounces;
    }
    return throughput(bounces, times, cpuTimes);
  } finally {
    globalThis.Blob = NativeBlob;
  }
}

async function analyzeOnly(
  files: readonly { bytes: Buffer }[],
  catalogue: CodeCatalogue,
  runs: number,
) {
  const texts = await Promise.all(files.map(async (file) => (await readEml(file.bytes)).text));
  for (const text of texts) analyzeBounce(text, catalogue);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const text of texts) analyzeBounce(text, catalogue);
    times.push(performance.now() - start);
    cpuTimes.push(cpuMsSince(cpu));
  }
  return throughput(texts.length, times, cpuTimes);
}

/** Chooses the files on /analyze of the served site and reads the worker's own time. */
async function browserRuns(browser: Browser, origin: string, paths: string[], runs: number) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}analyze`);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    const input = page.getByLabel('Choose bounce files (.eml, .txt or .mbox)');
    const elapsed = page.locator('[data-bulk-elapsed-ms]');
    const times: number[] = [];
    let bounces = 0;
    for (let run = 0; run <= runs; run += 1) {
      await input.setInputFiles(paths);
      if (run > 0) await elapsed.waitFor({ state: 'detached' }); // the last run's results go
      await elapsed.waitFor();
      const ms = Number(await elapsed.getAttribute('data-bulk-elapsed-ms'));
      bounces = Number(await elapsed.getAttribute('data-bulk-bounces'));
      if (run > 0) times.push(ms); // the first run loads the worker and warms it
    }
    return throughput(bounces, times);
  } finally {
    await page.close();
  }
}

/** The figures; the browser's only when a browser and the served site's address are given. */
async function bulkTiming(
  site?: { browser: Browser; origin: string },
  runs = 7,
): Promise<BulkTiming> {
  const catalogue = parseCodeCatalogue(
    readFileSync(new URL('content/codes.yaml', root), 'utf8'),
    'content/codes.yaml',
  );
  const files = batchFiles();
  const dir = mkdtempSync(join(tmpdir(), 'bulk-bench-'));
  try {
    const paths = files.map((file) => {
      const path = join(dir, file.name);
      writeFileSync(path, file.bytes);
      return path;
    });
    const asFiles = files.map((file) => new File([new Uint8Array(file.bytes)], file.name));
    const mbox = [new File([new Uint8Array(toMbox(files))], 'bounces.mbox')];
    return {
      files: files.length,
      runs,
      loadAverage: Math.round(loadavg()[0] ?? 0),
      averageKB:
        Math.round(files.reduce((sum, file) => sum + file.bytes.length, 0) / files.length / 10) /
        100,
      browserWorker: site ? await browserRuns(site.browser, site.origin, paths, runs) : 'n/a',
      nodeEml: await nodeRuns(asFiles, catalogue, runs),
      nodeMbox: await nodeRuns(mbox, catalogue, runs),
      analyzeOnly: await analyzeOnly(files, catalogue, runs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** For `npm run bench`: the figures with the browser's, from the site served at `origin`. */
export async function benchBulk(chromePath: string, origin: string): Promise<BulkTiming> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  try {
    return await bulkTiming({ browser, origin });
  } finally {
    await browser.close();
  }
}

/** One line per figure, for the console. */
export function formatBulkTiming(timing: BulkTiming): string {
  const line = (label: string, figure: Throughput | 'n/a') =>
    figure === 'n/a'
      ? `  ${label}: n/a`
      : `  ${label}: ${figure.bounces} bounces in ${figure.medianMs} ms (median; best ${figure.bestMs} ms${
          figure.bestCpuMs === undefined ? '' : `; least CPU ${figure.bestCpuMs} ms`
        }) = ${figure.bouncesPerSecond.toLocaleString('en-US')} bounces/s`;
  return [
    `Bulk triage, ${timing.files} .eml bounces of ${timing.averageKB} KB on average, ${timing.runs} runs, load average ${timing.loadAverage} (Sisimai: ~1,200/s in Go):`,
    line('browser, in the worker', timing.browserWorker),
    line('Node, .eml files', timing.nodeEml),
    line('Node, one .mbox', timing.nodeMbox),
    line('analyzeBounce alone', timing.analyzeOnly),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatBulkTiming(await bulkTiming()));
}
