import type { Position } from '../../content/resolve-position';

/** One kind of wizard position, as `resolvePosition` returns it. */
export type PositionOf<Kind extends Position['kind']> = Extract<Position, { kind: Kind }>;
