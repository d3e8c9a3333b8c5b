import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { renderPlainCommand, type CommandRenderer } from '../../components/doc/doc-content';
import type { CommandNode } from '../../content/doc-commands';
import type * as CommandBuilder from '../../features/command-builder';
import { lazyOnce } from '../../lib/lazy-once';

/**
 * The command builder, loaded on demand: it is only needed on pages with commands, and keeping it
 * out of the entry chunk keeps every first load within budget. On a fix page the page's own
 * Suspense boundary (which already waits for the page's body) covers these pieces.
 */
const builder = lazyOnce(() => import('../../features/command-builder'));

/**
 * Starts loading the builder ahead of need, so it arrives alongside the fix body. Safe during
 * render: it touches no DOM or storage, and the module loads once however often it is called.
 */
export function preloadCommandBuilder(): void {
  void builder.load().catch(() => undefined);
}

/**
 * A lazy piece of the builder. If its chunk cannot load (offline, a deployment replaced it),
 * the page still works: `fallback` renders instead of an error. If the chunk is already here
 * (prefetched by the question before, decision 0027), the piece is handed to React.lazy through a
 * thenable that settles at once: React then renders it without suspending, and the fix page shows
 * its steps instead of "Loading the steps…" (even a microtask's wait would show the fallback).
 */
function lazyPart<Props>(
  pick: (module: typeof CommandBuilder) => ComponentType<Props>,
  fallback: ComponentType<Props>,
) {
  return lazy(() => {
    const loaded = builder.peek();
    type Settled = { default: ComponentType<Props> };
    if (loaded)
      return {
        then: (resolve: (value: Settled) => void) => resolve({ default: pick(loaded) }),
      } as Promise<Settled>;
    return builder.load().then(
      (module) => ({ default: pick(module) }),
      () => ({ default: fallback }),
    );
  });
}

function PlainCommand({ command }: { command: CommandNode }) {
  return renderPlainCommand(command, 'command');
}

function BuilderUnavailable() {
  return (
    <p className="rounded-lg border border-amber-500 bg-amber-50 p-4 dark:bg-amber-950">
      The command builder could not be loaded, so the commands below show their placeholders as
      written. Reload the page to try again.
    </p>
  );
}

const LazyCommandBlock = lazyPart((module) => module.CommandBlock, PlainCommand);
export const LazyFixCommandTools = lazyPart((module) => module.FixCommandTools, BuilderUnavailable);
export const LazyPrintedValues = lazyPart(
  (module) => module.PrintedValues,
  () => null,
);
export const LazyCommandInputsFor = lazyPart(
  (module) => module.CommandInputsFor,
  () => null,
);

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
