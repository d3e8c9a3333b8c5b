import { commandsIn } from '../../../content/doc-commands';
import type { DocNode, FixBody, FixSection } from '../../../content/model';

/**
 * Where the command builder goes on a fix page (decision 0022): before the steps where the
 * steps are commands (PowerShell), after them where the steps are clicks in a console.
 */
export type ToolsPlacement = 'before-steps' | 'after-steps';

/** The fix page's body in reading order: the action first, the background folded away. */
export interface FixLayout {
  /** The intro's first paragraph, shown under the summary (none where the steps lead). */
  lead: DocNode[];
  /** The rest of the intro (notes, permissions, why), in a "Before you start" disclosure. */
  background: DocNode[];
  /** The numbered steps, if the page has them. */
  steps?: FixSection;
  /** Verify, Wait, Test, Undo and any other section, after the steps. */
  after: FixSection[];
}

function isParagraph(node: DocNode | undefined): boolean {
  return node?.type === 'element' && node.tag === 'p';
}

/**
 * Splits a fix body into the parts the page shows in order (see FixLayout). Where the command
 * builder comes before the steps and the steps are commands, the summary is the only lead: the
 * whole intro folds, so the inputs and the steps start on the first screen.
 */
export function fixLayout(body: FixBody, placement: ToolsPlacement = 'before-steps'): FixLayout {
  const steps = body.sections.find((section) => section.steps !== undefined);
  const commandsFirst = placement === 'before-steps' && commandsIn(steps?.blocks ?? []).length > 0;
  const [first, ...rest] = body.intro;
  const hasLead = !commandsFirst && isParagraph(first);
  return {
    lead: hasLead && first ? [first] : [],
    background: hasLead ? rest : body.intro,
    steps,
    after: body.sections.filter((section) => section !== steps),
  };
}
