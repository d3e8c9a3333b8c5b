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
