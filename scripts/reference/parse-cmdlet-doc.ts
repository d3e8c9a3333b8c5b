/**
 * Reads the facts out of one page of Microsoft's Exchange cmdlet reference
 * (MicrosoftDocs/office-docs-powershell, exchange/exchange-ps/ExchangePowerShell/<Cmdlet>.md):
 * which products the cmdlet and each parameter apply to, parameter sets, aliases, and the
 * parameters the page says cannot be used in the same command. Only names and facts, no prose.
 */

import type { CmdletFacts } from '../../src/content/reference/cmdlet-facts.ts';

/** Product names in "Applicable:" lines → the short codes the table uses. */
const PRODUCT_CODES: Record<string, string> = {
  'Exchange Server 2010': '2010',
  'Exchange Server 2013': '2013',
  'Exchange Server 2016': '2016',
  'Exchange Server 2019': '2019',
  'Exchange Server SE': 'SE',
  'Exchange Online': 'EXO',
  'Exchange Online Protection': 'EOP',
  'Security & Compliance': 'SCC',
  'Built-in security add-on for on-premises mailboxes': 'ADDON',
  // A typo in one page (Set-MailUser) for "Exchange Server SE, Exchange Online Protection".
  'Exchange Server SE Online Protection': 'SE EOP',
};

export function productCodes(list: string, unknown: (name: string) => void): string {
  // A few pages repeat the label ("Applicable: Applicable: Exchange Server 2019, …").
  return list
    .replace(/^(?:Applicable:\s*)+/, '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => {
      const code = PRODUCT_CODES[name];
      if (!code) unknown(name);
      return code ?? name.replace(/\s+/g, '_');
    })
    .join(' ');
}

interface ParameterSection {
  name: string;
  on: string;
  sets: string[];
  aliases: string[];
  text: string;
}

function parameterSections(markdown: string, unknown: (name: string) => void): ParameterSection[] {
  const start = markdown.indexOf('\n## PARAMETERS');
  if (start < 0) return [];
  const end = markdown.indexOf('\n## ', start + 1);
  const body = markdown.slice(start, end < 0 ? undefined : end);
  return body
    .split(/\n### -/)
    .slice(1)
    .map((chunk) => {
      const name = (chunk.split('\n', 1)[0] ?? '').trim();
      const applicable = /^> Applicable: (.*)$/m.exec(chunk)?.[1] ?? '';
      const sets = [...chunk.matchAll(/^Parameter Sets: (.*)$/gm)].flatMap((match) =>
        (match[1] ?? '').split(',').map((set) => set.trim()),
      );
      const aliases = [...chunk.matchAll(/^Aliases: (.*)$/gm)].flatMap((match) =>
        (match[1] ?? '')
          .split(',')
          .map((alias) => alias.trim())
          .filter((alias) => alias !== ''),
      );
      return { name, on: productCodes(applicable, unknown), sets, aliases, text: chunk };
    })
    .filter((section) => /^[A-Za-z][A-Za-z0-9]*$/.test(section.name));
}

/** "you can't use …" / "this parameter can't be used with …": what follows names the others. */
const CANNOT_USE = /\b(?:can't|cannot|can not) (?:use|be used with)\b/i;

/**
 * The pairs a section's prose rules out: in a sentence about this parameter ("this parameter",
 * "this switch" or its name) that says it can't be used with others, each parameter named after
 * "can't use" is paired with it — "you can't use the A and B parameters in the same command",
 * "you can't use this switch with the C parameter".
 */
function exclusivePairs(section: ParameterSection, names: ReadonlySet<string>): [string, string][] {
  const prose = section.text.replace(/```[\s\S]*?```/g, ' ').replace(/\s+/g, ' ');
  const pairs: [string, string][] = [];
  for (const sentence of prose.split(/(?<=\.) /)) {
    const match = CANNOT_USE.exec(sentence);
    if (!match) continue;
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + match[0].length);
    const mentions = (text: string, name: string) => new RegExp(`\\b${name}\\b`).test(text);
    const aboutThis =
      /\bthis (?:parameter|switch)\b/i.test(sentence) || mentions(sentence, section.name);
    // "If you use the X switch, you can't use …" is about X, not about this section's parameter.
    const subject = /\b(?:if|when) you (?:use|specify) the (\w+) (?:switch|parameter)/i.exec(
      before,
    );
    const aboutOther = subject?.[1] !== undefined && subject[1] !== section.name;
    if (!aboutThis || aboutOther) continue;
    for (const name of names) {
      if (name !== section.name && mentions(after, name)) pairs.push([section.name, name]);
    }
  }
  return pairs;
}

/** Parameter set → parameters only in it, when the cmdlet has more than one set. */
function setsOf(sections: readonly ParameterSection[]): Record<string, string[]> | undefined {
  const sets: Record<string, string[]> = {};
  for (const section of sections) {
    for (const set of section.sets) {
      if (set === '(All)' || set === '') continue;
      (sets[set] ??= []).push(section.name);
    }
  }
  return Object.keys(sets).length > 1 ? sets : undefined;
}

function dedupePairs(pairs: readonly [string, string][]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const [a, b] of pairs) {
    const pair: [string, string] = a < b ? [a, b] : [b, a];
    seen.set(pair.join(' '), pair);
  }
  return [...seen.values()].sort((x, y) => x.join(' ').localeCompare(y.join(' ')));
}

export function parseCmdletDoc(
  markdown: string,
  unknownProduct: (name: string) => void = () => undefined,
): CmdletFacts {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? '';
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(frontMatter)?.[1]?.trim() ?? '';
  const sections = parameterSections(markdown, unknownProduct);
  const names = new Set(sections.map((section) => section.name));
  const facts: CmdletFacts = {
    url: field('online version'),
    on: productCodes(field('applicable'), unknownProduct),
    parameters: Object.fromEntries(sections.map((section) => [section.name, section.on])),
  };
  const parameterSets = setsOf(sections);
  if (parameterSets) facts.parameterSets = parameterSets;
  const aliases = sections.flatMap((section) =>
    section.aliases.map((alias) => [alias, section.name] as const),
  );
  if (aliases.length > 0) facts.aliases = Object.fromEntries(aliases);
  const exclusive = dedupePairs(sections.flatMap((section) => exclusivePairs(section, names)));
  if (exclusive.length > 0) facts.exclusive = exclusive;
  return facts;
}
