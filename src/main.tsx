import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { preloadPage } from './app/preload-page';
import { loadSiteContent } from './content/site-content';
import { startOfflineSupport } from './features/offline/start-offline-support';
import { fullStylesheetApplied } from './lib/full-stylesheet';
import { basePath, withoutTrailingSlash } from './lib/paths';
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

const appPath = withoutTrailingSlash(window.location.pathname.slice(basePath().length) || '/');
// The prerender stamps each page with its app path (404.html has none: it stands for any address).
const prerenderedPath = container.dataset.page;

if (prerenderedPath !== undefined && withoutTrailingSlash(prerenderedPath) === appPath) {
  // The lazy chunks the page rendered with (its fix body, the command builder …), per the prerender.
  const lazyChunks = container.dataset.chunks?.split(' ').filter(Boolean) ?? [];
  Promise.all([loadSiteContent(), fullStylesheetApplied()])
    .then(() => preloadPage(appPath, lazyChunks))
    .then(
      // As a transition, hydration yields to the browser every few milliseconds instead of holding
      // the main thread for the whole page (a tap meanwhile is not kept waiting).
      () => startTransition(() => void hydrateRoot(container, app)),
      // A part could not load (offline, a new deployment replaced it): the page cannot come alive
      // exactly as prerendered, so render it afresh and let its own fallbacks show. Without the
      // site's content there is nothing to render: the prerendered page stays, its links work.
      () => renderWhenContentLoads(container),
    );
} else {
  renderWhenContentLoads(container);
}

function renderWhenContentLoads(root: HTMLElement) {
  Promise.all([loadSiteContent(), fullStylesheetApplied()]).then(
    () => createRoot(root).render(app),
    () => undefined,
  );
}

startOfflineSupport();
