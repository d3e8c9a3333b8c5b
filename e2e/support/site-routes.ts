import { contentPositions } from './content-positions.ts';

/** Every route a user can land on: each tree position, the pages outside the tree, a 404. */
export function siteRoutes(): string[] {
  const { positions } = contentPositions();
  return [
    ...new Set([
      '/',
      '/fixes',
      '/analyze',
      '/about',
      ...positions.map((position) => position.path),
    ]),
    '/no-such-page',
  ];
}

/** Splits a list into `count` batches of nearly equal size (one test per batch keeps runs fast). */
export function batches<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}
