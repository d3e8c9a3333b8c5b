/**
 * `npm run bench` (after `npm run build`): serves dist/ with `vite preview` on a free port and
 * prints, then writes to bench-results/bench.json: initial JS and CSS gzip per kind of page, the
 * largest lazy chunk, Lighthouse 12 (mobile) scores and LCP for /, a deep fix page, the fix page
 * with the largest HTML and /analyze,
 * the time from clicking an answer to the next screen, from clicking an answer that leads to a fix
 * page to its first step (scripts/bench/fix-click.ts), the analyzer's time on a large paste, and
 * bulk triage's bounces per second (scripts/bench/bulk.ts).
 * Options: --runs <n> Lighthouse runs per page (median reported, default 3).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { loadContentBundle } from '../src/content/build/content-plugin.ts';
import { enumeratePositions } from '../src/content/enumerate-positions.ts';
import { analyzerClickTiming } from './bench/analyzer-click.ts';
import { buildPaste, loadBenchInputs } from './bench-analyzer.ts';
import { benchBulk, formatBulkTiming } from './bench/bulk.ts';
import { clickTiming } from './bench/click-timing.ts';
import { fixClickTiming, formatFixClickTiming } from './bench/fix-click.ts';
import { medianLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { siteSizes } from './bench/site-sizes.ts';
import { deployBase } from './vite/base-path.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const root = process.cwd();
const outDir = resolve(root, 'dist');
const base = deployBase();
const kb = (bytes: number) => Math.round(bytes / 10) / 100; // kB, as Vite prints them

function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', chromium.executablePath()];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found)
    throw new Error('No Chromium found: set CHROME_PATH (see scripts/ensure-chromium.mjs)');
  return found;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });
}

/** What scripts/bench-analyzer.ts offers (it comes with the analyzer). */
interface AnalyzerBench {
  measureAnalyzer?: (text: string, catalogue: unknown, runs?: number) => unknown;
  loadBenchInputs?: () => { catalogue: unknown; bounce: string };
  buildPaste?: (bounce: string, targetChars: number) => string;
}

/** The analyzer's own measurement (scripts/bench-analyzer.ts), if the analyzer exists. */
async function analyzerTiming(): Promise<unknown> {
  const file = resolve(root, 'scripts/bench-analyzer.ts');
  if (!existsSync(file)) return 'n/a';
  const bench = (await import(file)) as AnalyzerBench;
  if (!bench.measureAnalyzer || !bench.loadBenchInputs || !bench.buildPaste) return 'n/a';
  const { catalogue, bounce } = bench.loadBenchInputs();
  return {
    paste1MB: bench.measureAnalyzer(bench.buildPaste(bounce, 1024 * 1024), catalogue),
    paste5MB: bench.measureAnalyzer(bench.buildPaste(bounce, 5 * 1024 * 1024), catalogue, 5),
  };
}

if (!existsSync(resolve(outDir, 'index.html'))) {
  throw new Error('No build in dist/: run `npm run build` first (npm run bench does).');
}
const bundle = loadContentBundle(root);
const positions = enumeratePositions(bundle);
const kindByFile = new Map(
  positions.map((position) => [
    `${position.path.slice(1)}${position.path === '/' ? '' : '/'}index.html`,
    position.kind,
  ]),
);
const sizes = siteSizes(outDir, base, (file) => {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return 'not-found';
  if (file === 'fixes/index.html') return 'fixes';
  if (file === 'analyze/index.html') return 'analyze';
  return kindByFile.get(file) ?? 'other';
});

const deepFix = positions
  .filter((position) => position.kind === 'fix')
  .sort((a, b) => b.path.split('/').length - a.path.split('/').length)[0];
// The heaviest fix page too: a page whose HTML outgrows the first round trip paints later.
const htmlGzipBytes = (path: string) =>
  gzipSync(readFileSync(resolve(outDir, `${path.slice(1)}/index.html`))).length;
const largestFix = positions
  .filter((position) => position.kind === 'fix')
  .map((position) => ({ path: position.path, bytes: htmlGzipBytes(position.path) }))
  .sort((a, b) => b.bytes - a.bytes)[0];
