import type { DocNode } from './model.ts';

/** A code block of compiled content: its language and its text, a template for PowerShell. */
export type CommandNode = Extract<DocNode, { type: 'command' }>;

/**
 * The command blocks in `nodes`, in document order, however deeply nested. Like the renderer, it
 * skips `:::only` blocks that were not resolved for a position's answers (fixBodyForAnswers).
 */
export function commandsIn(nodes: readonly DocNode[]): CommandNode[] {
  return nodes.flatMap((node): CommandNode[] => {
    if (node.type === 'command') return [node];
    if (node.type === 'element') return commandsIn(node.children);
    return [];
  });
}
