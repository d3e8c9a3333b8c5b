import { z } from 'zod';
import { parseCodeSpec } from '../../lib/status-code.ts';

/**
 * `content/microsoft-ndr-codes.yaml`: the codes and ranges Microsoft documents in its NDR tables
 * and per-code articles, with the wording each source gives and the commit it was read at. The
 * content build checks that the catalogue (`content/codes.yaml`) has an entry for every one of
 * them; the analyzer's tests run each wording through the analyzer.
 */

/** An exact code (`5.7.133`) or a range of details (`5.7.606-649`); no wildcards here. */
const listedCodeSchema = z.string().refine((code) => {
  const parsed = parseCodeSpec(code);
  return 'spec' in parsed && (parsed.spec.kind === 'exact' || parsed.spec.kind === 'range');
}, 'expected a code like 5.7.133 or 5.7.606-649');

/** Where the rows come from: one article (or table) at one commit. */
const microsoftSourceSchema = z.strictObject({
  /** The article's title, as Microsoft gives it. */
  title: z.string().min(1),
  /** The published page. */
  url: z.url({ protocol: /^https$/, error: 'expected an https URL' }),
  /** The public repository the page is built from (owner/name). */
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name'),
  /** The file in that repository. */
  path: z.string().min(1),
  /** The commit the file was read at (40 hex digits). */
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'expected a full commit id (40 hex digits)'),
  /** The commit's date, where it is known (YYYY-MM-DD). */
  committed: z.iso.date().optional(),
  /** The article's own date (its ms.date), where it has one (YYYY-MM-DD). */
  articleDate: z.iso.date().optional(),
});

/** One documented code with one wording. A code with two wordings is two rows. */
const microsoftCodeSchema = z
  .strictObject({
    /** The code or range; absent for a row Microsoft documents without a code ("n/a"). */
    code: listedCodeSchema.optional(),
    /** The NDR wording the source gives for it, verbatim; absent when it gives none. */
    text: z.string().min(1).optional(),
    /** The key of the row's source under `sources`. */
    source: z.string().min(1),
  })
  .refine((row) => row.code !== undefined || row.text !== undefined, {
    message: 'a row needs a code, a text or both',
  });

export const microsoftCodesFileSchema = z
  .strictObject({
    version: z.literal(1),
    sources: z.record(
      z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case key'),
      microsoftSourceSchema,
    ),
    codes: z.array(microsoftCodeSchema).min(1),
  })
  .superRefine((file, ctx) => {
    file.codes.forEach((row, index) => {
      if (!(row.source in file.sources)) {
        ctx.addIssue({
          code: 'custom',
          path: ['codes', index, 'source'],
          message: `no source "${row.source}" under sources`,
        });
      }
    });
  });
export type MicrosoftCodesFile = z.output<typeof microsoftCodesFileSchema>;
export type MicrosoftCode = MicrosoftCodesFile['codes'][number];
