/**
 * Stage 2 of a line: a field the line opens with ("Final-Recipient:", "Generating server:" in
 * any language, "Received:" …) and what its value, or the lines below it, say.
 */
import {
  BARE_HOST_LINE,
  CONTINUATION,
  HOST,
  HOST_PREFIX,
  RECEIVED_BUILD,
  RECEIVED_BY,
} from './bounce-patterns';
import type { FieldMatch } from './report-vocabulary';
import { addRecipient, addressBelow, firstAddress, nextNonBlank } from './scan-recipients';
import type { Found, Hit, ScanState, VersionHit } from './scan-types';

/** How many folded lines a Received header is read over. */
const MAX_HEADER_LINES = 7;

/** The host at the start of a field value: strips `dns;` and brackets. */
export function hostAt(line: string, from: number): Found | undefined {
  let offset = from;
  const prefix = HOST_PREFIX.exec(line.slice(from));
  if (prefix) offset += prefix[0].length;
  const match = HOST.exec(line.slice(offset));
  if (!match || !/[A-Za-z]/.test(match[0])) return undefined;
  return { value: match[0].replace(/\.$/, ''), start: offset, end: offset + match[0].length };
}

/**
 * Reads the field. True when the line is an anchor (recipient and server fields are; a
 * Received header is not: it is the returned message's, not the report's).
 */
export function readField(
  state: ScanState,
  line: string,
  index: number,
  field: FieldMatch,
): boolean {
  const { kind, valueStart } = field;
  switch (kind) {
    case 'final-recipient':
    case 'original-recipient':
    case 'x-failed-recipients': {
      const found = firstAddress(line, valueStart);
      if (found) addRecipient(state, kind, index, found);
      return true;
    }
    case 'recipient-address': {
      const found = firstAddress(line, valueStart);
      if (found) addRecipient(state, 'recipient-address', index, found);
      else addressBelow(state, index, 'recipient-address');
      return false;
    }
    case 'reporting-mta':
    case 'generating-server':
    case 'dsn-generated-by':
      readReportingServer(state, line, index, field);
      return true;
    case 'remote-mta':
    case 'remote-server': {
      const host = hostAt(line, valueStart);
      if (host && !state.remoteServer) state.remoteServer = { ...host, line: index };
      return true;
    }
    case 'received':
      readReceivedHeader(state, index);
      return false;
    default:
      return false;
  }
}

/**
 * The server that wrote the report, on the label's line or alone on the next one. Below
 * "Generating server" come the refused recipient and then, alone on its line, the server that
 * refused it.
 */
export function readReportingServer(
  state: ScanState,
  line: string,
  index: number,
  field: FieldMatch,
): void {
  const { lines } = state;
  let at = index;
  let host = hostAt(line, field.valueStart);
  if (!host && line.slice(field.valueStart).trim() === '') {
    const next = nextNonBlank(lines, index);
    if (next !== undefined) {
      at = next;
      host = hostAt(lines[next] ?? '', (lines[next] ?? '').search(/\S/));
    }
  }
  if (host && !state.reportingServer) state.reportingServer = { ...host, line: at };
  if (field.kind !== 'generating-server') return;
  const recipientLine = addressBelow(state, at, 'diagnostic-section');
  const next = recipientLine === undefined ? undefined : nextNonBlank(lines, recipientLine);
  const bare = next === undefined ? null : BARE_HOST_LINE.exec(lines[next] ?? '');
  if (next !== undefined && bare?.[1] && !state.remoteServer) {
    const start = (lines[next] ?? '').indexOf(bare[1]);
    state.remoteServer = { value: bare[1], line: next, start, end: start + bare[1].length };
  }
}

/** The lines of the folded header that starts at `index`. */
function headerLines(lines: readonly string[], index: number): number[] {
  const found = [index];
  for (
    let i = index + 1;
    i < lines.length && i < index + MAX_HEADER_LINES && CONTINUATION.test(lines[i] ?? '');
    i += 1
  ) {
    found.push(i);
  }
  return found;
}

/**
 * A Received header: its `by` host. The Exchange build it names is read later, and only if
 * that host turns out to be the server that handled the recipient (see receivedBuild).
 */
export function readReceivedHeader(state: ScanState, index: number): void {
  const { lines } = state;
  for (const i of headerLines(lines, index)) {
    const by = RECEIVED_BY.exec(lines[i] ?? '');
    if (by?.[1]) {
      const start = by.index + by[0].length - by[1].length;
      state.received.push({
        index,
        host: { value: by[1], line: i, start, end: start + by[1].length },
      });
      return;
    }
  }
}

/** The Exchange build a Received header (starting at `index`) names, as a version hit. */
export function receivedBuild(
  state: ScanState,
  { index, host }: ScanState['received'][number],
): VersionHit | undefined {
  const { lines } = state;
  const folded = headerLines(lines, index);
  const header = folded.map((i) => (lines[i] ?? '').trim()).join(' ');
  const build = RECEIVED_BUILD.exec(header);
  const mapped = build ? state.platforms.forBuild(Number(build[1]), Number(build[2])) : undefined;
  if (!build || !mapped) return undefined;
  const text = `${build[1]}.${build[2]}.${build[3]}.${build[4]}`;
  let at: Hit = host;
  for (const i of folded) {
    const offset = (lines[i] ?? '').indexOf(text);
    if (offset !== -1) {
      at = { line: i, start: offset, end: offset + text.length };
      break;
    }
  }
  return { ...mapped, build: text, host: host.value, ...at };
}
