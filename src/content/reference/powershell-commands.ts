/**
 * Finds the commands in a PowerShell block of content and the parameters each is given, so a
 * test can check them against Microsoft's reference. It understands what content writes:
 * pipelines (`|`), `;` and new lines, line continuations (a backtick, or a line ending in `|`),
 * `$var = …` assignments, `(Get-X …).Property`, script blocks (`Where-Object { … }`), hash tables
 * (`@{Add=…}`), strings and comments, and `{{placeholder}}` templates. In expression mode (a
 * statement that starts with a variable, a value or a bracket) `-eq` and the like are operators,
 * not parameters. OPATH filters written as script blocks (`-RecipientFilter {…}`) are not parsed.
 */

export interface ParsedParameter {
  /** As written, without the dash: "AccessRights". */
  name: string;
}

export interface ParsedCommand {
  /** The command name as written: "Set-DistributionGroup", "repadmin". */
  name: string;
  parameters: ParsedParameter[];
  /** The command's own text (one element of a pipeline), for messages. */
  text: string;
}

type TokenKind = 'word' | 'param' | 'var' | 'string' | 'newline' | 'pipe' | 'semi' | 'equals';
interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}
type GroupKind = 'root' | 'paren' | 'sub' | 'block' | 'hash' | 'array' | 'index';
interface Group {
  kind: GroupKind;
  items: Item[];
  start: number;
  end: number;
}
type Item = Token | Group;

const OPENERS: [string, GroupKind][] = [
  ['@{', 'hash'],
  ['@(', 'array'],
  ['$(', 'sub'],
  ['(', 'paren'],
  ['{', 'block'],
  ['[', 'index'],
];
const CLOSER: Record<GroupKind, string> = {
  root: '',
  paren: ')',
  sub: ')',
  array: ')',
  block: '}',
  hash: '}',
  index: ']',
};
const WORD_END = /[\s|;(){}[\],=`'"]/;
const KEYWORDS = new Set(
  'if elseif else foreach for while do until switch try catch finally function param return throw break continue begin process end trap'.split(
    ' ',
  ),
);

function isGroup(item: Item | undefined): item is Group {
  return item !== undefined && 'items' in item;
}

/** The end of a quoted string starting at `start` (PowerShell doubles a quote to escape it). */
function stringEnd(source: string, start: number): number {
  const quote = source[start];
  let index = start + 1;
  while (index < source.length) {
    const char = source[index];
    if (quote === '"' && char === '`') index += 2;
    else if (char === quote && source[index + 1] === quote) index += 2;
    else if (char === quote) return index + 1;
    else index += 1;
  }
  return source.length;
}

