import { z } from 'zod';
import { appPathSchema } from './common.ts';

/**
 * `content/redirects.yaml`: old paths that must keep working after the tree changes. A redirect
 * also applies to everything below its `from` path (the rest of the path is carried over).
 */
export const redirectsFileSchema = z.array(
  z.strictObject({ from: appPathSchema, to: appPathSchema }),
);
