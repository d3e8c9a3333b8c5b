import type { DocNode, FixBody, FixSummary } from '../model.ts';
import { STEPS_SECTION_ID, textOf } from './split-fix-body.ts';
import type { ContentProblem } from './content-problem.ts';
import { roleSlugs } from '../../lib/paths.ts';

/** The `surface` answers of the admin consoles (the GUI tools, as opposed to `powershell`). */
export const CONSOLE_SURFACES: readonly string[] = ['new-eac', 'classic-eac', 'eac', 'emc'];

/**
 * The words that say plainly that a step of a console page is done in PowerShell, such as
 * "This step needs the Exchange Management Shell:" or "This part needs Exchange Online PowerShell".
 */
export const SHELL_MARKER =
  /\bneeds (?:the Exchange Management Shell|Exchange Online PowerShell)\b/;

/** Inline code that starts with a cmdlet name (`Verb-Noun`) is a command too. */
const INLINE_CMDLET = /^[A-Z][a-z]+-[A-Z][A-Za-z]+(?:\s|$)/;

/** A console page: an admin page whose every `surface` answer is a console. */
function isConsolePage(summary: FixSummary): boolean {
  const surfaces = summary.appliesTo.surface;
  return (
    (summary.appliesTo.role?.includes(roleSlugs.admin) ?? false) &&
    surfaces !== undefined &&
    surfaces.length > 0 &&
    surfaces.every((surface) => CONSOLE_SURFACES.includes(surface))
  );
}

/**
 * The commands of one step, in reading order, that no earlier text of the same step announces
 * with SHELL_MARKER. Each is given by its first line, for the message.
 */
export function unannouncedCommands(blocks: readonly DocNode[]): string[] {
  const found: string[] = [];
  // The step's text so far: a marker split by formatting ("needs the **Shell**") still counts.
  let text = '';
  const announced = () => SHELL_MARKER.test(text);
  const visit = (nodes: readonly DocNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        text += node.value;
      } else if (node.type === 'command') {
        if (node.language === 'powershell' && !announced()) found.push(firstLine(node.template));
        text += ' ';
      } else if (node.type === 'element' && node.tag === 'code') {
        const code = textOf(node.children);
        if (INLINE_CMDLET.test(code) && !announced()) found.push(firstLine(code));
        text += code;
      } else {
        visit(node.children);
        text += ' ';
      }
    }
  };
  visit(blocks);
  return found;
}

function firstLine(template: string): string {
  const line = template.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/**
 * On a console page, every PowerShell command in a numbered step (a code block, or inline code
 * that starts with a cmdlet) must come after words in the same step that say it needs the Shell:
 * a console page either gives the console's clicks or says plainly that the step is done in
 * PowerShell. Checked on each variant the page shows, so a marker for one platform doesn't
 * excuse a command shown on another.
 */
export function checkConsoleShell(
  bodies: Readonly<Record<string, FixBody>>,
  fixFiles: Readonly<Record<string, string>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [id, body] of Object.entries(bodies)) {
    if (!isConsolePage(body.summary)) continue;
    const shown = body.variants ? Object.values(body.variants) : [body];
    const messages = new Set<string>();
    for (const variant of shown) {
      const steps = variant.sections.find((section) => section.id === STEPS_SECTION_ID)?.steps;
      for (const step of steps ?? []) {
        for (const command of unannouncedCommands(step.blocks)) {
          messages.add(
            `step ${step.number} of this console page shows the PowerShell command "${command}" without saying that the step needs the Shell: give the console's clicks, or write "This step needs the Exchange Management Shell" (or "… needs Exchange Online PowerShell") before the command`,
          );
        }
      }
    }
    const file = fixFiles[id] ?? id;
    for (const message of messages) problems.push({ file, field: 'body', message });
  }
  return problems;
}
