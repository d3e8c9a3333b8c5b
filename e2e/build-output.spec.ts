import { expect, test } from '@playwright/test';
import { contentPositions } from './support/content-positions.ts';
import { descriptionOf, headingOf, readDistFile, readPage, titleOf } from './support/built-site.ts';

// Checks of the built files themselves: no browser, so they stay fast however big the tree gets.
const { bundle, positions } = contentPositions();

function expectedHeading(position: (typeof positions)[number]): string | RegExp {
  if (position.kind === 'fix') {
    return bundle.fixes.find((fix) => fix.id === position.id)?.title ?? '(unknown fix)';
  }
  if (position.kind === 'question') return bundle.tree.questions[position.id]?.title ?? '(unknown)';
  return /is not available here$/;
}

test('every URL of the tree has its own HTML file with its heading, title and description', () => {
  const problems: string[] = [];
  for (const position of positions) {
    const html = readPage(position.path);
    if (!html) {
      problems.push(`${position.path}: no HTML file`);
      continue;
    }
    const heading = headingOf(html) ?? '';
    const expected = expectedHeading(position);
    const matches = typeof expected === 'string' ? heading === expected : expected.test(heading);
    if (!matches)
      problems.push(`${position.path}: heading "${heading}", expected ${String(expected)}`);
    if (!titleOf(html)?.startsWith(`${heading} · `)) {
      problems.push(`${position.path}: title "${titleOf(html)}"`);
    }
    if (!html.includes(`<div id="root" data-page="${position.path}">`)) {
      problems.push(`${position.path}: root not stamped with its path`);
    }
    if (position.kind === 'fix') {
      const fix = bundle.fixes.find((candidate) => candidate.id === position.id);
      if (descriptionOf(html) !== fix?.summary) problems.push(`${position.path}: description`);
      if (!html.includes('id="step-1"')) problems.push(`${position.path}: steps not prerendered`);
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every page of the tree', () => {
  const sitemap = readDistFile('sitemap.xml');
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '');
  for (const position of positions) {
    expect(locations).toContainEqual(expect.stringMatching(new RegExp(`${base}${position.path}$`)));
  }
});

test('404.html is the "not found" screen, not a copy of the home page', () => {
  const html = readDistFile('404.html');
  expect(headingOf(html)).toBe('This step doesn’t exist');
  expect(titleOf(html)).toBe('Page not found · Bounce-fix wizard');
  expect(html).toContain('<div id="root">');
  expect(readDistFile('_redirects')).toMatch(/^\/(.+\/)?\* \/(.+\/)?404\.html 404\n$/);
});

test('the home page is prerendered too', () => {
  const html = readPage('/') ?? '';
  expect(headingOf(html)).toBe(bundle.tree.questions[bundle.tree.start]?.title);
});
