import { describe, expect, it } from 'vitest';
import { fixSummary } from '../../../content/fix-summary.test-helper';
import { doneCount, latestInProgress } from './latest-in-progress';

const fix = (id: string, stepCount: number) =>
  fixSummary(id, { title: `Title of ${id}`, stepCount });

const fixes = [fix('a', 5), fix('b', 3), fix('c', 2)];

describe('latestInProgress', () => {
  it('offers the page ticked most recently', () => {
    const resume = latestInProgress(
      {
        a: { done: [1, 2], path: '/admin/a', updatedAt: 200 },
        b: { done: [1], path: '/admin/b', updatedAt: 100 },
      },
      fixes,
    );
    expect(resume).toEqual({ fix: fixes[0], path: '/admin/a', done: 2, total: 5 });
  });

  it('skips finished pages, untouched pages and pages that no longer exist', () => {
    expect(
      latestInProgress(
        {
          a: { done: [], path: '/admin/a', updatedAt: 400 },
          c: { done: [1, 2], path: '/admin/c', updatedAt: 300 },
          gone: { done: [1], path: '/admin/gone', updatedAt: 500 },
          b: { done: [2], path: '/admin/b', updatedAt: 100 },
        },
        fixes,
      )?.fix.id,
    ).toBe('b');
  });

  it('skips a page whose stored path leads elsewhere now', () => {
    const progress = {
      a: { done: [1], path: '/old/a', updatedAt: 200 },
      b: { done: [1], path: '/admin/b', updatedAt: 100 },
    };
    const resume = latestInProgress(progress, fixes, (path) => path.startsWith('/admin/'));
    expect(resume?.fix.id).toBe('b');
  });

  it('offers nothing when nothing is in progress', () => {
    expect(latestInProgress({}, fixes)).toBeUndefined();
  });
});

describe('doneCount', () => {
  it('counts only steps the page still has', () => {
    expect(doneCount([1, 2, 7], 5)).toBe(2);
  });
});
