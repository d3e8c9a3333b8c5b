/**
 * `npm run build`: the client build, the prerender's server build, every page as static HTML
 * (scripts/site/prerender.ts), then the service worker that stores them all for offline use. Options: `--outDir <dir>` (default dist; the server build goes to
 * `<dir>-ssr`). Environment: BASE_PATH (deploy under a sub-path), SITE_URL (absolute sitemap URLs),
 * REPORT_URL (where "Report a problem" links go).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { deployBase } from './vite/base-path.ts';
import { trackDynamicImportsPlugin } from './vite/track-dynamic-imports-plugin.ts';
import { buildBootScript } from './site/boot-script.ts';
import { entryKey, readClientManifest } from './site/client-manifest.ts';
import { prerenderSite } from './site/prerender.ts';
import { budgetSummary, checkDownloadBudget } from './site/download-budget.ts';
import { buildServiceWorker } from './site/service-worker.ts';
import { reportBaseUrl } from './site/report-url.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const root = process.cwd();
const outDir = resolve(root, values.outDir);
const ssrOutDir = `${outDir}-ssr`;
const started = performance.now();
const report = reportBaseUrl(process.env);
console.log(
  report.isDefault
    ? `REPORT_URL not set: "Report a problem" links go to the placeholder ${report.url} (set REPORT_URL, see the README)`
    : `"Report a problem" links go to ${report.url} (REPORT_URL)`,
);

await build({ build: { outDir, manifest: true, emptyOutDir: true } });

await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: ssrOutDir,
    emptyOutDir: true,
    copyPublicDir: false,
    // One CommonJS file, so the prerender can load a fresh copy of the whole app for each page
    // and let the previous one go (an ES module, once imported, stays in memory for good).
    rolldownOptions: {
      output: { codeSplitting: false, format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
  plugins: [trackDynamicImportsPlugin()],
});

const manifest = readClientManifest(outDir);
const appEntry = `${deployBase()}${manifest[entryKey(manifest)]?.file ?? ''}`;
const bootScript = await buildBootScript(root, outDir, appEntry);

const result = await prerenderSite({
  root,
  outDir,
  serverEntry: resolve(ssrOutDir, 'entry-server.cjs'),
  base: deployBase(),
  bootScript,
  siteUrl: process.env.SITE_URL || undefined,
});
const precached = await buildServiceWorker(root, outDir);

console.log(
  `prerendered ${result.pages.length} pages, 404.html, ${result.redirects.length} redirects and sitemap.xml into ${values.outDir}/` +
    (result.skipped.length > 0 ? ` (no page yet for ${result.skipped.join(', ')})` : '') +
    `; the service worker precaches ${precached.length} files` +
    ` in ${Math.round(performance.now() - started)} ms`,
);

// The download budget fails the build at once, instead of at the end of the end-to-end suite.
const budget = checkDownloadBudget(outDir, deployBase());
console.log(budgetSummary(budget));
if (budget.over.length > 0) {
  console.error(`Over the download budget:\n  ${budget.over.join('\n  ')}`);
  process.exit(1);
}
