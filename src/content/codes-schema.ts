/**
 * Schema of `content/codes.yaml`, the bounce-code catalogue the analyzer matches a pasted
 * bounce against. The catalogue is data: every status code, diagnostic string and plain-words
 * explanation lives in the YAML file; this module only says what shape it must have.
 *
 * The build-time content loader parses the YAML and calls {@link parseCodeCatalogue}; the unit
 * tests do the same, so a broken catalogue fails both the build and the tests with the file,
 * the field and the reason.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { roleSlugs } from '../lib/paths.ts';
import { parseCodeSpec } from '../lib/status-code.ts';
import { backtrackingProblem } from './schemas/pattern-safety.ts';
import {
  appSendersSchema,
  platformsSchema,
  reportLanguagesSchema,
} from './schemas/report-facts-schema.ts';

/** Who is using the wizard (the first question): docs/design.md's three paths. */
export const roleSlugSchema = z.enum([roleSlugs.sender, roleSlugs.admin, roleSlugs.app]);
export type RoleSlug = z.infer<typeof roleSlugSchema>;

/** Recipient types, with the exact URL slugs of docs/design.md. */
export const recipientSlugSchema = z.enum([
  'user-mailbox',
  'shared-mailbox',
  'distribution-group',
  'security-group',
  'dynamic-distribution-group',
  'microsoft-365-group',
  'mail-user',
  'public-folder',
]);
export type RecipientSlug = z.infer<typeof recipientSlugSchema>;

/** Platforms, with the exact URL slugs of docs/design.md (`exchange-server` is 2013 and later). */
export const platformSlugSchema = z.enum([
  'exchange-online',
  'exchange-server',
  'exchange-2010',
  'exchange-2007',
]);
export type PlatformSlug = z.infer<typeof platformSlugSchema>;

/** How a catalogue entry relates to the problem this wizard fixes. */
export const codeKindSchema = z.enum([
  /** The recipient only accepts authenticated or listed senders: the wizard's family. */
  'in-family',
  /** An app, device or script failed to sign in or send: the app-owner path. */
  'app-side',
  /** The text fits more than one path: the wizard must ask (see `ask`). */
  'ambiguous',
  /** Another problem entirely: explained, never sent to a fix page. */
  'unrelated',
  /**
   * Not a bounce: an error an admin gets while applying a fix (a PowerShell or admin-center
   * message). Explained with its fix, and sent back into the admin path where the text says how.
   */
  'admin-error',
]);
export type CodeKind = z.infer<typeof codeKindSchema>;

/**
 * An enhanced status code (RFC 3463, `class.subject.detail`) or a family of them:
 * `5.7.133` (exact), `5.7.606-649` (a range of details), `5.7.x` or `5.x.x` (any value there).
 * The grammar is src/lib/status-code.ts, shared with the analyzer and the /fixes index.
 */
const codeSpecSchema = z.string().superRefine((spec, ctx) => {
  const parsed = parseCodeSpec(spec);
  if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
});

/**
 * A diagnostic pattern: the source of a JavaScript regular expression, matched
 * case-insensitively against one line of the bounce at a time. Plain text works as long as
 * `.()[]?*+|^$\{}` are escaped.
 */
const patternSchema = z.string().superRefine((source, ctx) => {
  let compiled: RegExp;
  try {
    compiled = new RegExp(source, 'i');
  } catch {
    ctx.addIssue({ code: 'custom', message: 'invalid regular expression' });
    return;
  }
  if (compiled.test('')) {
    ctx.addIssue({
      code: 'custom',
      message: 'pattern matches empty text, so it matches every line',
    });
    return;
  }
  // Slow backtracking on a hostile line would freeze the analyzer (see pattern-safety.ts).
  const slow = backtrackingProblem(source);
  if (slow) ctx.addIssue({ code: 'custom', message: slow });
});

/** What a bounce determines for the wizard's questions. Only what the code really implies. */
const answersSchema = z
  .object({
    /** Who is at the keyboard: only app-side codes know this (`app`). */
    role: roleSlugSchema.optional(),
    /** The recipient type, when the code names exactly one (5.7.136 → mail-user). */
    recipient: recipientSlugSchema.optional(),
    /** The platform, when only one can produce the code (5.7.133 → exchange-online). */
    platform: platformSlugSchema.optional(),
  })
  .strict();

