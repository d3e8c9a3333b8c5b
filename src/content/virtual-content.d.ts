// Ambient module declarations may not import relative modules, so the types are named with
// import() types (an `import type` line here is an error that skipLibCheck hides, and every
// export silently becomes `any`).
/* eslint-disable @typescript-eslint/consistent-type-imports -- see above */

declare module 'virtual:content' {
  export const tree: import('./model.ts').Tree;
  /** Just enough to route; the rest of the front matter is in the body and the fix index. */
  export const fixes: import('./model.ts').FixRoute[];
  export const redirects: import('./model.ts').Redirect[];
  /** Fix id → a loader for that page's body (a chunk of its own). */
  export const fixBodyLoaders: Record<string, () => Promise<import('./model.ts').FixBody>>;
}

declare module 'virtual:content/codes' {
  const codes: import('./codes-schema.ts').CodeCatalogue;
  export default codes;
}

declare module 'virtual:content/fix-index' {
  /** Every fix page's front matter, for the /fixes index (a lazy chunk). */
  const fixIndex: import('./model.ts').FixSummary[];
  export default fixIndex;
  /** content/search-synonyms.yaml: words the search also understands. */
  export const searchSynonyms: import('./schemas/search-synonyms-schema.ts').SearchSynonyms;
}

declare module 'virtual:content/question-help' {
  /** Question id → its "not sure?" help body (a lazy chunk, so the entry stays small). */
  const questionHelp: Record<string, import('./model.ts').DocNode[]>;
  export default questionHelp;
}
