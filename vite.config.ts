import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentPlugin } from './src/content/build/content-plugin.ts';
import { spaFallbackPlugin } from './scripts/vite/spa-fallback-plugin.ts';

/** Deploy under a sub-path with BASE_PATH=/some/path/ (see the README). */
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  const withLeading = raw.startsWith('/') ? raw : `/${raw}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

const base = basePath();

export default defineConfig({
  base,
  plugins: [contentPlugin(), react(), tailwindcss(), spaFallbackPlugin(base)],
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
    sourcemap: false,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
});
