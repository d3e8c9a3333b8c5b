import { z } from 'zod';

/** One word as a search splits it: lower case, no spaces ("authrequired", "5.7.1", "mfp"). */
const searchWordSchema = z
  .string()
  .regex(/^[\p{Ll}\p{N}.]+$/u, 'must be one lower-case word, as a search splits it (no spaces)');

/**
 * `content/search-synonyms.yaml`: words people type into the /fixes search that the pages do not
 * say, and what they mean there. A search word in `words` also matches whatever any word of
 * `finds` matches (a code, its start, or text of the pages), so "scanner" finds the app pages and
 * "AuthRequired" the pages that fix 5.7.1.
 */
export const searchSynonymsFileSchema = z.array(
  z.strictObject({
    words: z.array(searchWordSchema).min(1),
    finds: z.array(searchWordSchema).min(1),
  }),
);

export type SearchSynonyms = z.infer<typeof searchSynonymsFileSchema>;
