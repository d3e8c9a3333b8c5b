/**
 * The words of an NDR's layout, compiled from the catalogue's `reportLanguages` into the few
 * expressions the scanner runs: field labels ("Generating server:" in every language, plus the
 * delivery-status fields), the sentences above the refused recipients, "Your message to …",
 * "… gave this error", section headings and report subjects. Compiled once per catalogue.
 *
 * Every phrase is matched literally (escaped), case-insensitively; labels only at the start of
 * a line, so the cost stays linear.
 */
import type { CodeCatalogue } from '../../../content/codes-schema';
import {
  ADDRESS_SOURCE,
  DOTTED_HOST_SOURCE,
  LABEL_SPACE,
  PROTOCOL_FIELDS,
  escapeRegExp,
} from './bounce-patterns';

type ReportLanguage = NonNullable<CodeCatalogue['reportLanguages']>[number];
type LabelKey = keyof ReportLanguage['labels'];

/** What a field label means to the scanner. */
export type FieldKind =
  | (typeof PROTOCOL_FIELDS)[number]
  | 'generating-server'
  | 'dsn-generated-by'
  | 'remote-server'
  | 'recipient-address';

const LABEL_KINDS: Record<LabelKey, FieldKind> = {
  generatingServer: 'generating-server',
  dsnGeneratedBy: 'dsn-generated-by',
  remoteServer: 'remote-server',
  recipientAddress: 'recipient-address',
};

export type HeadingKind = 'diagnostics' | 'original-headers';

export interface FieldMatch {
  kind: FieldKind;
  /** Where the value starts on the line. */
  valueStart: number;
  /** The language whose label this is (none for protocol fields). */
  language?: string;
}

export interface ReportVocabulary {
  /** The field a line opens with, if any. */
  field: (line: string) => FieldMatch | undefined;
  /** The language of a sentence that introduces the refused recipients, if the line has one. */
  recipientIntro: (line: string) => string | undefined;
  /** "Your message to {address}": where the address may start (prefix forms). */
  yourMessageTo: RegExp | undefined;
  /** "{address} へのメッセージ" (suffix forms): group 1 is the address. */
  addressBeforeMessage: RegExp | undefined;
  /** "{host} gave this error": group 1 is the host. */
  hostGaveError: Pick<RegExp, 'exec'> | undefined;
  /** A heading alone on its line: which section starts, and in which language. */
  heading: (line: string) => { kind: HeadingKind; language: string } | undefined;
  /** The language of a report subject ("Unzustellbar: …"), if the line is one. */
  subject: (line: string) => string | undefined;
  /** Languages in catalogue order, with their names. */
  languages: ReadonlyMap<string, string>;
}

/** Longest line a subject is looked for on. */
const MAX_SUBJECT_LINE = 1000;

const cache = new WeakMap<CodeCatalogue, ReportVocabulary>();

/** The vocabulary of a catalogue, compiled once. */
export function reportVocabulary(catalogue: CodeCatalogue): ReportVocabulary {
  let vocabulary = cache.get(catalogue);
  if (!vocabulary) {
    vocabulary = compile(catalogue.reportLanguages ?? []);
    cache.set(catalogue, vocabulary);
  }
  return vocabulary;
}

/** An alternation of phrases, longest first, or undefined when there are none. */
function alternation(phrases: readonly string[]): string | undefined {
  const unique = [...new Set(phrases.map((phrase) => phrase.trim()).filter(Boolean))];
  if (unique.length === 0) return undefined;
  return unique
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Lower case, no space around, no trailing colon: how headings and labels are compared. */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/[ \t\u00a0\u202f]*[:：]$/, '')
    .trim()
    .toLowerCase();
}

/** Longest text before a label's colon that is looked up (labels are short). */
const MAX_LABEL_CHARS = 60;
/**
 * Where the first colon (ASCII, or the full-width one Japanese text uses) is, if it comes before
 * `limit`. Two native searches: far cheaper than a loop over a megabyte's lines.
 */
function colonWithin(line: string, limit: number): number {
  const ascii = line.indexOf(':');
  const wide = line.indexOf('\uff1a');
  const first = ascii === -1 ? wide : wide === -1 ? ascii : Math.min(ascii, wide);
  return first < limit ? first : -1;
}
const ONE_LABEL_SPACE = new RegExp(`^${LABEL_SPACE}$`);
/** Space that may stand around a label. Runs on a character or two a line: a test is cheap. */
function isLabelSpace(char: string | undefined): boolean {
  return char !== undefined && ONE_LABEL_SPACE.test(char);
}
/** What may open a quoted line before its label: space and `>`. */
function isQuoteLead(code: number): boolean {
  return code === 32 || code === 9 || code === 62;
}

/**
 * Fields are found without a regular expression over every label: the text before the line's
 * first colon is looked up in a table of every language's labels (and the protocol fields).
 */
