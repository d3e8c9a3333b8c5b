import { readFileSync } from 'node:fs';

/** The analyzer's fixture corpus: realistic bounces, as text and as .eml files. */
export const BOUNCE_FIXTURES = new URL('../../src/features/analyzer/fixtures/', import.meta.url);

export function bounceFixturePath(name: string): string {
  return new URL(name, BOUNCE_FIXTURES).pathname;
}

export function bounceFixture(name: string): string {
  return readFileSync(new URL(name, BOUNCE_FIXTURES), 'utf8');
}
