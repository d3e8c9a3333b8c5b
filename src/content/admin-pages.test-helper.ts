/**
 * The admin fix pages as each URL shows them, and a small table format for facts about them:
 *
 *   fact('every Set-DistributionGroup command carries -BypassSecurityGroupManagerCheck', {
 *     when: { platform: ['exchange-online', 'exchange-server', 'exchange-2010'] },
 *     check: (page) => { for (const command of page.commands('Set-DistributionGroup')) … },
 *   })
 *
 * A fact is evaluated once per URL that ends on a matching page (so once per platform, recipient
 * type, method and tool), on the body as that URL shows it: partials included, `:::only` blocks
 * resolved. A fact content does not meet yet is `pending` (with who is fixing it): it is listed,
 * skipped, and its check is ready to switch on.
 */
import { describe, expect, it } from 'vitest';
import { buildContent } from './build/build-content.ts';
import { readContentDir } from './build/read-content-dir.ts';
import { textOf } from './build/split-fix-body.ts';
import { enumeratePositions } from './enumerate-positions.ts';
import type { AnswerCondition, Answers, DocNode, FixBody, FixSummary } from './model.ts';
import { fixBodyForAnswers } from './only-blocks.ts';
import { parsePowerShell, type ParsedCommand } from './reference/powershell-commands.ts';
import { matchesCondition } from './tree-logic.ts';

const result = buildContent(readContentDir(process.cwd()));
if (!result.bundle)
  throw new Error(result.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
export const content = result.bundle;

function powerShellIn(nodes: readonly DocNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    if (node.type === 'command') return node.language === 'powershell' ? [node.template] : [];
    if (node.type === 'text') return [];
    return powerShellIn(node.children);
  });
}

/** One URL's fix page: its answers and what it shows. */
export class AdminPage {
  readonly recipient: string;
  readonly platform: string;
  readonly method: string;
  readonly surface: string;

  constructor(
    readonly path: string,
    readonly fix: FixSummary,
    readonly answers: Answers,
    readonly body: FixBody,
  ) {
    this.recipient = answers.recipient ?? '';
    this.platform = answers.platform ?? '';
    this.method = answers.method ?? '';
    this.surface = answers.surface ?? '';
  }

  section(id: string) {
    return this.body.sections.find((candidate) => candidate.id === id);
  }

  /** The nodes of one section ("steps", "verify", "undo" …), or of the whole page. */
  nodes(sectionId?: string): DocNode[] {
    if (sectionId) return this.section(sectionId)?.blocks ?? [];
    return [...this.body.intro, ...this.body.sections.flatMap((section) => section.blocks)];
  }

  /** The PowerShell blocks' text, joined. */
  powerShell(sectionId?: string): string {
    return powerShellIn(this.nodes(sectionId)).join('\n');
  }

  /** Every PowerShell command (each element of each pipeline), optionally only one cmdlet's. */
  commands(name?: string, sectionId?: string): ParsedCommand[] {
    const all = powerShellIn(this.nodes(sectionId)).flatMap(parsePowerShell);
    return name ? all.filter((command) => command.name === name) : all;
  }

  /** The numbered steps' blocks, in order. */
  steps(): readonly { number: number; blocks: DocNode[] }[] {
    return this.section('steps')?.steps ?? [];
  }

  stepsText(): string {
    return this.steps()
      .map((step) => textOf(step.blocks))
      .join('\n')
      .replace(/\s+/g, ' ');
  }

  introText(): string {
    return textOf(this.body.intro);
  }
}

/** Every URL of the tree that ends on an admin fix page, with the page as it shows there. */
export const adminPages: AdminPage[] = enumeratePositions(content).flatMap((position) => {
  const fix = content.fixes.find((candidate) => candidate.id === position.id);
  const body = content.bodies[position.id];
  if (position.kind !== 'fix' || position.answers.role !== 'admin' || !fix || !body) return [];
  return [
    new AdminPage(position.path, fix, position.answers, fixBodyForAnswers(body, position.answers)),
  ];
});

export interface Fact {
  /** What is true of every page it covers, as a sentence. */
  title: string;
  /** The pages it covers: answers (as in `appliesTo`), and an optional further test. */
  when?: AnswerCondition;
  also?: (page: AdminPage) => boolean;
  /** Fails (with `expect`) when the page does not meet the fact. */
  check: (page: AdminPage) => void;
  /** Content does not meet this yet: who is fixing it. The fact is listed and skipped. */
  pending?: string;
}

export function fact(title: string, rest: Omit<Fact, 'title'>): Fact {
  return { title, ...rest };
}

export function pagesOf(item: Fact): AdminPage[] {
  return adminPages.filter(
    (page) => matchesCondition(item.when ?? {}, page.answers) && (item.also?.(page) ?? true),
  );
}

/** One test per page a fact covers; a pending fact is one skipped test naming who fixes it. */
export function checkFacts(facts: readonly Fact[]): void {
  for (const item of facts) {
    if (item.pending) {
      it.skip(`${item.title} (pending: ${item.pending})`, () => {
        for (const page of pagesOf(item)) item.check(page);
      });
      continue;
    }
    describe(item.title, () => {
      const pages = pagesOf(item);
      it('covers at least one page', () => expect(pages.length).toBeGreaterThan(0));
      it.each(pages.map((page) => [page.path, page] as const))('%s', (_path, page) =>
        item.check(page),
      );
    });
  }
}
