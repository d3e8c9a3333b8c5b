import { updateNotice } from './lib/update-notice';

/**
 * Once the page has loaded (production builds only), registers sw.js under the deployment's base
 * path. The registration code is a chunk of its own, so it costs the first load nothing.
 */
export function startOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const start = () => {
    import('./lib/register-service-worker')
      .then(({ watchServiceWorker }) =>
        watchServiceWorker(navigator.serviceWorker, `${base}sw.js`, base, updateNotice, () =>
          window.location.reload(),
        ),
      )
      .catch(() => {
        // No offline support here (blocked, private mode, unsupported): the site works as before.
      });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
