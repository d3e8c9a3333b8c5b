import { z } from 'zod';
import { answerConditionSchema, answerKeySchema, appPathSchema, slugSchema } from './common.ts';

const unavailableRuleSchema = z.strictObject({
  /** The earlier answers under which this option cannot be chosen. */
  when: answerConditionSchema,
  /** Why the combination does not exist, in one or two sentences. */
  reason: z.string().min(1),
  /** Where to go instead. */
  alternative: z.strictObject({
    label: z.string().min(1),
    path: appPathSchema,
  }),
});

const optionSchema = z.strictObject({
  /** The URL segment for this answer (docs/design.md lists the slugs to use). */
  slug: slugSchema,
  /** The answer as the user reads it. */
  label: z.string().min(1),
  /**
   * The answer in a few words where it is repeated as a fact about the path: the breadcrumb
   * ("Bounce: Authentication required") and a fix page's "Applies to". Defaults to the label;
   * give one when the label is a sentence the user says ("It sends without signing in…").
   */
  shortLabel: z.string().min(1).max(40).optional(),
  /** One line under the label saying when to pick it. */
  explanation: z.string().min(1),
  /** Show the option only when earlier answers match. */
  when: answerConditionSchema.optional(),
  /** Show the option but refuse it, with a reason and an alternative, when earlier answers match. */
  unavailable: z.array(unavailableRuleSchema).min(1).optional(),
  /** Id of the next question; leave out when the path ends here on a fix page. */
  next: z.string().min(1).optional(),
});

const questionSchema = z.strictObject({
  /** The answer key this question fills; a path never asks the same key twice. */
  key: answerKeySchema,
  /** The question, shown as the page heading. */
  title: z.string().min(1),
  /** A few words for the breadcrumb ("Recipient", "Exchange version"). */
  shortTitle: z.string().min(1),
  /**
   * Offer this question's options as filter chips on /fixes, under this name ("Admin tool").
   * At most one question per answer key says so.
   */
  fixesFilter: z.string().min(1).max(40).optional(),
  /** Optional markdown shown under the heading. */
  intro: z.string().min(1).optional(),
  /** The "Not sure?" help: markdown, may contain PowerShell blocks. */
  help: z.strictObject({ title: z.string().min(1), body: z.string().min(1) }).optional(),
  options: z.array(optionSchema).min(1),
});

/** `content/tree.yaml`: the questions, keyed by id, and the id of the first one. */
export const treeFileSchema = z.strictObject({
  start: z.string().min(1),
  questions: z.record(slugSchema, questionSchema),
});

export type TreeFileQuestion = z.infer<typeof questionSchema>;
