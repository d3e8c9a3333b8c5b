/**
 * Registers the offline service worker (sw.js, built with the site) and tells the page when a new
 * version has been downloaded and is waiting. Browser-only: call from main.tsx or an effect.
 */

type Listener = () => void;

export interface ServiceWorkerUpdates {
  /** Set when a new version waits; calling it switches to that version and reloads. */
  pendingUpdate(): (() => void) | null;
  subscribe(listener: Listener): () => void;
  /** Registers the worker and starts watching for new versions. */
  register(container: ServiceWorkerContainer, scriptUrl: string, scope: string): Promise<void>;
}

export function createServiceWorkerUpdates(reload: () => void): ServiceWorkerUpdates {
  let pending: (() => void) | null = null;
  const listeners = new Set<Listener>();
  let reloadOnControllerChange = false;

  const offer = (waiting: ServiceWorker) => {
    pending = () => {
      reloadOnControllerChange = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    };
    for (const listener of listeners) listener();
  };

  return {
    pendingUpdate: () => pending,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async register(container, scriptUrl, scope) {
      container.addEventListener('controllerchange', () => {
        // The first install also takes control of the page: only a chosen update reloads it.
        if (reloadOnControllerChange) reload();
      });
      const registration = await container.register(scriptUrl, { scope });
      // A version that finished installing while no page asked for it still waits.
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && container.controller) offer(installing);
        });
      });
    },
  };
}

/** The page's one instance. */
export const serviceWorkerUpdates = createServiceWorkerUpdates(() => window.location.reload());

/** Registers sw.js under the deployment's base path once the page has loaded (production only). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const start = () => {
    serviceWorkerUpdates.register(navigator.serviceWorker, `${base}sw.js`, base).catch(() => {
      // No offline support here (blocked, private mode, unsupported): the site works as before.
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
