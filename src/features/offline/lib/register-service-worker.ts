/**
 * Registers the offline service worker (sw.js, built with the site) and offers a downloaded new
 * version through the update notice. Browser-only; loaded after the page (see startOfflineSupport).
 */
import type { UpdateNotice } from './update-notice';

export async function watchServiceWorker(
  container: ServiceWorkerContainer,
  scriptUrl: string,
  scope: string,
  notice: Pick<UpdateNotice, 'offer'>,
  reload: () => void,
): Promise<void> {
  let reloadOnControllerChange = false;
  const offer = (waiting: ServiceWorker) =>
    notice.offer(() => {
      reloadOnControllerChange = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
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
}
