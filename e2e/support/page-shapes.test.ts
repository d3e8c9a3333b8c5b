import { describe, expect, it } from 'vitest';
import { pageShape } from './page-shapes.ts';

const page = (body: string) => `<html><head><title>x</title></head><body>${body}</body></html>`;

describe('pageShape', () => {
  it('is the same for the same markup with other words, links and ids', () => {
    expect(pageShape(page('<h1 id="a">Group</h1><a href="/x" aria-labelledby="a">Go</a>'))).toBe(
      pageShape(page('<h1 id="b">Mailbox</h1><a href="/y" aria-labelledby="b">On</a>')),
    );
  });

  it('tells apart other elements, classes, roles and an empty name', () => {
    const base = pageShape(page('<main><h1 class="a">Title</h1></main>'));
    expect(pageShape(page('<main><h2 class="a">Title</h2></main>'))).not.toBe(base);
    expect(pageShape(page('<main><h1 class="b">Title</h1></main>'))).not.toBe(base);
    expect(pageShape(page('<main role="x"><h1 class="a">Title</h1></main>'))).not.toBe(base);
    expect(pageShape(page('<main><h1 class="a"> </h1></main>'))).not.toBe(base);
    expect(pageShape(page('<a href="">x</a>'))).not.toBe(pageShape(page('<a href="/">x</a>')));
  });

  it('keeps an id reference pointing where it pointed', () => {
    expect(pageShape(page('<p id="a"></p><p id="b"></p><i for="a"></i>'))).not.toBe(
      pageShape(page('<p id="a"></p><p id="b"></p><i for="b"></i>')),
    );
  });
});
