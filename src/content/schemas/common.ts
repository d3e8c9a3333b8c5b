import { z } from 'zod';

/** A URL segment: lower-case words joined by hyphens, as in the docs/design.md slug list. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const answerKeySchema = z.enum(['role', 'recipient', 'platform', 'method', 'surface']);

/** `{ key: slug }` or `{ key: [slug, slug] }`: each key must hold one of the listed slugs. */
export const answerConditionSchema = z
  .partialRecord(answerKeySchema, z.union([slugSchema, z.array(slugSchema).min(1)]))
  .transform((condition) => {
    const normalised: Partial<Record<z.infer<typeof answerKeySchema>, string[]>> = {};
    for (const [key, value] of Object.entries(condition) as [
      z.infer<typeof answerKeySchema>,
      string | string[] | undefined,
    ][]) {
      if (value !== undefined) normalised[key] = Array.isArray(value) ? value : [value];
    }
    return normalised;
  });

/** A path inside the app, e.g. `/admin/distribution-group`. */
export const appPathSchema = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/, 'must be an app path such as /admin/mail-user');
