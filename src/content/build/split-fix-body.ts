import type { DocNode, FixBody, FixSection, FixStep, FixSummary } from '../model.ts';

/** The section whose top-level ordered lists are the page's numbered steps. */
export const STEPS_SECTION_ID = 'steps';

export function textOf(nodes: readonly DocNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'command') return node.template;
      return textOf(node.children);
    })
    .join('');
}

export function sectionIdFor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Splits a compiled fix page at its `##` headings: what comes first is the intro, each heading
 * starts a section, and the list items of the "Steps" section become numbered steps with anchors.
 */
export function splitFixBody(
  summary: FixSummary,
  nodes: readonly DocNode[],
  report: (message: string) => void,
): FixBody {
  const intro: DocNode[] = [];
  const sections: FixSection[] = [];
  for (const node of nodes) {
    if (node.type === 'element' && node.tag === 'h2') {
      const title = textOf(node.children).trim();
      sections.push({ id: sectionIdFor(title), title, blocks: [] });
      continue;
    }
    const current = sections.at(-1);
    (current ? current.blocks : intro).push(node);
  }

  for (const node of nodes) checkNoConditionalHeading(node, report);
  for (const section of sections) {
    if (section.id !== STEPS_SECTION_ID) continue;
    for (const block of section.blocks) checkNoConditionalSteps(block, report);
  }

  const seen = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.id)) report(`two sections are called "${section.title}"`);
    seen.add(section.id);
  }

  const stepsSection = sections.find((section) => section.id === STEPS_SECTION_ID);
  if (stepsSection) {
    const steps: FixStep[] = [];
    for (const block of stepsSection.blocks) {
      if (block.type !== 'element' || block.tag !== 'ol') continue;
      for (const item of block.children) {
        if (item.type !== 'element' || item.tag !== 'li') continue;
        const number = steps.length + 1;
        steps.push({ number, anchor: `step-${number}`, blocks: item.children });
      }
    }
    if (steps.length === 0) report('the "Steps" section has no numbered list');
    stepsSection.steps = steps;
  }
  return { id: summary.id, summary, intro, sections };
}

/** The `only` blocks at the top of `node` (itself, or nested directly in one another). */
function topOnlyChildren(node: DocNode): DocNode[] {
  if (node.type !== 'only') return [];
  return node.children.flatMap((child) =>
    child.type === 'only' ? topOnlyChildren(child) : [child],
  );
}

/** Sections are the same on every platform: a `##` heading may not be conditional. */
function checkNoConditionalHeading(node: DocNode, report: (message: string) => void) {
  if (topOnlyChildren(node).some((child) => child.type === 'element' && child.tag === 'h2')) {
    report('a ## heading inside an :::only block: sections must be the same for every answer');
  }
}

/**
 * Step numbers and #step-N anchors are the same on every platform, so a whole numbered step may
 * not be conditional: the condition goes inside the step.
 */
function checkNoConditionalSteps(block: DocNode, report: (message: string) => void) {
  if (topOnlyChildren(block).some((child) => child.type === 'element' && child.tag === 'ol')) {
    report(
      'an :::only block in Steps holds numbered steps: step numbers must be the same for every answer, so put the :::only block inside the step (indented under its number)',
    );
  }
}
