declare module 'virtual:content' {
  import type { FixBody, FixRoute, Redirect, Tree } from './model.ts';
  export const tree: Tree;
  /** Just enough to route; the rest of the front matter is in the body and the fix index. */
  export const fixes: FixRoute[];
  export const redirects: Redirect[];
  /** Fix id → a loader for that page's body (a chunk of its own). */
  export const fixBodyLoaders: Record<string, () => Promise<FixBody>>;
}

declare module 'virtual:content/codes' {
  import type { CodeCatalogue } from './codes-schema';
  const codes: CodeCatalogue;
  export default codes;
}

declare module 'virtual:content/fix-index' {
  import type { FixSummary } from './model.ts';
  /** Every fix page's front matter, for the /fixes index (a lazy chunk). */
  const fixIndex: FixSummary[];
  export default fixIndex;
}

declare module 'virtual:content/question-help' {
  import type { DocNode } from './model.ts';
  /** Question id → its "not sure?" help body (a lazy chunk, so the entry stays small). */
  const questionHelp: Record<string, DocNode[]>;
  export default questionHelp;
}
