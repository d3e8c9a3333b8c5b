declare module 'virtual:content' {
  import type { FixBody, FixSummary, Redirect, Tree } from './model.ts';
  export const tree: Tree;
  export const fixes: FixSummary[];
  export const redirects: Redirect[];
  /** Fix id → a loader for that page's body (a chunk of its own). */
  export const fixBodyLoaders: Record<string, () => Promise<FixBody>>;
}

declare module 'virtual:content/codes' {
  import type { CodeCatalogue } from './codes-schema';
  const codes: CodeCatalogue;
  export default codes;
}