function compileFields(languages: readonly ReportLanguage[]): ReportVocabulary['field'] {
  const byLabel = new Map<string, { kind: FieldKind; language?: string }>();
  for (const name of PROTOCOL_FIELDS) byLabel.set(name, { kind: name });
  for (const entry of languages) {
    for (const key of Object.keys(LABEL_KINDS) as LabelKey[]) {
      for (const label of entry.labels[key]) {
        const text = normalise(label);
        if (!byLabel.has(text))
          byLabel.set(text, { kind: LABEL_KINDS[key], language: entry.language });
      }
    }
  }
  // Index loops rather than regular-expression replaces: this runs on every line of a paste.
  return (line) => {
    const colon = colonWithin(line, MAX_LABEL_CHARS + 8);
    if (colon < 1) return undefined;
    let start = 0;
    while (start < colon && isQuoteLead(line.charCodeAt(start))) start += 1;
    let end = colon;
    while (end > start && isLabelSpace(line[end - 1])) end -= 1;
    const found = byLabel.get(line.slice(start, end).toLowerCase());
    if (!found) return undefined;
    let valueStart = colon + 1;
    while (isLabelSpace(line[valueStart])) valueStart += 1;
    return { ...found, valueStart };
  };
}

/** A finder over one kind of phrase, answering the language of the first one on a line. */
function phraseFinder(
  languages: readonly ReportLanguage[],
  phrases: (entry: ReportLanguage) => readonly string[],
): (line: string) => string | undefined {
  const byPhrase = new Map<string, string>();
  for (const entry of languages)
    for (const phrase of phrases(entry))
      if (!byPhrase.has(phrase.toLowerCase())) byPhrase.set(phrase.toLowerCase(), entry.language);
  const source = alternation([...byPhrase.keys()]);
  if (!source) return () => undefined;
  const pattern = new RegExp(source, 'i');
  return (line) => {
    const match = pattern.exec(line);
    return match ? byPhrase.get(match[0].toLowerCase()) : undefined;
  };
}

/** Template parts around the slot: `Your message to {address}` → ['Your message to', '']. */
function templateParts(templates: readonly string[], slot: string): Array<[string, string]> {
  return templates.map((template) => {
    const [before = '', after = ''] = template.split(slot);
    return [before.trim(), after.trim()];
  });
}

/**
 * Runs the full pattern only on lines where its fixed words are: a search for literal text is
 * much cheaper than one that starts with a host name at every position.
 */
function withPrecheck(words: RegExp, full: RegExp): Pick<RegExp, 'exec'> {
  return { exec: (line: string) => (words.test(line) ? full.exec(line) : null) };
}

function compileTemplates(languages: readonly ReportLanguage[]) {
  const message = templateParts(
    languages.flatMap((entry) => entry.yourMessageTo),
    '{address}',
  );
  const prefixes = alternation(message.filter(([before]) => before).map(([before]) => before));
  const suffixes = alternation(message.filter(([before]) => !before).map(([, after]) => after));
  const gave = templateParts(
    languages.flatMap((entry) => entry.hostGaveError),
    '{host}',
  );
  const gaveSuffixes = alternation(gave.filter(([before]) => !before).map(([, after]) => after));
  return {
    yourMessageTo: prefixes
      ? new RegExp(`(?:${prefixes})${LABEL_SPACE}*:?${LABEL_SPACE}*`, 'i')
      : undefined,
    addressBeforeMessage: suffixes
      ? new RegExp(`(${ADDRESS_SOURCE})${LABEL_SPACE}*(?:${suffixes})`, 'i')
      : undefined,
    hostGaveError: gaveSuffixes
      ? withPrecheck(
          new RegExp(gaveSuffixes, 'i'),
          new RegExp(`(?<![\\w.-])(${DOTTED_HOST_SOURCE})${LABEL_SPACE}+(?:${gaveSuffixes})`, 'i'),
        )
      : undefined,
  };
}

function compileHeadings(languages: readonly ReportLanguage[]): ReportVocabulary['heading'] {
  const byText = new Map<string, { kind: HeadingKind; language: string }>();
  for (const entry of languages) {
    for (const text of entry.headings.diagnostics)
      byText.set(normalise(text), { kind: 'diagnostics', language: entry.language });
    for (const text of entry.headings.originalHeaders)
      byText.set(normalise(text), { kind: 'original-headers', language: entry.language });
  }
  const longest = Math.max(0, ...[...byText.keys()].map((text) => text.length));
  // A heading's line is the heading, perhaps with a colon and some space: skip longer lines.
  return (line) => (line.length > longest + 8 ? undefined : byText.get(normalise(line)));
}

function compileSubjects(languages: readonly ReportLanguage[]): ReportVocabulary['subject'] {
  const byStart = new Map<string, string>();
  for (const entry of languages)
    for (const subject of entry.subjects)
      if (!byStart.has(subject.toLowerCase())) byStart.set(subject.toLowerCase(), entry.language);
  const source = alternation([...byStart.keys()]);
  if (!source) return () => undefined;
  // The subject alone (as Outlook shows it) or after a "Subject:" label in any language.
  const pattern = new RegExp(`^[ \\t]*(?:[^:：]{1,40}[:：]${LABEL_SPACE}*)?(${source})`, 'i');
  return (line) => {
    if (line.length > MAX_SUBJECT_LINE) return undefined;
    const match = pattern.exec(line);
    return match?.[1] ? byStart.get(match[1].toLowerCase()) : undefined;
  };
}

function compile(languages: readonly ReportLanguage[]): ReportVocabulary {
  return {
    field: compileFields(languages),
    recipientIntro: phraseFinder(languages, (entry) => entry.recipientIntros),
    ...compileTemplates(languages),
    heading: compileHeadings(languages),
    subject: compileSubjects(languages),
    languages: new Map(languages.map((entry) => [entry.language, entry.name])),
  };
}
