/**
 * Switches on the page's full stylesheet and resolves once it applies. A prerendered page paints
 * with its critical CSS alone (the rules its own markup uses; the full sheet is fetched meanwhile
 * as "print", so it does not hold the paint back). What the app renders next may need any rule,
 * so the app waits for the full sheet before it takes over the page (decision 0031). A sheet that
 * fails to load does not keep the app waiting.
 */
export function fullStylesheetApplied(): Promise<void> {
  const links = document.querySelectorAll<HTMLLinkElement>('link[data-deferred-stylesheet]');
  const loads = [...links].map((link) => {
    link.media = 'all';
    if (link.sheet) return undefined;
    return new Promise<void>((resolve) => {
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => resolve());
    });
  });
  return Promise.all(loads).then(() => undefined);
}
