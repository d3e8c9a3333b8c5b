import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint, milliseconds (simulated mobile). */
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
}

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

const score = (report: LighthouseReport, id: string) =>
  Math.round((report.categories[id]?.score ?? 0) * 100);
const metric = (report: LighthouseReport, id: string) => report.audits[id]?.numericValue ?? NaN;

/** One Lighthouse 12 run (mobile, simulated throttling — its defaults) on `url`. */
export async function lighthouse(url: string, chromePath: string): Promise<LighthouseFigures> {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const { stdout } = await run(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as LighthouseReport;
  return {
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    bestPractices: score(report, 'best-practices'),
    seo: score(report, 'seo'),
    lcpMs: Math.round(metric(report, 'largest-contentful-paint')),
    fcpMs: Math.round(metric(report, 'first-contentful-paint')),
    tbtMs: Math.round(metric(report, 'total-blocking-time')),
    cls: metric(report, 'cumulative-layout-shift'),
  };
}

/** The median run (by LCP) of `runs` Lighthouse runs: single runs vary on a busy machine. */
export async function medianLighthouse(
  url: string,
  chromePath: string,
  runs: number,
): Promise<LighthouseFigures & { runs: number }> {
  const results: LighthouseFigures[] = [];
  for (let index = 0; index < runs; index += 1) results.push(await lighthouse(url, chromePath));
  results.sort((a, b) => a.lcpMs - b.lcpMs);
  const median = results[Math.floor(results.length / 2)];
  if (!median) throw new Error('Lighthouse produced no result');
  return { ...median, runs };
}
