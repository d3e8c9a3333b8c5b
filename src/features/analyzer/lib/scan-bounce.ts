/**
 * One linear pass over a bounce's lines that pulls out the facts: status codes, SMTP replies,
 * diagnostic tokens, the failed recipient, the reporting and remote servers, any Exchange
 * version, and the report's language. Pure and DOM-free.
 *
 * The pass runs named stages on each line (line-tokens → field-readers or prose-readers →
 * layout), then settles what needs the whole text (which Received build counts, the recipients'
 * order, the focus lines). The words it recognizes come from the catalogue (`reportLanguages`,
 * `platforms`); the patterns it runs are bounded (bounce-patterns.ts), so the cost is linear.
 */
import type { CodeCatalogue } from '../../../content/codes-schema';
import { BRACKETED_HOST, MAX_INPUT_CHARS, isOpaqueLine, splitLines } from './bounce-patterns';
import { exchangePlatforms } from './exchange-platforms';
import { readField, receivedBuild } from './field-readers';
import { focusLines } from './focus-lines';
import { readLineTokens } from './line-tokens';
import { readProseLine, vote } from './prose-readers';
import { reportVocabulary } from './report-vocabulary';
import { rankedRecipients } from './scan-recipients';
import type { ScanResult, ScanState } from './scan-types';

/** An empty scan of these lines, ready for the stages. */
export function newScanState(lines: string[], catalogue: CodeCatalogue): ScanState {
  return {
    lines,
    vocabulary: reportVocabulary(catalogue),
    platforms: exchangePlatforms(catalogue),
    codes: [],
    replies: [],
    diagnostics: [],
    recipientHits: [],
    seenRecipients: new Set(),
    versions: [],
    received: [],
    anchors: [],
    languageVotes: new Map(),
    sections: {},
  };
}

/** Headings and the subject: where the report's parts start, and in which language. */
export function readLayout(state: ScanState, line: string, index: number): void {
  const heading = state.vocabulary.heading(line);
  if (heading) {
    vote(state, heading.language);
    const key = heading.kind === 'diagnostics' ? 'diagnostics' : 'originalHeaders';
    state.sections[key] ??= index;
    return;
  }
  if (state.sections.subject === undefined) {
    const subject = state.vocabulary.subject(line);
    if (subject) {
      vote(state, subject);
      state.sections.subject = index;
    }
  }
}

/** A product name ("Microsoft Exchange Server 2010") on the line. */
export function readProductName(state: ScanState, line: string, index: number): void {
  const named = state.platforms.namePattern?.exec(line);
  const platform = named ? state.platforms.forName(named[0]) : undefined;
  if (named && platform) {
    state.versions.push({
      ...platform,
      line: index,
      start: named.index,
      end: named.index + named[0].length,
    });
  }
}

/** An Exchange Online server in brackets on the line of the last code found. */
function readBracketedRemote(state: ScanState, line: string, index: number): void {
  if (state.bracketedRemote || state.codes.at(-1)?.line !== index) return;
  const bracket = BRACKETED_HOST.exec(line);
  if (bracket?.[1] && state.platforms.forHost(bracket[1])?.hosting === 'online') {
    const start = bracket.index + 1;
    state.bracketedRemote = {
      value: bracket[1],
      line: index,
      start,
      end: start + bracket[1].length,
    };
  }
}

function scanLine(state: ScanState, line: string, index: number): void {
  const field = state.vocabulary.field(line);
  if (field?.language) vote(state, field.language);
  const inStatusField = field?.kind === 'status' || field?.kind === 'diagnostic-code';
  let anchor = readLineTokens(state, line, index, inStatusField);
  if (field) anchor = readField(state, line, index, field) || anchor;
  else anchor = readProseLine(state, line, index) || anchor;
  if (anchor) readBracketedRemote(state, line, index);
  readLayout(state, line, index);
  readProductName(state, line, index);
  if (anchor) state.anchors.push(index);
}

/**
 * Whether two host names name the same server: equal, or one is a short name (no dot, as
 * Exchange often reports its own servers: "EX01") and the other's first label
 * ("ex01.contoso.local"). mail.fabrikam.com is not mail.contoso.com.
 */
function sameServer(a: string, b: string): boolean {
  if (a === b) return true;
  const short = !a.includes('.') ? a : !b.includes('.') ? b : undefined;
  const full = short === a ? b : a;
  return short !== undefined && full.split('.')[0] === short;
}

/** A build number counts only when it was reported by the server that handled the recipient. */
function settleVersions(state: ScanState): void {
  const serverHost = (state.remoteServer ?? state.reportingServer)?.value.toLowerCase();
  if (!serverHost) return;
  for (const entry of state.received) {
    if (!sameServer(entry.host.value.toLowerCase(), serverHost)) continue;
    const build = receivedBuild(state, entry);
    if (build) {
      state.versions.push(build);
      return;
    }
  }
}

/** The language with the most labels, headings and sentences in the text (ties: catalogue order). */
function reportLanguage(state: ScanState): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const language of state.vocabulary.languages.keys()) {
    const votes = state.languageVotes.get(language) ?? 0;
    if (votes > most) {
      best = language;
      most = votes;
    }
  }
  return best;
}

/** Scans the text against the catalogue's words. Linear in the length of the input. */
export function scanBounce(input: string, catalogue: CodeCatalogue): ScanResult {
  const truncated = input.length > MAX_INPUT_CHARS;
  const lines = splitLines(truncated ? input.slice(0, MAX_INPUT_CHARS) : input);
  const state = newScanState(lines, catalogue);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.length > 0 && !isOpaqueLine(line)) scanLine(state, line, index);
  }
  state.remoteServer ??= state.bracketedRemote;
  settleVersions(state);
  const language = reportLanguage(state);
  return {
    lines,
    truncated,
    codes: state.codes,
    replies: state.replies,
    diagnostics: state.diagnostics,
    recipients: rankedRecipients(state),
    ...(state.reportingServer ? { reportingServer: state.reportingServer } : {}),
    ...(state.remoteServer ? { remoteServer: state.remoteServer } : {}),
    versions: state.versions,
    focusLines: focusLines(lines, state.anchors),
    ...(language ? { language } : {}),
    sections: state.sections,
  };
}
