import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { preloadPage } from './app/routes/preload-page';
import { registerServiceWorker } from './features/offline/lib/service-worker-updates';
import { basePath } from './lib/paths';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <BrowserRouter basename={basePath() || '/'}>
      <App />
    </BrowserRouter>
  </StrictMode>
);

/** "/admin/x/" and "/admin/x" are the same page. */
const normalise = (path: string) => path.replace(/(.)\/+$/, '$1');
const appPath = normalise(window.location.pathname.slice(basePath().length) || '/');
// The prerender stamps each page with its app path (404.html has none: it stands for any address).
const prerenderedPath = container.dataset.page;

if (prerenderedPath !== undefined && normalise(prerenderedPath) === appPath) {
  // Load the fix body or lazy screen first, so hydration finds every part ready: no fallback.
  void preloadPage(appPath)
    .catch(() => undefined) // offline and not cached: the page's own error handling takes over
    .then(() => hydrateRoot(container, app));
} else {
  createRoot(container).render(app);
}

registerServiceWorker();
