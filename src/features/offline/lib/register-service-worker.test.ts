import { describe, expect, it, vi } from 'vitest';
import { watchServiceWorker } from './register-service-worker';
import { createUpdateNotice } from './update-notice';

class FakeWorker extends EventTarget {
  state = 'installing';
  postMessage = vi.fn();
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  startUpdate(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function fakeContainer(registration: FakeRegistration, controlled: boolean) {
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  return container as unknown as ServiceWorkerContainer & typeof container;
}

describe('service worker updates', () => {
  it('offers a new version once it has installed, and reloads after it takes over', async () => {
    const reload = vi.fn();
    const updates = createUpdateNotice();
    const registration = new FakeRegistration();
    const container = fakeContainer(registration, true);
    const listener = vi.fn();
    updates.subscribe(listener);
    await watchServiceWorker(container, '/base/sw.js', '/base/', updates, reload);
    expect(container.register).toHaveBeenCalledWith('/base/sw.js', { scope: '/base/' });
    expect(updates.pendingUpdate()).toBeNull();

    const next = new FakeWorker();
    registration.startUpdate(next);
    next.become('installed');
    expect(listener).toHaveBeenCalledTimes(1);
    updates.pendingUpdate()?.();
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers a version that was already waiting', async () => {
    const updates = createUpdateNotice();
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    await watchServiceWorker(fakeContainer(registration, true), '/sw.js', '/', updates, vi.fn());
    expect(updates.pendingUpdate()).toBeTypeOf('function');
  });

  it('does not offer or reload on the very first install', async () => {
    const reload = vi.fn();
    const updates = createUpdateNotice();
    const registration = new FakeRegistration();
    const container = fakeContainer(registration, false);
    await watchServiceWorker(container, '/sw.js', '/', updates, reload);
    const first = new FakeWorker();
    registration.startUpdate(first);
    first.become('installed');
    container.dispatchEvent(new Event('controllerchange'));
    expect(updates.pendingUpdate()).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });
});
