/**
 * analyzeBounce: from the text of a bounce (pasted, or read from a .eml) to a diagnosis the
 * wizard can act on. Pure: no DOM, no I/O, never throws, linear in the input's length.
 *
 * The result is plain data. Evidence is the original text with character ranges to highlight;
 * nothing here is HTML, so the UI renders it as text.
 */
import type {
  CodeCatalogue,
  CodeEntry,
  CodeKind,
  PlatformSlug,
  RecipientSlug,
  RoleSlug,
} from '../../../content/codes-schema';
import { matchCatalogue, type EntryMatch } from './match-catalogue';
import { isExchangeOnlineHost, scanBounce, type Hit, type ScanResult } from './scan-bounce';

export type BounceKind = 'empty' | 'no-code' | CodeKind;

/** What a highlighted range is. */
export type EvidenceLabel =
  'status-code' | 'smtp-reply' | 'diagnostic' | 'recipient' | 'server' | 'version';

export interface EvidenceHighlight {
  /** Range within `Evidence.text` (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  label: EvidenceLabel;
}

/** One line of the bounce that supports the diagnosis. */
export interface Evidence {
  /** 1-based line number in the analysed text. */
  line: number;
  /** The line, or a window of it when it is long (see `offset`). Plain text, never HTML. */
  text: string;
  /** Where `text` starts within the line (0 unless the line was shortened). */
  offset: number;
  /** True when `text` is only part of the line. */
  clipped: boolean;
  highlights: EvidenceHighlight[];
}

export type BounceAnswers = Partial<{
  role: RoleSlug;
  recipient: RecipientSlug;
  platform: PlatformSlug;
}>;

export interface ExchangeVersion {
  platform: PlatformSlug;
  /** e.g. "Exchange Server 2010". */
  label: string;
  /** Build number from a Received header, e.g. "14.3.389.1". */
  build?: string;
}

export interface BounceAnalysis {
  kind: BounceKind;
  /** The catalogue entry that explains the bounce. */
  entry?: CodeEntry;
  /** The status code the diagnosis rests on, e.g. "5.7.133". */
  code?: string;
  /** Every enhanced status code found, in order of first appearance. */
  codes: string[];
  /** Every SMTP reply code found (550, 530 …), in order of first appearance. */
  smtpReplies: string[];
  /** Diagnostic tokens found (RESOLVER.RST.AuthRequired, UnifiedGroupAgent …), unique. */
  diagnostics: string[];
  /** The failed recipient's address (best source first: Final-Recipient, "Your message to" …). */
  recipient?: string;
  /** Every failed recipient found. */
  recipients: string[];
  servers: {
    /** The server that wrote the report (Reporting-MTA, "Generating server"). */
    reporting?: string;
    /** The server that refused the message (Remote-MTA, "Remote server", "host #550 …"). */
    remote?: string;
  };
  /** What the servers' names suggest about the recipient's side. */
  platformGuess?: 'exchange-online' | 'on-premises';
  /** The Exchange version, where the text shows it. */
  version?: ExchangeVersion;
  /** Wizard answers the bounce settles (empty unless the bounce belongs in the wizard). */
  answers: BounceAnswers;
  /** Recipient types still possible, when the code narrows them to a few (5.7.134). */
  recipientCandidates?: RecipientSlug[];
  /** Platforms still possible, when the bounce narrows them (AuthRequired: on-premises). */
  platformCandidates?: PlatformSlug[];
  /** Lines supporting the diagnosis, in text order. */
  evidence: Evidence[];
  /** Ids of other entries that also matched, best first. */
  alsoMatched: string[];
  /** True when the input was longer than the analyser reads. */
  truncated: boolean;
}

const ON_PREMISES: PlatformSlug[] = ['exchange-server', 'exchange-2010', 'exchange-2007'];
const MAX_EVIDENCE_LINES = 20;
const EVIDENCE_WINDOW = 300;
const EVIDENCE_LEAD = 80;

/** Analyses a bounce. Never throws: bad input comes back as kind `empty` or `no-code`. */
export function analyzeBounce(text: string, catalogue: CodeCatalogue): BounceAnalysis {
  if (typeof text !== 'string' || !/\S/.test(text)) return emptyResult('empty');
  try {
    return analyze(text, catalogue);
  } catch {
    // Defensive: scanning is written not to throw, but a bad catalogue must not blank the page.
    return emptyResult('no-code');
  }
}

function emptyResult(kind: 'empty' | 'no-code'): BounceAnalysis {
  return {
    kind,
    codes: [],
    smtpReplies: [],
    diagnostics: [],
    recipients: [],
    servers: {},
    answers: {},
    evidence: [],
    alsoMatched: [],
    truncated: false,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function analyze(text: string, catalogue: CodeCatalogue): BounceAnalysis {
  const scan = scanBounce(text);
  const matches = matchCatalogue(scan, catalogue);
  const best = matches[0];

  const rejectingServer = scan.remoteServer ?? scan.reportingServer;
  const platformGuess = rejectingServer
    ? isExchangeOnlineHost(rejectingServer.value)
      ? 'exchange-online'
      : 'on-premises'
    : undefined;
  const versionHit = scan.versions[0];
  const version: ExchangeVersion | undefined = versionHit
    ? {
        platform: versionHit.platform,
        label: versionHit.label,
        ...(versionHit.build ? { build: versionHit.build } : {}),
      }
    : undefined;

  const primaryCode = best?.code ?? scan.codes.find((code) => code.inStatusField) ?? scan.codes[0];
  const kind: BounceKind = best
    ? best.entry.kind
    : scan.codes.length > 0 || scan.replies.length > 0
      ? 'unrelated'
      : 'no-code';

  const analysis: BounceAnalysis = {
    kind,
    codes: unique(scan.codes.map((code) => code.code)),
    smtpReplies: unique(scan.replies.map((reply) => reply.value)),
    diagnostics: unique(scan.diagnostics.map((token) => token.value)),
    recipients: scan.recipients.map((hit) => hit.value),
    servers: {
      ...(scan.reportingServer ? { reporting: scan.reportingServer.value } : {}),
      ...(scan.remoteServer ? { remote: scan.remoteServer.value } : {}),
    },
    answers: {},
    evidence: [],
    alsoMatched: matches.slice(1).map((match) => match.entry.id),
    truncated: scan.truncated,
  };
  if (best) analysis.entry = best.entry;
  if (primaryCode) analysis.code = primaryCode.code;
  if (scan.recipients[0]) analysis.recipient = scan.recipients[0].value;
  if (platformGuess) analysis.platformGuess = platformGuess;
  if (version) analysis.version = version;

  if (best && best.entry.kind !== 'unrelated')
    fillAnswers(analysis, best.entry, version, platformGuess);
  analysis.evidence = buildEvidence(scan, best, primaryCode, version ? versionHit : undefined);
  return analysis;
}

/**
 * Answers come from the entry first (what the code itself settles), then from the version the
 * text shows, then from the servers' names; candidates narrow what is left.
 */
function fillAnswers(
  analysis: BounceAnalysis,
  entry: CodeEntry,
  version: ExchangeVersion | undefined,
  platformGuess: BounceAnalysis['platformGuess'],
): void {
  const answers: BounceAnswers = { ...entry.answers };
  let platforms = entry.candidates.platform;

  if (!answers.platform) {
    const allowed = (platform: PlatformSlug) => !platforms || platforms.includes(platform);
    if (version && allowed(version.platform)) {
      answers.platform = version.platform;
    } else if (platformGuess === 'exchange-online' && allowed('exchange-online')) {
      answers.platform = 'exchange-online';
    } else if (platformGuess === 'on-premises') {
      platforms = (platforms ?? ON_PREMISES).filter((platform) => ON_PREMISES.includes(platform));
    }
  }
  if (answers.platform) platforms = undefined;
  if (platforms && platforms.length === 1) {
    answers.platform = platforms[0];
    platforms = undefined;
  }

  analysis.answers = answers;
  if (entry.candidates.recipient && !answers.recipient)
    analysis.recipientCandidates = [...entry.candidates.recipient];
  if (platforms && platforms.length > 0) analysis.platformCandidates = [...platforms];
}

function buildEvidence(
  scan: ScanResult,
  best: EntryMatch | undefined,
  primaryCode: ScanResult['codes'][number] | undefined,
  versionHit: Hit | undefined,
): Evidence[] {
  const byLine = new Map<number, EvidenceHighlight[]>();
  const add = (hit: Hit | undefined, label: EvidenceLabel) => {
    if (!hit) return;
    const list = byLine.get(hit.line) ?? [];
    list.push({ start: hit.start, end: hit.end, label });
    byLine.set(hit.line, list);
  };

  for (const hit of best?.patternHits ?? []) add(hit, 'diagnostic');
  // Show whole diagnostic tokens (RESOLVER.RST.…) on the lines that carry the diagnosis.
  const diagnosisLines = new Set(
    [...(best?.patternHits ?? []), ...(primaryCode ? [primaryCode] : [])].map((hit) => hit.line),
  );
  for (const token of scan.diagnostics)
    if (diagnosisLines.has(token.line)) add(token, 'diagnostic');
  if (primaryCode) {
    const sameCode = scan.codes.filter((code) => code.code === primaryCode.code).slice(0, 3);
    for (const hit of sameCode) {
      add(hit, 'status-code');
      for (const reply of scan.replies) if (reply.line === hit.line) add(reply, 'smtp-reply');
    }
  } else if (best?.reply) {
    add(best.reply, 'smtp-reply');
  }
  add(scan.recipients[0], 'recipient');
  add(scan.reportingServer, 'server');
  add(scan.remoteServer, 'server');
  add(versionHit, 'version');

  const lines = [...byLine.keys()].sort((a, b) => a - b).slice(0, MAX_EVIDENCE_LINES);
  return lines.map((index) => toEvidence(scan.lines[index] ?? '', index, byLine.get(index) ?? []));
}

function toEvidence(line: string, index: number, highlights: EvidenceHighlight[]): Evidence {
  // Sort, then drop ranges that overlap one already kept.
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EvidenceHighlight[] = [];
  for (const highlight of sorted) {
    const last = kept[kept.length - 1];
    if (!last || highlight.start >= last.end) kept.push(highlight);
  }

  let offset = 0;
  let text = line;
  if (line.length > EVIDENCE_WINDOW) {
    offset = Math.max(0, (kept[0]?.start ?? 0) - EVIDENCE_LEAD);
    text = line.slice(offset, offset + EVIDENCE_WINDOW);
  }
  const end = offset + text.length;
  const shifted = kept
    .filter((highlight) => highlight.start >= offset && highlight.start < end)
    .map((highlight) => ({
      start: highlight.start - offset,
      end: Math.min(highlight.end, end) - offset,
      label: highlight.label,
    }));
  return { line: index + 1, text, offset, clipped: text.length < line.length, highlights: shifted };
}
