import { useEffect } from 'react';
import { fixBodies } from '../content/fix-bodies';
import { siteContent } from '../content/site-content';
import { redirectFor, resolvePosition, segmentsFromPath } from '../content/resolve-position';
import { visibleOptions } from '../content/tree-logic';
import { preloadLoadedFix } from '../features/fix-page/components/fix-page';
import { preloadCommandBuilder } from './routes/lazy-command-builder';

/**
 * Loads everything the prerendered page at `appPath` rendered lazily, so hydration finds it ready
 * and keeps the HTML as it is (no fallback, no flash): the page's fix body (then read
 * synchronously), and every chunk the prerender listed for the page — a lazy route, the command
 * builder, whatever the page imported while it rendered.
 */
export function preloadPage(appPath: string, lazyChunks: readonly string[]): Promise<unknown> {
  const tasks: Promise<unknown>[] = lazyChunks.map(
    (href) => import(/* @vite-ignore */ href) as Promise<unknown>,
  );
  const { redirects, tree, fixes } = siteContent();
  if (!redirectFor(redirects, appPath)) {
    const position = resolvePosition({ tree, fixes }, segmentsFromPath(appPath));
    if (position.kind === 'fix') tasks.push(fixBodies.load(position.fix.id));
  }
  return Promise.all(tasks);
}

/** The ids of the fix pages one click away from the question at `appPath` (its visible answers). */
function fixesOneClickAway(appPath: string): string[] {
  const content = siteContent();
  const segments = segmentsFromPath(appPath);
  const position = resolvePosition(content, segments);
  if (position.kind !== 'question') return [];
  return visibleOptions(position.question, position.answers).flatMap((option) => {
    const next = resolvePosition(content, [...segments, option.slug]);
    return next.kind === 'fix' ? [next.fix.id] : [];
  });
}

/**
 * On a question whose answers lead to fix pages, loads those pages' bodies and the command builder
 * their steps render with once the browser is idle, so the chosen fix shows its steps at once,
 * without "Loading the steps…" (decision 0027). A failed prefetch is forgotten, so the page
 * itself tries again when it is opened.
 */
export function usePrefetchFixes(appPath: string): void {
  useEffect(() => {
    const ids = fixesOneClickAway(appPath);
    // After the page's own work. Not cancelled on leaving: the bodies are small and cached once.
    if (ids.length > 0)
      setTimeout(() => {
        preloadCommandBuilder();
        preloadLoadedFix();
        for (const id of ids) fixBodies.prefetch(id);
      }, 50);
  }, [appPath]);
}
