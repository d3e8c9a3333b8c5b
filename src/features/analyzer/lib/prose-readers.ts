/**
 * Stage 3 of a line that opens with no field: the sentences and shapes that name a refused
 * recipient or the refusing server ("Your message to …", the list of failed recipients,
 * `mx.contoso.com #550 …`, Postfix's `host … said:`, "… gave this error"), in any language the
 * catalogue knows.
 */
import { ANGLE_RECIPIENT, HOST_BEFORE_HASH, HOST_SAID } from './bounce-patterns';
import { addRecipient, addressBelow, firstAddress } from './scan-recipients';
import type { ScanState, ValueHit } from './scan-types';

/** How far after "Your message to" the address may start. */
const MAX_ADDRESS_GAP = 80;

function setRemote(state: ScanState, hit: ValueHit): void {
  state.remoteServer ??= hit;
}

/** "Your message to {address}", or the address before "へのメッセージ". True if the line has one. */
function readYourMessageTo(state: ScanState, line: string, index: number): boolean {
  const { yourMessageTo, addressBeforeMessage } = state.vocabulary;
  const before = yourMessageTo?.exec(line);
  if (before) {
    const from = before.index + before[0].length;
    const found = firstAddress(line, from);
    if (found && found.start - from <= MAX_ADDRESS_GAP)
      addRecipient(state, 'your-message-to', index, found);
    return true;
  }
  const after = line.indexOf('@') === -1 ? null : addressBeforeMessage?.exec(line);
  if (after?.[1]) {
    const start = after.index;
    addRecipient(state, 'your-message-to', index, {
      value: after[1],
      start,
      end: start + after[1].length,
    });
    return true;
  }
  return false;
}

/**
 * The refusing server's shapes. Each expression runs only on lines holding its fixed character
 * or word (`#`, `said:`): a plain search is far cheaper on a megabyte of other lines.
 */
function readRefusingServer(state: ScanState, line: string, index: number): void {
  const hashHost = line.indexOf('#') === -1 ? null : HOST_BEFORE_HASH.exec(line);
  if (hashHost?.[1] && /[A-Za-z]/.test(hashHost[1])) {
    const start = hashHost[0].indexOf(hashHost[1]);
    setRemote(state, { value: hashHost[1], line: index, start, end: start + hashHost[1].length });
  }
  const said = line.indexOf('said:') === -1 ? null : HOST_SAID.exec(line);
  if (said?.[1]) {
    const start = said.index + said[0].indexOf(said[1]);
    setRemote(state, { value: said[1], line: index, start, end: start + said[1].length });
  }
  const gave = state.vocabulary.hostGaveError?.exec(line);
  if (gave?.[1]) {
    setRemote(state, {
      value: gave[1],
      line: index,
      start: gave.index,
      end: gave.index + gave[1].length,
    });
  }
}

/** Reads a line without a field. True when the line is an anchor. */
export function readProseLine(state: ScanState, line: string, index: number): boolean {
  let anchor = false;
  const introLanguage = state.vocabulary.recipientIntro(line);
  if (introLanguage) {
    vote(state, introLanguage);
    addressBelow(state, index, 'recipient-list');
    anchor = true;
  }
  if (readYourMessageTo(state, line, index)) anchor = true;
  readRefusingServer(state, line, index);
  const angle = line.indexOf('@') === -1 ? null : ANGLE_RECIPIENT.exec(line);
  if (angle?.[1]) {
    const start = line.indexOf(angle[1]);
    addRecipient(state, 'recipient-list', index, {
      value: angle[1],
      start,
      end: start + angle[1].length,
    });
    anchor = true;
  }
  return anchor;
}

/** Counts one piece of a language's layout. */
export function vote(state: ScanState, language: string): void {
  state.languageVotes.set(language, (state.languageVotes.get(language) ?? 0) + 1);
}
