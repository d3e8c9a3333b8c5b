import { createFixBodyCache } from './fix-body-cache.ts';
import { siteContent } from './site-content.ts';

let cache: ReturnType<typeof createFixBodyCache> | undefined;
const current = () => (cache ??= createFixBodyCache(siteContent().fixBodyLoaders));

/**
 * The app's one cache of fix bodies, fed by the content build's lazy chunks. It lives beside the
 * content model, not in a feature, because several features read fix bodies (the fix page shows
 * one; the command builder shows the PowerShell sibling's steps on a console page).
 */
export const fixBodies = {
  load: (id: string) => current().load(id),
  peek: (id: string) => current().peek(id),
  prefetch: (id: string) => current().prefetch(id),
  retry: (id: string) => current().retry(id),
};
