import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import { readField, receivedBuild } from './field-readers';
import { focusLines, MAX_FOCUS_LINES } from './focus-lines';
import { readLineTokens } from './line-tokens';
import { readProseLine } from './prose-readers';
import { newScanState, readLayout, readProductName } from './scan-bounce';
import { rankedRecipients } from './scan-recipients';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const stateOf = (...lines: string[]) => newScanState(lines, catalogue);

/** Runs the field stage on line `index` of the state. */
function field(state: ReturnType<typeof stateOf>, index = 0) {
  const line = state.lines[index] ?? '';
  const found = state.vocabulary.field(line);
  if (!found) throw new Error(`no field in ${line}`);
  return readField(state, line, index, found);
}

describe('line tokens', () => {
  it('adds codes, replies and diagnostics, and says the line is an anchor', () => {
    const state = stateOf();
    expect(readLineTokens(state, '#550 5.7.1 RESOLVER.RST.AuthRequired; x ##', 3, false)).toBe(
      true,
    );
    expect(state.codes).toMatchObject([{ code: '5.7.1', line: 3, start: 5, end: 10 }]);
    expect(state.replies).toMatchObject([{ value: '550', start: 1 }]);
    expect(state.diagnostics).toMatchObject([{ value: 'RESOLVER.RST.AuthRequired' }]);
  });

  it('finds nothing in an ordinary sentence', () => {
    const state = stateOf();
    expect(readLineTokens(state, 'Version 15.7.1 shipped on 2.10.2024.', 0, false)).toBe(false);
    expect(state.codes).toEqual([]);
  });
});

describe('fields', () => {
  it('reads recipients from the delivery-status fields, best source first', () => {
    const state = stateOf(
      'Original-Recipient: rfc822;alias@contoso.com',
      'Final-Recipient: rfc822; sales@contoso.com',
    );
    field(state, 0);
    field(state, 1);
    expect(rankedRecipients(state).map((hit) => hit.value)).toEqual([
      'sales@contoso.com',
      'alias@contoso.com',
    ]);
  });

  it('reads the generating server, the recipient below it and the refusing server', () => {
    const state = stateOf(
      'Generating server:',
      'EX2010.contoso.local',
      '',
      'user@fabrikam.com',
      'mx.fabrikam.com',
    );
    expect(field(state)).toBe(true);
    expect(state.reportingServer).toMatchObject({ value: 'EX2010.contoso.local', line: 1 });
    expect(state.remoteServer).toMatchObject({ value: 'mx.fabrikam.com', line: 4 });
    expect(rankedRecipients(state).map((hit) => hit.value)).toEqual(['user@fabrikam.com']);
  });

  it('reads a remote server after dns; and in brackets', () => {
    const state = stateOf('Remote-MTA: dns; [mx.fabrikam.com]');
    field(state);
    expect(state.remoteServer?.value).toBe('mx.fabrikam.com');
  });

  it('keeps a folded Received header aside and reads its build only when asked', () => {
    const state = stateOf(
      'Received: from mail.fabrikam.com (203.0.113.25) by EX2016.contoso.local (10.0.0.5) with',
      ' Microsoft SMTP Server (version=TLS1_2) id 15.1.2507.39',
    );
    expect(field(state)).toBe(false);
    expect(state.versions).toEqual([]);
    const [entry] = state.received;
    expect(entry?.host.value).toBe('EX2016.contoso.local');
    expect(entry && receivedBuild(state, entry)).toMatchObject({
      platform: 'exchange-server',
      label: 'Exchange Server 2016',
      build: '15.1.2507.39',
      line: 1,
    });
  });
});

describe('prose lines', () => {
  it('reads "Your message to" and the list of failed recipients', () => {
    const state = stateOf(
      'Your message to alias@contoso.com couldn’t be delivered.',
      'Delivery has failed to these recipients or groups:',
      'Sales <mailto:sales@contoso.com>',
    );
    expect(readProseLine(state, state.lines[0] ?? '', 0)).toBe(true);
    expect(readProseLine(state, state.lines[1] ?? '', 1)).toBe(true);
    expect(rankedRecipients(state).map((hit) => hit.value)).toEqual([
      'alias@contoso.com',
      'sales@contoso.com',
    ]);
    expect(state.languageVotes.get('en')).toBe(1);
  });

  it('takes the first refusing server it finds, from any of its shapes', () => {
    const state = stateOf();
    readProseLine(state, 'mx.contoso.com #550 5.1.1 User unknown ##', 0);
    readProseLine(state, 'mx2.contoso.com gave this error:', 1);
    expect(state.remoteServer).toMatchObject({ value: 'mx.contoso.com', line: 0 });
  });

  it('reads a Postfix report line', () => {
    const state = stateOf();
    readProseLine(state, '<a@fabrikam.com>: host mx.fabrikam.com[192.0.2.1] said: 554 5.7.1', 0);
    expect(state.remoteServer?.value).toBe('mx.fabrikam.com');
    expect(rankedRecipients(state).map((hit) => hit.value)).toEqual(['a@fabrikam.com']);
  });
});

describe('layout and product names', () => {
  it('records where the report’s parts start, and in which language', () => {
    const state = stateOf();
    readLayout(state, 'Non recapitabile: Neko', 0);
    readLayout(state, 'Informazioni di diagnostica per gli amministratori:', 4);
    readLayout(state, 'Intestazioni originali del messaggio:', 9);
    expect(state.sections).toEqual({ subject: 0, diagnostics: 4, originalHeaders: 9 });
    expect(state.languageVotes.get('it')).toBe(3);
  });

  it('reads an Exchange product name', () => {
    const state = stateOf();
    readProductName(state, 'Sent by Microsoft Exchange Server 2007', 2);
    expect(state.versions).toMatchObject([{ platform: 'exchange-2007', line: 2, start: 8 }]);
  });
});

describe('focusLines', () => {
  const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`);

  it('takes the lines around each anchor', () => {
    expect(focusLines(lines, [0, 10])).toEqual([0, 1, 2, 8, 9, 10, 11, 12]);
  });

  it('takes the first lines when there is no anchor', () => {
    expect(focusLines(lines, [])).toHaveLength(400);
  });

  it('stays within its bound whatever the anchors', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `x${i}`);
    const anchors = Array.from({ length: 5000 }, (_, i) => i);
    expect(focusLines(many, anchors)).toHaveLength(MAX_FOCUS_LINES);
  });
});
