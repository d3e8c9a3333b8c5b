import { describe, expect, it } from 'vitest';
import {
  criticalCss,
  dropUnusedCustomProperties,
  markupSkeleton,
  withoutPrintRules,
} from './critical-css.ts';

const stylesheet = `@layer theme, utilities;
@layer theme { :root { --color-red: red; --color-blue: blue; --spacing: 4px; --unused-chain: var(--color-blue); } }
@layer utilities {
  .text-red { color: var(--color-red); }
  .text-blue { color: var(--color-blue); }
  .hover\\:underline:hover { text-decoration: underline; }
  .p-1 { padding: calc(var(--spacing) * 1); }
  :where(.space-y-2 > :not(:last-child)) { margin-block-end: 8px; }
  :where(.space-y-4 > :not(:last-child)) { margin-block-end: 16px; }
  ::file-selector-button { margin-inline-end: 4px; }
  @media (prefers-color-scheme: dark) { .text-red { color: pink; } .text-blue { color: navy; } }
}`;

describe('critical CSS', () => {
  it('keeps the rules that match the pages, with their pseudo-classes and media queries', async () => {
    const css = await criticalCss(stylesheet, [
      '<p class="text-red">a</p>',
      '<a class="hover:underline p-1">b</a>',
      '<ul class="space-y-2"><li>c</li><li>d</li></ul>',
    ]);
    const withoutFileInput = css;
    const withFileInput = await criticalCss(stylesheet, ['<input type="file">']);
    // Tailwind's spacing utilities wrap their selector in :where().
    expect(css).toContain('.space-y-2');
    expect(css).not.toContain('.space-y-4');
    // A bare pseudo-element selector is kept only where its owner element is on the page.
    expect(withoutFileInput).not.toContain('::file-selector-button');
    expect(withFileInput).toContain('::file-selector-button');
    expect(css).toContain('.text-red');
    expect(css).toContain('.hover\\:underline:hover');
    expect(css).toContain('.p-1');
    expect(css).toContain('pink');
    expect(css).not.toContain('.text-blue');
    expect(css).not.toContain('navy');
    // Layers stay declared in order, so the cascade is the full stylesheet's.
    expect(css).toMatch(/^@layer theme,\s*utilities;/);
  });

  it('drops custom properties nothing uses, following chains, and keeps the used ones', () => {
    const css = dropUnusedCustomProperties(
      ':root{--a:1px;--b:var(--c);--c:2px;--d:3px}.x{margin:var(--a)}@property --e{syntax:"*";inherits:false}',
    );
    expect(css).toContain('--a:1px');
    expect(css).not.toMatch(/--b|--c|--d|--e/);
  });

  it('removes rules left empty, but not layer statements', () => {
    expect(dropUnusedCustomProperties('@layer a, b;@layer a{:root{--x:1}}')).toMatch(
      /^@layer a, b;?$/,
    );
  });

  it('leaves print rules to the full stylesheet, which applies when printing', () => {
    const css = withoutPrintRules(
      '@layer utilities{.a{color:red}@media print{.print\\:hidden{display:none}}@media screen and (min-width:40rem){.b{color:blue}}}',
    );
    expect(css).not.toContain('print');
    expect(css).toContain('.a{color:red}');
    expect(css).toContain('min-width:40rem');
  });

  it('matches markup without its words', () => {
    expect(markupSkeleton('<p class="a">Hello <b>you</b></p>')).toBe('<p class="a"><b></b></p>');
  });
});
