import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentPlugin } from './src/content/build/content-plugin.ts';
import { deployBase } from './scripts/vite/base-path.ts';
import { cspPlugin } from './scripts/vite/csp-plugin.ts';
import { reportBaseUrl } from './scripts/site/report-url.ts';
import { staticHostPreviewPlugin } from './scripts/vite/static-host-preview-plugin.ts';

/**
 * `vite build` alone makes the client bundle; `npm run build` (scripts/build.ts) adds the
 * prerendered pages. Deploy under a sub-path with BASE_PATH=/some/path/ (see the README).
 */
export default defineConfig({
  base: deployBase(),
  // Where "Report a problem with this page" links go (REPORT_URL, see the README).
  define: { __REPORT_URL__: JSON.stringify(reportBaseUrl(process.env).url) },
  plugins: [contentPlugin(), react(), tailwindcss(), cspPlugin(), staticHostPreviewPlugin()],
  resolve: {
    alias: [
      // react-router's package exports only its development build (dev-only warnings included);
      // its production build is the same API, about 2 KB gzip smaller.
      {
        find: /^react-router$/,
        replacement: fileURLToPath(
          new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
        ),
      },
    ],
  },
  build: {
    target: 'es2022',
    // Every browser the es2022 target runs in supports <link rel="modulepreload">; the polyfill
    // would only add bytes to the entry.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
});
