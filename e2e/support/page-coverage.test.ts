import { describe, expect, it } from 'vitest';
import { accessibilityFeatures, stylingFeatures } from './page-coverage.ts';

const page = (body: string) => `<html><head><title>x</title></head><body>${body}</body></html>`;
const same = (a: string, b: string) =>
  expect([...accessibilityFeatures(page(a))].sort()).toEqual(
    [...accessibilityFeatures(page(b))].sort(),
  );
const differ = (a: string, b: string) =>
  expect([...accessibilityFeatures(page(a))].sort()).not.toEqual(
    [...accessibilityFeatures(page(b))].sort(),
  );

describe('accessibilityFeatures', () => {
  it('leaves out words, link targets, ids and how often a kind of element repeats', () => {
    same(
      '<main><h1 id="a">Group</h1><p><a href="/x">Go</a></p></main>',
      '<main><h1 id="b">Mailbox</h1><p><a href="/y">On</a></p><p><a href="/z">Off</a></p></main>',
    );
  });

  it('tells apart an element in another parent, on another background, or without text', () => {
    const base = '<main><p class="text-sm"><a href="/x">Go</a></p></main>';
    differ(base, '<main><li class="text-sm"><a href="/x">Go</a></li></main>');
    differ(base, '<main class="bg-blue-50"><p class="text-sm"><a href="/x">Go</a></p></main>');
    differ(base, '<main><p class="text-sm"><a href="/x"> </a></p></main>');
    differ(base, '<main><p class="text-sm"><a href="">Go</a></p></main>');
    differ(base, '<main><p class="text-sm"><a href="/x" role="button">Go</a></p></main>');
  });

  it('knows the background an element sits on from its nearest ancestor that sets one', () => {
    const features = accessibilityFeatures(
      page('<div class="bg-white dark:bg-slate-900"><section><b>Hi</b></section></div>'),
    );
    expect(features).toContain('on bg-white.dark:bg-slate-900: b.[]');
  });

  it('records each step between heading levels and the set of landmarks', () => {
    const features = accessibilityFeatures(page('<nav></nav><main><h1>a</h1><h3>b</h3></main>'));
    expect(features).toContain('heading start → h1');
    expect(features).toContain('heading h1 → h3');
    expect(features).toContain('landmarks: main[] nav[]');
    differ('<main><h1>a</h1><h2>b</h2></main>', '<main><h1>a</h1><h3>b</h3></main>');
  });

  it('closes elements whose end tag is left out, and void elements at once', () => {
    const features = accessibilityFeatures(page('<ul><li>one<li>two</ul><p><img alt="">x</p>'));
    expect(features).toContain('p.[] > img.[alt=""] (no text)');
    expect(features).toContain('ul.[] > li.[]');
  });
});

describe('stylingFeatures', () => {
  it('is the element and class names of the body', () => {
    expect([...stylingFeatures(page('<p class="a b"><b class="a">x</b></p>'))].sort()).toEqual(
      ['<b', '<p', 'a', 'b'].sort(),
    );
  });
});
