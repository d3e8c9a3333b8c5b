import { lazy, type ComponentType } from 'react';
import type { lazyOnce } from './lazy-once';

type ComponentModule<Props> = { default: ComponentType<Props> };

/**
 * React.lazy over a `lazyOnce` module. When the module is already here (prefetched, decision
 * 0027), React gets a thenable that settles at once and renders without suspending: even a
 * microtask's wait would show the Suspense fallback ("Loading the steps…") for a frame.
 */
export function lazyReady<Props>(module: ReturnType<typeof lazyOnce<ComponentModule<Props>>>) {
  return lazy(() => {
    const loaded = module.peek();
    if (!loaded) return module.load();
    const settled = { then: (resolve: (value: ComponentModule<Props>) => void) => resolve(loaded) };
    return settled as Promise<ComponentModule<Props>>;
  });
}