/** Narrowed choices, for a code that names a few possibilities but not one (5.7.134). */
const candidatesSchema = z
  .object({
    /** Recipient types the code fits; the wizard asks which one, showing only these. */
    recipient: z.array(recipientSlugSchema).min(2).optional(),
    /** Platforms the code fits (state 14 → exchange-2007 or exchange-2010). */
    platform: z.array(platformSlugSchema).min(2).optional(),
  })
  .strict();

/**
 * The answer to a path's `method` question that the bounce settles, as that option's slug. The
 * key means something different on each path: on the sender path what the bounce says
 * (`authentication-required`), on the app path how the app fails (`sign-in-error`). A path without
 * that option ignores it, so an admin still chooses how to fix. The build checks the tree has it.
 */
const methodSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected the slug of a method option in the tree')
  .optional();

/** One answer to an ambiguous entry's question. */
const askOptionSchema = z
  .object({
    /** The option as the person would say it, e.g. "In my app's error log". */
    label: z.string().min(1),
    /** What the bounce is once this option is chosen. */
    kind: z.enum(['in-family', 'app-side', 'unrelated']),
    /** Answers this option settles, on top of the entry's own. */
    answers: answersSchema.default({}),
    /** The method answer once this option is chosen (overrides the entry's; see `method`). */
    method: methodSchema,
  })
  .strict();

/** The question an ambiguous entry asks before the wizard can go on. */
const askSchema = z
  .object({
    /** The question, in plain words. */
    question: z.string().min(1),
    /** Two or more ways to answer it. */
    options: z.array(askOptionSchema).min(2),
  })
  .strict();

/**
 * Who can fix a bounce, as a structured answer (the result and bulk triage group by it). The
 * first is the one to go to first; a second is who comes next when the first can't.
 */
export const fixerSchema = z.enum([
  /** The person who sent the message (a typo, a message format, their own mail app). */
  'sender',
  /** The email admin of the sender's organization (its DNS, its tenant, a blocked account). */
  'sender-admin',
  /** The email admin (or group owner) of the recipient's organization. */
  'recipient-admin',
  /** Whoever configures the app, device or script that sends the mail. */
  'app-owner',
]);
export type Fixer = z.infer<typeof fixerSchema>;

/** Plain-words explanation shown with the result. Written for the person who got the bounce. */
const explanationSchema = z
  .object({
    /** What happened, in one or two sentences, without jargon. */
    what: z.string().min(1),
    /** Who can fix it, and what they would change. */
    whoCanFix: z.string().min(1),
  })
  .strict();

