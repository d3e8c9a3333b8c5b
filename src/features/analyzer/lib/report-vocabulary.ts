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
  hostGaveError: RegExp | undefined;
  /** A heading alone on its line: which section starts, and in which language. */
  heading: (line: string) => { kind: HeadingKind; language: string } | undefined;
  /** The language of a report subject ("Unzustellbar: …"), if the line is one. */
  subject: (line: string) => string | undefined;
  /** Languages in catalogue order, with their names. */
  languages: ReadonlyMap<string, string>;
}

/** Longest line a heading or subject can be on (they are short). */
const MAX_HEADING_LINE = 200;

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
  const pattern = new RegExp(
    `^[ \\t>]*(${alternation([...byLabel.keys()])})${LABEL_SPACE}*[:：]${LABEL_SPACE}*`,
    'i',
  );
  return (line) => {
    const match = pattern.exec(line);
    const found = match?.[1] ? byLabel.get(match[1].toLowerCase()) : undefined;
    return match && found ? { ...found, valueStart: match[0].length } : undefined;
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
      ? new RegExp(`(?<![\\w.-])(${DOTTED_HOST_SOURCE})${LABEL_SPACE}+(?:${gaveSuffixes})`, 'i')
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
  return (line) => (line.length > MAX_HEADING_LINE ? undefined : byText.get(normalise(line)));
}

function compileSubjects(languages: readonly ReportLanguage[]): ReportVocabulary['subject'] {
  const subjects = languages.flatMap((entry) =>
    entry.subjects.map((subject) => [subject.toLowerCase(), entry.language] as const),
  );
  return (line) => {
    if (line.length > MAX_HEADING_LINE * 5) return undefined;
    const text = line.trimStart().toLowerCase();
    // The subject alone (as Outlook shows it) or after a "Subject:" label in any language.
    const afterLabel = text.slice(text.indexOf(':') + 1).trimStart();
    return subjects.find(
      ([subject]) => text.startsWith(subject) || afterLabel.startsWith(subject),
    )?.[1];
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
