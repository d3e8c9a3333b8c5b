import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');

/** The project's own documents: the README and everything under docs/. */
function documents(): string[] {
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(root, 'docs', file));
  return [join(root, 'README.md'), ...docs];
}

/** Local targets of markdown links and of backquoted repository paths such as `docs/x.md`. */
function referencedPaths(text: string): string[] {
  const links = [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target));
  const mentioned = [...text.matchAll(/`((?:docs|src|scripts|content|e2e)\/[\w./-]+\.\w+)`/g)].map(
    (match) => match[1] ?? '',
  );
  return [...links, ...mentioned];
}

describe('the documents point only at files that exist', () => {
  for (const document of documents()) {
    it(relative(root, document), () => {
      const text = readFileSync(document, 'utf8');
      const missing = referencedPaths(text).filter((target) => {
        const fromDocument = join(dirname(document), target);
        const fromRoot = join(root, target);
        return !existsSync(fromDocument) && !existsSync(fromRoot);
      });
      expect(missing).toEqual([]);
    });
  }
});
