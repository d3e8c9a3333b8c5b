import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentPlugin } from './src/content/build/content-plugin.ts';
import { deployBase } from './scripts/vite/base-path.ts';
import { cspPlugin } from './scripts/vite/csp-plugin.ts';
import { staticHostPreviewPlugin } from './scripts/vite/static-host-preview-plugin.ts';

/**
 * `vite build` alone makes the client bundle; `npm run build` (scripts/build.ts) adds the
 * prerendered pages. Deploy under a sub-path with BASE_PATH=/some/path/ (see the README).
 */
export default defineConfig({
  base: deployBase(),
  plugins: [contentPlugin(), react(), tailwindcss(), cspPlugin(), staticHostPreviewPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
});
