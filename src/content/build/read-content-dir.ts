import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Reads every file under `content/` into a map keyed by its path from the project root. */
export function readContentDir(projectRoot: string, dir = 'content'): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (absolute: string) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const path = join(absolute, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile())
        files[relative(projectRoot, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  visit(join(projectRoot, dir));
  return files;
}
