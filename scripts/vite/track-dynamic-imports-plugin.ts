import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** The global the prerender sets to learn which lazy modules a page's render imports. */
export const TRACK_IMPORT_GLOBAL = '__prerenderTrackImport';

interface AstNode {
  type: string;
  start: number;
  end: number;
  source?: AstNode & { value?: unknown };
}

function* importExpressions(node: unknown): Generator<AstNode> {
  if (Array.isArray(node)) {
    for (const child of node) yield* importExpressions(child);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const candidate = node as AstNode;
  if (candidate.type === 'ImportExpression') yield candidate;
  for (const value of Object.values(node)) {
    if (value && typeof value === 'object') yield* importExpressions(value);
  }
}

/**
 * The module key the client build's manifest uses: the path from the project root, or the
 * virtual id ("virtual:content/fix/…") without Rollup's "\0" marker and without a query.
 */
export function manifestKey(resolvedId: string, root: string): string {
  const id = resolvedId.replace(/^\0/, '').replace(/\?.*$/, '');
  return id.startsWith('/') ? relative(root, id) : id;
}

/**
 * For the prerender's server build only: wraps every `import("x")` in app code so that calling it
 * reports x's manifest key to `globalThis.__prerenderTrackImport`. The prerender uses this to list,
 * on each page's root (`data-chunks`), the client chunks the page rendered with, which the browser
 * loads before hydrating (they are not modulepreloaded: the first download stays the entry).
 */
export function trackDynamicImportsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'bounce-fix-track-dynamic-imports',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    async transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('import(')) return undefined;
      const found = [...importExpressions(this.parse(code))].filter(
        (node) => node.source?.type === 'Literal' && typeof node.source.value === 'string',
      );
      if (found.length === 0) return undefined;
      let result = code;
      for (const node of found.sort((a, b) => b.start - a.start)) {
        const resolved = await this.resolve(String(node.source?.value), id);
        if (!resolved || resolved.external) continue;
        const key = JSON.stringify(manifestKey(resolved.id, root));
        result = `${result.slice(0, node.start)}(globalThis.${TRACK_IMPORT_GLOBAL}?.(${key}), ${code.slice(node.start, node.end)})${result.slice(node.end)}`;
      }
      return { code: result, map: null };
    },
  };
}
