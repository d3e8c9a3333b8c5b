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
import { buildEvidence, type Evidence } from './bounce-evidence';
import { readBounceSender, type BounceSender } from './bounce-sender';
import { exchangePlatforms } from './exchange-platforms';
import { matchCatalogue } from './match-catalogue';
import { scanBounce } from './scan-bounce';

export type { Evidence, EvidenceHighlight, EvidenceLabel } from './bounce-evidence';
export type { BounceSender } from './bounce-sender';

/**
 * What the text is: `empty`, `no-code` (read, but no code or known diagnostic in it), `error`
 * (the analyzer failed on it: a fault of ours, not of the text), or the matched entry's kind.
 */
export type BounceKind = 'empty' | 'no-code' | 'error' | CodeKind;

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
  /** Who sent the bounced message, and whether that reads like an app or a device. */
  sender?: BounceSender;
  servers: {
    /** The server that wrote the report (Reporting-MTA, "Generating server"). */
    reporting?: string;
    /** The server that refused the message (Remote-MTA, "Remote server", "host #550 …"). */
    remote?: string;
  };
  /**
   * What the servers' names suggest about the recipient's side: the platform whose servers they
   * are (from the catalogue's `platforms`), or `on-premises` when they are no listed platform's.
   */
  platformGuess?: PlatformSlug | 'on-premises';
  /** How to say that guess, e.g. "Exchange Online (from the server names)". */
  platformGuessLabel?: string;
  /** The Exchange version, where the text shows it. */
  version?: ExchangeVersion;
  /** The language of the report's layout (labels, headings), e.g. `{ tag: 'de', name: 'German' }`. */
  language?: { tag: string; name: string };
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

/**
 * Analyses a bounce. Never throws: empty input is kind `empty`, text without any code `no-code`,
 * and a failure inside the analyzer `error` (so it is never mistaken for "found nothing").
 */
export function analyzeBounce(text: string, catalogue: CodeCatalogue): BounceAnalysis {
  if (typeof text !== 'string' || !/\S/.test(text)) return emptyResult('empty');
  try {
    return analyze(text, catalogue);
  } catch {
    // A bug or a broken catalogue: say so, instead of blanking the page or claiming "no code".
    return emptyResult('error');
  }
}

function emptyResult(kind: 'empty' | 'error'): BounceAnalysis {
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

/** The platform the servers' names point to, and how to say it. */
function guessPlatform(
  catalogue: CodeCatalogue,
  host: string | undefined,
): Pick<BounceAnalysis, 'platformGuess' | 'platformGuessLabel'> {
  if (!host || !catalogue.platforms) return {};
  const facts = exchangePlatforms(catalogue).forHost(host);
  const label = facts ? facts.serverNamesLabel : catalogue.platforms.otherHostsLabel;
  return {
    // The build checks every slug against the tree's platform answers.
    platformGuess: facts ? (facts.slug as PlatformSlug) : 'on-premises',
    ...(label ? { platformGuessLabel: label } : {}),
  };
}

function analyze(text: string, catalogue: CodeCatalogue): BounceAnalysis {
  const scan = scanBounce(text, catalogue);
  const matches = matchCatalogue(scan, catalogue);
  const best = matches[0];
  const guess = guessPlatform(catalogue, (scan.remoteServer ?? scan.reportingServer)?.value);
  const versionHit = scan.versions[0];
  const version: ExchangeVersion | undefined = versionHit && {
    platform: versionHit.platform,
    label: versionHit.label,
    ...(versionHit.build ? { build: versionHit.build } : {}),
  };
  const primaryCode = best?.code ?? scan.codes.find((code) => code.inStatusField) ?? scan.codes[0];
  const found = scan.codes.length > 0 || scan.replies.length > 0;
  const recipients = scan.recipients.map((hit) => hit.value);
  const sender = readBounceSender(scan.lines, recipients, catalogue);
  const languageName =
    scan.language && catalogue.reportLanguages?.find((l) => l.language === scan.language)?.name;

  const analysis: BounceAnalysis = {
    kind: best ? best.entry.kind : found ? 'unrelated' : 'no-code',
    codes: unique(scan.codes.map((code) => code.code)),
    smtpReplies: unique(scan.replies.map((reply) => reply.value)),
    diagnostics: unique(scan.diagnostics.map((token) => token.value)),
    recipients,
    ...(sender ? { sender } : {}),
    servers: {
      ...(scan.reportingServer ? { reporting: scan.reportingServer.value } : {}),
      ...(scan.remoteServer ? { remote: scan.remoteServer.value } : {}),
    },
    ...guess,
    ...(best ? { entry: best.entry } : {}),
    ...(primaryCode ? { code: primaryCode.code } : {}),
    ...(scan.recipients[0] ? { recipient: scan.recipients[0].value } : {}),
    ...(version ? { version } : {}),
    ...(scan.language && languageName
      ? { language: { tag: scan.language, name: languageName } }
      : {}),
    answers: {},
    evidence: buildEvidence({ scan, best, primaryCode, versionHit: version && versionHit }),
    alsoMatched: matches.slice(1).map((match) => match.entry.id),
    truncated: scan.truncated,
  };
  if (best && best.entry.kind !== 'unrelated')
    fillAnswers(analysis, best.entry, version, exchangePlatforms(catalogue).onPremises);
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
  onPremises: readonly PlatformSlug[],
): void {
  const answers: BounceAnswers = { ...entry.answers };
  let platforms = entry.candidates.platform;
  const guess = analysis.platformGuess;

  if (!answers.platform) {
    const allowed = (platform: PlatformSlug) => !platforms || platforms.includes(platform);
    if (version && allowed(version.platform)) {
      answers.platform = version.platform;
    } else if (guess && guess !== 'on-premises' && allowed(guess)) {
      answers.platform = guess;
    } else if (guess === 'on-premises') {
      platforms = (platforms ?? onPremises).filter((platform) => onPremises.includes(platform));
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
