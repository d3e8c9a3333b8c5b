/**
 * Checks one parsed PowerShell command against Microsoft's reference for one platform: the
 * cmdlet exists there, each parameter exists on it (exact names only: PowerShell accepts an
 * unambiguous prefix or an alias, content should not), applies to that platform, the parameters
 * fit one parameter set, and no pair the reference says can't be combined is combined.
 */
import type { CmdletFacts } from './cmdlet-facts.ts';
import table from './exchange-cmdlets.json' with { type: 'json' };
import { EXCHANGE_2007_CMDLETS } from './exchange-2007-cmdlets.ts';
import { COMMON_PARAMETERS, OTHER_COMMANDS } from './other-commands.ts';
import type { ParsedCommand } from './powershell-commands.ts';

const CMDLETS = table.cmdlets as unknown as Record<string, CmdletFacts>;

/** The reference's products each of our platform slugs must cover. */
export const PLATFORM_PRODUCTS: Record<string, readonly string[]> = {
  'exchange-online': ['EXO'],
  'exchange-server': ['2013', '2016', '2019', 'SE'],
  'exchange-2010': ['2010'],
};
const PRODUCT_NAMES: Record<string, string> = table.products;

export const PLATFORMS = [...Object.keys(PLATFORM_PRODUCTS), 'exchange-2007'];

function lookup<T>(record: Record<string, T>, name: string): [string, T] | undefined {
  if (Object.hasOwn(record, name)) return [name, record[name] as T];
  const key = Object.keys(record).find(
    (candidate) => candidate.toLowerCase() === name.toLowerCase(),
  );
  return key === undefined ? undefined : [key, record[key] as T];
}

/** What is missing of a platform's products ("not on Exchange Server 2013"), or undefined. */
function missingOn(on: string, platform: string): string | undefined {
  const products = new Set(on.split(' '));
  const missing = (PLATFORM_PRODUCTS[platform] ?? []).filter((product) => !products.has(product));
  if (missing.length === 0) return undefined;
  return `not on ${missing.map((product) => PRODUCT_NAMES[product] ?? product).join(', ')}`;
}

/** The reason a parameter name is not the exact name of one of `known`, or undefined if it is. */
function nameProblem(
  name: string,
  known: readonly string[],
  aliases: Record<string, string> = {},
): string | undefined {
  if (known.includes(name)) return undefined;
  const exact = known.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (exact) return `-${name} is written -${exact} in the reference`;
  const alias = lookup(aliases, name);
  if (alias) return `-${name} is an alias of -${alias[1]}: write the full name`;
  const prefixed = known.filter((candidate) =>
    candidate.toLowerCase().startsWith(name.toLowerCase()),
  );
  if (prefixed.length === 1)
    return `-${name} is an abbreviation of -${prefixed[0]}: write the full name`;
  if (prefixed.length > 1)
    return `-${name} is an ambiguous abbreviation (${prefixed.map((p) => `-${p}`).join(', ')})`;
  return `-${name} is not a parameter of this cmdlet`;
}

function exchangeProblems(
  name: string,
  facts: CmdletFacts,
  command: ParsedCommand,
  platform: string,
) {
  const problems: string[] = [];
  const cmdletMissing = missingOn(facts.on, platform);
  if (cmdletMissing) return [`${name} is ${cmdletMissing}`];
  const known = [...Object.keys(facts.parameters), ...COMMON_PARAMETERS];
  const used: string[] = [];
  for (const { name: parameter } of command.parameters) {
    const problem = nameProblem(parameter, known, facts.aliases);
    if (problem) {
      problems.push(problem);
      continue;
    }
    used.push(parameter);
    const on = facts.parameters[parameter];
    const missing = on === undefined ? undefined : missingOn(on, platform);
    if (missing) problems.push(`-${parameter} is ${missing}`);
  }
  problems.push(...combinationProblems(facts, used));
  return problems;
}

/** Parameters the reference puts in different parameter sets, or says can't be combined. */
function combinationProblems(facts: CmdletFacts, used: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [a, b] of facts.exclusive ?? []) {
    if (used.includes(a) && used.includes(b))
      problems.push(`-${a} and -${b} can't be used in the same command (Microsoft's reference)`);
  }
  const sets = Object.entries(facts.parameterSets ?? {});
  const setsOf = (parameter: string) => sets.filter(([, members]) => members.includes(parameter));
  const restricted = used.filter((parameter) => setsOf(parameter).length > 0);
  const common = sets.filter(([, members]) => restricted.every((p) => members.includes(p)));
  if (restricted.length > 1 && common.length === 0 && problems.length === 0) {
    problems.push(
      `no parameter set takes ${restricted.map((p) => `-${p}`).join(' and ')} together`,
    );
  }
  return problems;
}

function exchange2007Problems(name: string, command: ParsedCommand): string[] {
  const facts = EXCHANGE_2007_CMDLETS[name];
  if (!facts)
    return [
      `${name} is not in the Exchange 2007 table (src/content/reference/exchange-2007-cmdlets.ts): add it with its Exchange 2007 reference, or it does not exist there`,
    ];
  const problems: string[] = [];
  const used = command.parameters.map((parameter) => parameter.name);
  for (const parameter of used) {
    const absent = facts.absent?.[parameter];
    if (absent) problems.push(`-${parameter} is not on Exchange Server 2007: ${absent}`);
    else {
      const problem = nameProblem(parameter, [
        ...Object.keys(facts.parameters),
        ...COMMON_PARAMETERS,
      ]);
      if (problem) problems.push(`${problem} (in the Exchange 2007 table)`);
    }
  }
  for (const [a, b] of facts.exclusive ?? []) {
    if (used.includes(a) && used.includes(b))
      problems.push(`-${a} and -${b} are in different parameter sets`);
  }
  return problems;
}

function otherProblems(command: ParsedCommand): string[] | undefined {
  const found = lookup(OTHER_COMMANDS, command.name);
  if (!found) return undefined;
  const [name, facts] = found;
  const canonical = facts.aliasOf ? OTHER_COMMANDS[facts.aliasOf] : facts;
  const known = canonical?.parameters;
  const problems = name === command.name ? [] : [`${command.name} is written ${name}`];
  if (!known) return problems;
  for (const { name: parameter } of command.parameters) {
    const problem = nameProblem(parameter, [...known, ...COMMON_PARAMETERS]);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Every reason `command` would fail on `platform`, or none. */
export function checkCommand(command: ParsedCommand, platform: string): string[] {
  const other = otherProblems(command);
  if (other) return other;
  const found = lookup(CMDLETS, command.name) ?? lookup(EXCHANGE_2007_CMDLETS, command.name);
  if (!found)
    return [
      `${command.name} is neither in Microsoft's Exchange reference table nor in the list of other commands (src/content/reference/other-commands.ts)`,
    ];
  const [name] = found;
  const problems = name === command.name ? [] : [`${command.name} is written ${name}`];
  if (platform === 'exchange-2007') return [...problems, ...exchange2007Problems(name, command)];
  const facts = CMDLETS[name];
  if (!facts) return [...problems, `${name} is not in Microsoft's current reference`];
  return [...problems, ...exchangeProblems(name, facts, command, platform)];
}
