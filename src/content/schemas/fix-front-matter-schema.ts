import { z } from 'zod';
import { isStatusCode } from '../../lib/status-code.ts';
import { answerConditionSchema } from './common.ts';

/** Front matter of a fix page in `content/fixes/**.md`. */
export const fixFrontMatterSchema = z.strictObject({
  /** The page heading and document title: says what the fix does. */
  title: z.string().min(1),
  /** One sentence for the fix index and the page description. */
  summary: z.string().min(1),
  /** The answers this page is the fix for; every path through the tree ends on exactly one page. */
  appliesTo: answerConditionSchema.refine((condition) => Object.keys(condition).length > 0, {
    message: 'must name at least one answer',
  }),
  /** The bounce status codes the page fixes, e.g. "5.7.133". */
  codes: z.array(z.string().refine(isStatusCode, 'must be a status code like 5.7.1')),
  /** Where the facts come from. */
  sources: z
    .array(z.strictObject({ title: z.string().min(1), url: z.url({ protocol: /^https$/ }) }))
    .min(1),
  /** When a person last checked the page against its sources (YYYY-MM-DD). */
  reviewed: z.iso.date(),
});