/** The length of what starts at `index` and is skipped: a comment, a line continuation, spaces. */
function skippable(source: string, index: number): number {
  const rest = source.slice(index);
  const match = /^(?:[ \t\r]+|`\r?\n|<#[\s\S]*?(?:#>|$)|#[^\n]*)/.exec(rest);
  return match ? match[0].length : 0;
}

function readToken(source: string, index: number): Token {
  const char = source[index] ?? '';
  const token = (kind: TokenKind, end: number): Token => ({
    kind,
    text: source.slice(index, end),
    start: index,
    end,
  });
  if (char === '\n') return token('newline', index + 1);
  if (char === '|') return token('pipe', index + 1);
  if (char === ';') return token('semi', index + 1);
  if (char === '=' || char === ',') return token(char === '=' ? 'equals' : 'word', index + 1);
  if (char === "'" || char === '"') return token('string', stringEnd(source, index));
  if (source.startsWith('{{', index)) {
    const close = source.indexOf('}}', index);
    return token('word', close < 0 ? source.length : close + 2);
  }
  let end = index + 1;
  while (end < source.length && !WORD_END.test(source[end] ?? '')) end += 1;
  if (char === '$') return token('var', end);
  if (char === '-' && /[A-Za-z]/.test(source[index + 1] ?? '')) {
    // "-Confirm:$false": the parameter ends at the colon.
    const colon = source.slice(index, end).indexOf(':');
    return token('param', colon > 0 ? index + colon : end);
  }
  return token('word', end);
}

/** Reads `source` into tokens nested in their brackets. */
function readGroups(source: string): Group {
  const root: Group = { kind: 'root', items: [], start: 0, end: source.length };
  const stack: Group[] = [root];
  let index = 0;
  while (index < source.length) {
    const skip = skippable(source, index);
    if (skip > 0) {
      index += skip;
      continue;
    }
    const current = stack.at(-1) ?? root;
    const opener = source.startsWith('{{', index)
      ? undefined
      : OPENERS.find(([text]) => source.startsWith(text, index));
    if (opener) {
      const group: Group = { kind: opener[1], items: [], start: index, end: source.length };
      current.items.push(group);
      stack.push(group);
      index += opener[0].length;
      continue;
    }
    if (current.kind !== 'root' && source[index] === CLOSER[current.kind]) {
      current.end = index + 1;
      stack.pop();
      index += 1;
      continue;
    }
    const token = readToken(source, index);
    current.items.push(token);
    index = token.end;
  }
  return root;
}

function isBreak(item: Item, kinds: readonly TokenKind[]): boolean {
  return !isGroup(item) && kinds.includes(item.kind);
}

/** Splits items at tokens of these kinds (a pipe at the end of a line continues it). */
function splitAt(items: readonly Item[], kinds: readonly TokenKind[]): Item[][] {
  const parts: Item[][] = [[]];
  items.forEach((item, index) => {
    const previous = items[index - 1];
    const continued =
      !isGroup(item) && item.kind === 'newline' && previous && isBreak(previous, ['pipe']);
    if (isBreak(item, kinds) && !continued) parts.push([]);
    else if (!(!isGroup(item) && item.kind === 'newline')) parts.at(-1)?.push(item);
  });
  return parts.filter((part) => part.length > 0);
}

function commandsInGroup(group: Group, source: string, out: ParsedCommand[]): void {
  if (group.kind === 'index') return;
  for (const statement of splitAt(group.items, ['newline', 'semi'])) {
    if (group.kind === 'hash') {
      // key = value: only the value can hold commands.
      const equals = statement.findIndex((item) => isBreak(item, ['equals']));
      commandsInStatement(statement.slice(equals + 1), source, out);
    } else {
      commandsInStatement(statement, source, out);
    }
  }
}

function commandsInStatement(items: readonly Item[], source: string, out: ParsedCommand[]): void {
  // "$list = …", "[string[]]$list = …": what follows the = is the pipeline.
  const equals = items.findIndex((item) => isBreak(item, ['equals']));
  const first = items[0];
  const assigns =
    equals > 0 && items.slice(0, equals).every((item) => isGroup(item) || item.kind === 'var');
  const pipeline = assigns ? items.slice(equals + 1) : items;
  if (assigns && first && isGroup(first)) commandsInGroup(first, source, out);
  for (const element of splitAt(pipeline, ['pipe'])) commandsInElement(element, source, out);
}

function commandsInElement(items: readonly Item[], source: string, out: ParsedCommand[]): void {
  const [first] = items;
  const isCommand =
    first !== undefined &&
    !isGroup(first) &&
    first.kind === 'word' &&
    /^[A-Za-z]/.test(first.text) &&
    !KEYWORDS.has(first.text.toLowerCase());
  if (isCommand) {
    const last = items.at(-1) ?? first;
    out.push({
      name: first.text,
      parameters: items
        .filter((item): item is Token => !isGroup(item) && item.kind === 'param')
        .map((item) => ({ name: item.text.slice(1) })),
      text: source.slice(first.start, isGroup(last) ? last.end : last.end),
    });
  }
  items.forEach((item, index) => {
    if (!isGroup(item)) return;
    const previous = items[index - 1];
    const isFilter =
      item.kind === 'block' &&
      previous !== undefined &&
      !isGroup(previous) &&
      previous.kind === 'param' &&
      /filter$/i.test(previous.text);
    if (!isFilter) commandsInGroup(item, source, out);
  });
}

/** Every command in a PowerShell block, in order, nested ones after the command that holds them. */
export function parsePowerShell(source: string): ParsedCommand[] {
  const out: ParsedCommand[] = [];
  commandsInGroup(readGroups(source), source, out);
  return out;
}