const port = await freePort();
const server = await preview({
  preview: { port, strictPort: true, open: false },
  logLevel: 'warn',
});
const origin = `http://localhost:${port}${base}`;
const chrome = chromePath();
const runs = Number(values.runs);
const lighthouseTargets: Record<string, string | undefined> = {
  home: '',
  fixPage: deepFix?.path.slice(1),
  largestFixPage: largestFix?.path.slice(1),
  analyze: existsSync(resolve(outDir, 'analyze/index.html')) ? 'analyze' : undefined,
};

try {
  const lighthouseFigures: Record<string, (LighthouseFigures & { url: string }) | 'n/a'> = {};
  for (const [name, path] of Object.entries(lighthouseTargets)) {
    if (path === undefined) {
      lighthouseFigures[name] = 'n/a';
      continue;
    }
    console.log(`bench: Lighthouse ×${runs} on ${origin}${path}`);
    lighthouseFigures[name] = {
      url: `${base}${path}`,
      ...(await medianLighthouse(`${origin}${path}`, chrome, runs)),
    };
  }

  console.log('bench: timing clicks between screens');
  const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox'] });
  const { bounce } = loadBenchInputs();
  const [clicks, fixClicks, analyzerClicks] = await (async () => {
    const journey = await clickTiming(
      browser,
      origin,
      [
        /I manage Exchange/,
        /Distribution group/,
        /Exchange Online/,
        /Accept mail from everyone/,
        /PowerShell/,
      ],
      5,
    );
    console.log("bench: timing a click on an answer to the fix page's first step");
    const fixClick = await fixClickTiming(
      browser,
      `${origin}admin/distribution-group/exchange-online/allow-everyone`,
      /PowerShell/,
      9,
    );
    console.log('bench: timing the analyzer from click to result (1 MB and 5 MB pastes)');
    const paste = (megabytes: number, runs: number) =>
      analyzerClickTiming(
        browser,
        `${origin}analyze`,
        buildPaste(bounce, megabytes * 1024 * 1024),
        runs,
      );
    return [
      journey,
      fixClick,
      { paste1MB: await paste(1, 9), paste5MB: await paste(5, 3) },
    ] as const;
  })().finally(() => browser.close());

  console.log('bench: bulk triage of 1,000 bounces');
  const bulkTriage = await benchBulk(chrome, origin);

  const results = {
    date: new Date().toISOString(),
    basePath: base,
    pages: positions.length,
    sizesKB: {
      entry: { files: sizes.entry.files, gzip: kb(sizes.entry.gzip) },
      byKind: Object.fromEntries(
        Object.entries(sizes.byKind).map(([kind, size]) => [
          kind,
          {
            file: size.file,
            initialJs: kb(size.initialJs),
            initialCss: kb(size.initialCss),
            lazyJsBeforeHydration: kb(size.lazyJs),
          },
        ]),
      ),
      largestLazyChunk: {
        file: sizes.largestLazyChunk.file,
        gzip: kb(sizes.largestLazyChunk.gzip),
      },
    },
    lighthouse: lighthouseFigures,
    clickToNextScreen: clicks,
    clickToFirstStep: fixClicks,
    analyzer: await analyzerTiming(),
    bulkTriage,
    analyzerClickToResult: analyzerClicks,
    targets: {
      initialJsKB: 95,
      initialCssKB: 10,
      performance: 99,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      lcpMs: 1000,
      clickMs: 50,
      clickToFirstStepMs: 100,
      bulkBouncesPerSecond: 1200,
    },
  };
  mkdirSync(resolve(root, 'bench-results'), { recursive: true });
  writeFileSync(resolve(root, 'bench-results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log('\nInitial download per kind of page (largest page of each kind), gzip kB:');
  console.table(results.sizesKB.byKind);
  console.log(
    `Entry: ${results.sizesKB.entry.gzip} kB; largest lazy chunk: ${results.sizesKB.largestLazyChunk.file} ${results.sizesKB.largestLazyChunk.gzip} kB`,
  );
  console.log(`\nLighthouse 12, mobile (median of ${runs} by LCP):`);
  console.table(lighthouseFigures);
  console.log(
    `Click to next screen: median ${clicks.medianMs} ms, max ${clicks.maxMs} ms over ${clicks.clicks} clicks`,
  );
  console.log(formatFixClickTiming(fixClicks));
  console.log('Analyzer:', JSON.stringify(results.analyzer));
  console.log(formatBulkTiming(bulkTriage));
  console.log('Analyzer, click to result in the browser:', JSON.stringify(analyzerClicks));
  console.log('\nWritten to bench-results/bench.json');
} finally {
  await server.close();
}
