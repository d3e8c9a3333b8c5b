/**
 * Every PowerShell command in content/, checked against Microsoft's cmdlet reference
 * (src/content/reference/): for each fix page, as each platform that reaches it shows it (after
 * partials and :::only blocks), and for the "not sure?" help of the tree, every cmdlet must exist
 * on that platform, every parameter must exist on the cmdlet (its exact name) and apply to that
 * platform, and parameters Microsoft says can't be combined must not be combined.
 */
import { projectContentBuild } from './build/project-content.ts';
import { describe, expect, it } from 'vitest';
import { enumeratePositions } from './enumerate-positions.ts';
import type { DocNode } from './model.ts';
import { fixBodyForAnswers } from './only-blocks.ts';
import { checkCommand, PLATFORMS } from './reference/check-command.ts';
import { parsePowerShell } from './reference/powershell-commands.ts';

/**
 * Problems in content that its owners are fixing (issue 11). Each entry is one line of the
 * report: page, platform, command, reason. Remove an entry once its page is fixed — the test
 * fails on an entry that no longer happens, so the list only shrinks. Don't add to it: fix the
 * command instead.
 */
const KNOWN_PROBLEMS: readonly string[] = [];

const result = projectContentBuild();
if (!result.bundle) throw new Error(result.problems.map((p) => p.message).join('\n'));
const { tree, fixes, bodies, fixFiles, questionHelp } = result.bundle;

/**
 * Commands written inline in prose (`Set-TransportConfig -SmtpClientAuthenticationDisabled $false`).
 * Prose may speak of another platform ("on-premises, run …"), so these need only exist on one.
 */
function inlineCommandsIn(nodes: readonly DocNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    if (node.type !== 'element') return node.type === 'only' ? inlineCommandsIn(node.children) : [];
    if (node.tag !== 'code') return inlineCommandsIn(node.children);
    const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    return /^[A-Z][a-z]+-[A-Za-z0-9]+(?:\s|$)/.test(text) ? [text] : [];
  });
}

function powerShellIn(nodes: readonly DocNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    if (node.type === 'command') return node.language === 'powershell' ? [node.template] : [];
    if (node.type === 'text') return [];
    return powerShellIn(node.children);
  });
}

/**
 * "page [platform] command: reason" for every problem of these commands. With several platforms
 * (a help text, prose), a command must work on one of them: if none, the first one's reasons.
 */
function problemsOf(where: string, blocks: readonly string[], platforms: readonly string[]) {
  const lines: string[] = [];
  for (const command of blocks.flatMap(parsePowerShell)) {
    const byPlatform = platforms.map((platform) => checkCommand(command, platform));
    if (byPlatform.some((reasons) => reasons.length === 0)) continue;
    const label = platforms.length > 1 ? `${platforms[0]} or any other` : platforms[0];
    for (const reason of byPlatform[0] ?? [])
      lines.push(`${where} [${label}] ${command.text}: ${reason}`);
  }
  return lines;
}

function contentProblems(): string[] {
  const lines = new Set<string>();
  const positions = enumeratePositions({ tree, fixes });
  for (const position of positions) {
    if (position.kind !== 'fix') continue;
    const body = bodies[position.id];
    if (!body) continue;
    const shown = fixBodyForAnswers(body, position.answers);
    const blocks = powerShellIn([...shown.intro, ...shown.sections.flatMap((s) => s.blocks)]);
    const platform = position.answers.platform;
    const file = fixFiles[position.id] ?? position.id;
    for (const line of problemsOf(file, blocks, platform ? [platform] : PLATFORMS)) lines.add(line);
    const inline = inlineCommandsIn([...shown.intro, ...shown.sections.flatMap((s) => s.blocks)]);
    const ordered = [...PLATFORMS].sort((a, b) => Number(b === platform) - Number(a === platform));
    for (const line of problemsOf(`${file} (inline)`, inline, ordered)) lines.add(line);
  }
  for (const [id, help] of Object.entries(questionHelp)) {
    const platforms = new Set(
      positions.filter((p) => p.kind === 'question' && p.id === id).map((p) => p.answers.platform),
    );
    const list = platforms.has(undefined)
      ? PLATFORMS
      : [...platforms].filter((p) => p !== undefined);
    for (const line of problemsOf(
      `content/tree.yaml questions.${id}.help`,
      powerShellIn(help),
      list,
    ))
      lines.add(line);
  }
  return [...lines].sort();
}

describe('the PowerShell commands in content', () => {
  const found = contentProblems();

  it('exist on the platform of each page, with parameters that exist and may be combined', () => {
    const unexpected = found.filter((line) => !KNOWN_PROBLEMS.includes(line));
    expect(unexpected, `\n${unexpected.join('\n')}\n`).toEqual([]);
  });

  it('keep no known problem that content no longer has', () => {
    const gone = KNOWN_PROBLEMS.filter((line) => !found.includes(line));
    expect(gone, 'remove these from KNOWN_PROBLEMS').toEqual([]);
  });

  it('are all read: every fix page with PowerShell yields commands', () => {
    const pages = fixes.filter(
      (fix) => powerShellIn(bodies[fix.id]?.sections.flatMap((s) => s.blocks) ?? []).length > 0,
    );
    expect(pages.length).toBeGreaterThan(30);
  });
});
