/**
 * The offline service worker, built by scripts/site/service-worker.ts after the prerender (so it
 * knows every page) into <outDir>/sw.js. It stores the whole site of one version at install and
 * answers from that store first. A new version waits until the page asks it to take over (the
 * "A new version is available" prompt), so a page never mixes two versions.
 */
import { inLanes, isImmutable, navigationTarget } from './precache';

declare const __PRECACHE_URLS__: string[];
declare const __PRECACHE_VERSION__: string;

// The few worker types used here (the DOM library this project compiles against lacks them).
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(
    type: 'install' | 'activate',
    listener: (event: ExtendableEventLike) => void,
  ): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const urls = __PRECACHE_URLS__; // the build writes the list here, once
const CACHE_PREFIX = 'bounce-fix-';
const currentCache = `${CACHE_PREFIX}${__PRECACHE_VERSION__}`;
const scope = new URL(worker.registration.scope);
const precached = new Set(urls);
const urlOf = (path: string) => new URL(path, scope).href;

/** A stored copy without redirect history (browsers refuse redirected answers to navigations). */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    headers: response.headers,
  });
}

async function precacheAll(): Promise<void> {
  const cache = await caches.open(currentCache);
  const store = async (url: string) => {
    const href = urlOf(url);
    const older = isImmutable(url) ? await caches.match(href) : undefined;
    if (older) return cache.put(href, older);
    const response = await fetch(new Request(href, { cache: 'reload' }));
    if (!response.ok) throw new Error(`Could not store ${href}: ${response.status}`);
    await cache.put(href, await storable(response));
  };
  await inLanes(urls, 2, store);
}

async function removeOlderVersions(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== currentCache)
      .map((name) => caches.delete(name)),
  );
}

async function answerNavigation(request: Request, relativePath: string): Promise<Response> {
  const target = navigationTarget(relativePath, precached);
  const stored = target && (await caches.match(urlOf(target), { cacheName: currentCache }));
  if (stored) return stored;
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = await caches.match(urlOf('404.html'), { cacheName: currentCache });
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

async function answerFile(request: Request, relativePath: string): Promise<Response> {
  const stored = await caches.match(urlOf(relativePath), { cacheName: currentCache });
  return stored ?? fetch(request);
}

worker.addEventListener('install', (event) => event.waitUntil(precacheAll()));

worker.addEventListener('activate', (event) =>
  event.waitUntil(removeOlderVersions().then(() => worker.clients.claim())),
);

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const relativePath = url.pathname.slice(scope.pathname.length);
  if (request.mode === 'navigate') {
    event.respondWith(answerNavigation(request, relativePath));
  } else if (precached.has(relativePath)) {
    event.respondWith(answerFile(request, relativePath));
  }
});