/** One kind of bounce the analyzer recognises. */
export const codeEntrySchema = z
  .object({
    /** Stable identifier (kebab-case), used in tests, links and the fix pages' front matter. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'),
    /** A short name for the entry, shown as the result's heading. */
    title: z.string().min(1),
    /** How this bounce relates to the wizard's problem. */
    kind: codeKindSchema,
    /** Enhanced status codes this entry is about (see the code syntax above). */
    codes: z.array(codeSpecSchema).default([]),
    /** Diagnostic strings that identify it; each a case-insensitive regular expression source. */
    patterns: z.array(patternSchema).default([]),
    /**
     * What must be found in the bounce for the entry to match:
     * `code` (one of `codes` is enough), `pattern` (one of `patterns` must match; used when the
     * code is shared with other problems, like 5.7.1), `either`, or `both`.
     */
    requires: z.enum(['code', 'pattern', 'either', 'both']).default('either'),
    /** What happened and who can fix it, in plain words. */
    explanation: explanationSchema,
    /** Wizard answers the bounce settles. */
    answers: answersSchema.default({}),
    /** The path answer the bounce settles for the `method` key (see the schema above). */
    method: methodSchema,
    /** Choices the bounce narrows down without settling. */
    candidates: candidatesSchema.default({}),
    /** For `ambiguous` entries only: the question that settles the path. */
    ask: askSchema.optional(),
    /**
     * Who can fix it, first the one to go to first. Every entry of `content/codes.yaml` must say
     * (the content build checks it); optional here so small test catalogues can leave it out.
     */
    fixedBy: z.array(fixerSchema).min(1).optional(),
    /**
     * What to do next: two to four short lines, each one thing to do, in order. Every entry of
     * `content/codes.yaml` must have them (the content build checks it).
     */
    nextSteps: z
      .array(z.string().min(1))
      .min(2, 'give two to four next steps')
      .max(4, 'give two to four next steps')
      .optional(),
    /**
     * Lines of real bounces this entry is about (a documented NDR line, verbatim where a source
     * gives it). A unit test analyzes each one and requires this entry as the answer, so an entry
     * that a longer pattern or a more exact code would shadow fails the tests. Every entry of
     * `content/codes.yaml` that matches more than a wildcard has some (the content build checks).
     */
    examples: z.array(z.string().min(1)).optional(),
    /**
     * Public pages the entry's facts come from (https URLs); for a code Microsoft documents, its
     * Microsoft article first (the result links it).
     */
    sources: z
      .array(z.url({ protocol: /^https$/, error: 'expected an https URL' }))
      .min(1, 'needs at least one source: the page its facts come from'),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const needsCode = entry.requires === 'code' || entry.requires === 'both';
    const needsPattern = entry.requires === 'pattern' || entry.requires === 'both';
    if (needsCode && entry.codes.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['codes'],
        message: `requires ${entry.requires} but lists no code`,
      });
    }
    if (needsPattern && entry.patterns.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['patterns'],
        message: `requires ${entry.requires} but lists no pattern`,
      });
    }
    if (entry.codes.length === 0 && entry.patterns.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['codes'],
        message: 'an entry needs a code or a pattern to match',
      });
    }
    if ((entry.kind === 'ambiguous') !== (entry.ask !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ask'],
        message:
          entry.kind === 'ambiguous'
            ? 'an ambiguous entry must say what to ask'
            : 'only an ambiguous entry asks a question',
      });
    }
    if (entry.kind === 'admin-error' && entry.codes.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['codes'],
        message: 'an admin error is recognized by its wording, not by a status code',
      });
    }
    if (entry.kind === 'unrelated' && entry.method !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['method'],
        message: 'an unrelated bounce is not sent into the tree, so it answers nothing',
      });
    }
    if (entry.kind === 'unrelated' && Object.keys(entry.answers).length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: 'an unrelated bounce is not sent into the tree, so it answers nothing',
      });
    }
    for (const key of ['recipient', 'platform'] as const) {
      if (entry.answers[key] !== undefined && entry.candidates[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', key],
          message: `give either answers.${key} or candidates.${key}, not both`,
        });
      }
    }
  });
export type CodeEntry = z.output<typeof codeEntrySchema>;

/** The whole catalogue file. */
export const codeCatalogueSchema = z
  .object({
    /** Format version of this file; bump it when the shape changes. */
    version: z.literal(1),
    /** Every recognised bounce. Order matters only to break an exact tie between two matches. */
    entries: z.array(codeEntrySchema).min(1),
    /** What servers' names and Exchange builds say about the platform (see report-facts-schema). */
    platforms: platformsSchema.optional(),
    /** The words of an NDR's layout in each language Exchange writes it in. */
    reportLanguages: reportLanguagesSchema.optional(),
    /** What marks a bounced message as an app's or a device's (see report-facts-schema). */
    appSenders: appSendersSchema.optional(),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    const seen = new Map<string, number>();
    catalogue.entries.forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first === undefined) {
        seen.set(entry.id, index);
      } else {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', index, 'id'],
          message: `duplicate id "${entry.id}" (first used by entries[${first}])`,
        });
      }
    });
  });
export type CodeCatalogue = z.output<typeof codeCatalogueSchema>;

/** `['entries', 3, 'patterns', 0]` → `entries[3].patterns[0]`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Parses and validates the catalogue. Throws one Error listing every problem, each as
 * `<fileName>: <path>: <reason>` (YAML syntax errors as `<fileName>:<line>:<col>: <reason>`).
 */
export function parseCodeCatalogue(yamlText: string, fileName: string): CodeCatalogue {
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const where = error.linePos?.[0];
      const position = where ? `:${where.line}:${where.col}` : '';
      const reason = (error.message.split('\n')[0] ?? '').replace(
        / at line \d+, column \d+:?$/,
        '',
      );
      return `${fileName}${position}: ${reason}`;
    });
    throw new Error(problems.join('\n'));
  }
  const result = codeCatalogueSchema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${fileName}: ${formatPath(issue.path)}: ${issue.message}`,
    );
    throw new Error(problems.join('\n'));
  }
  return result.data;
}
