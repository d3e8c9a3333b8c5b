import { lazy, Suspense, type ReactNode } from 'react';
import type { CommandRenderer } from '../../components/doc/DocContent';
import { renderPlainCommand } from '../../components/doc/DocContent';

/**
 * The command builder, loaded on demand: it is only needed on pages with commands, and keeping it
 * out of the entry chunk keeps every first load within budget. The fix page's own Suspense
 * boundary (which already waits for the page's body) covers these there.
 */
const loadCommandBuilder = () => import('../../features/command-builder');

/** Starts loading the builder ahead of need, so it arrives alongside the fix body. */
export function preloadCommandBuilder(): void {
  void loadCommandBuilder();
}

export const LazyCommandBlock = lazy(async () => ({
  default: (await loadCommandBuilder()).CommandBlock,
}));
export const LazyFixCommandTools = lazy(async () => ({
  default: (await loadCommandBuilder()).FixCommandTools,
}));
export const LazyCommandInputsFor = lazy(async () => ({
  default: (await loadCommandBuilder()).CommandInputsFor,
}));

/** A `renderCommand` for content inside a Suspense boundary that already waits (the fix page). */
export const renderCommandBlock: CommandRenderer = (command, key) => (
  <LazyCommandBlock key={key} command={command} />
);

/** A `renderCommand` with its own boundary: the command as written until the builder arrives. */
export const renderCommandBlockStandalone: CommandRenderer = (command, key) => (
  <Suspense key={key} fallback={renderPlainCommand(command, key)}>
    <LazyCommandBlock command={command} />
  </Suspense>
);

/** Suspense for standalone builder pieces, showing nothing until they arrive. */
export function CommandBuilderBoundary({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
