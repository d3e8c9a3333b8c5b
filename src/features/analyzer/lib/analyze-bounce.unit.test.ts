import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCodeCatalogue } from '../../../content/codes-schema';
import { analyzeBounce, type BounceAnalysis } from './analyze-bounce';
import { MAX_INPUT_CHARS } from './bounce-patterns';

const catalogue = parseCodeCatalogue(
  readFileSync(new URL('../../../../content/codes.yaml', import.meta.url), 'utf8'),
  'content/codes.yaml',
);
const analyze = (text: string): BounceAnalysis => analyzeBounce(text, catalogue);
const lines = (...parts: string[]) => parts.join('\n');

/** Every highlighted piece of evidence, as the text it covers. */
function highlighted(result: BounceAnalysis, label: string): string[] {
  return result.evidence.flatMap((evidence) =>
    evidence.highlights
      .filter((highlight) => highlight.label === label)
      .map((highlight) => evidence.text.slice(highlight.start, highlight.end)),
  );
}

describe('classification', () => {
  it.each([
    ['550 5.7.1 Unable to relay', 'relay-denied', 'unrelated'],
    ['554 5.7.1 <a@fabrikam.com>: Relay access denied', 'relay-denied', 'unrelated'],
    [
      '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
      'relay-non-accepted-domain',
      'unrelated',
    ],
    [
      '550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Spamhaus',
      'spam-blocklist',
      'unrelated',
    ],
    ['550 5.7.1 Message rejected as spam by Content Filtering.', 'spam-blocklist', 'unrelated'],
    [
      '550 5.7.621 Access denied, banned sending IP [192.0.2.1]',
      'exo-banned-sending-ip',
      'unrelated',
    ],
    ['550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', 'unknown-recipient', 'unrelated'],
    ['550 5.1.1 User unknown', 'unknown-recipient', 'unrelated'],
    ['550 550 5.1.1 User unknown (state 14)', 'state-14-user-unknown', 'in-family'],
    [
      '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException',
      'mailbox-full',
      'unrelated',
    ],
    ['4.4.7 Message expired', 'message-expired', 'unrelated'],
    ['550 5.4.1 Recipient address rejected: Access denied', 'dbeb-recipient-rejected', 'unrelated'],
    ['550 5.7.1 RESOLVER.RST.AuthRequired; authentication required', 'auth-required', 'in-family'],
    ['550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', 'not-authorized', 'in-family'],
    ['530 5.7.1 Client was not authenticated', 'client-not-authenticated', 'ambiguous'],
    ['535 5.7.3 Authentication unsuccessful', 'app-5-7-3-auth-unsuccessful', 'app-side'],
    [
      '550 5.7.60 SMTP; Client does not have permissions to send as this sender',
      'app-5-7-60-send-as',
      'app-side',
    ],
  ])('classifies "%s" as %s', (text, id, kind) => {
    const result = analyze(text);
    expect(result.entry?.id).toBe(id);
    expect(result.kind).toBe(kind);
  });

  it('classifies 5.7.1 Unable to relay as unrelated, not as a recipient restriction', () => {
    const result = analyze("Remote Server returned '550 5.7.1 Unable to relay'");
    expect(result.kind).toBe('unrelated');
    expect(result.answers).toEqual({});
  });

  it('decides from the diagnostic text even without a status code', () => {
    expect(analyze('smtp; 550 RESOLVER.RST.AuthRequired; authentication required').entry?.id).toBe(
      'auth-required',
    );
  });

  it('prefers the specific Exchange Online public-folder form of AuthRequired', () => {
    const result = analyze(
      "Remote Server returned '<AM0PR01MB6215.eurprd01.prod.outlook.com> #5.7.1 smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'",
    );
    expect(result.entry?.id).toBe('exo-public-folder-auth-required');
    expect(result.answers).toEqual({ recipient: 'public-folder', platform: 'exchange-online' });
  });

  it('treats a bare 5.7.1 as ambiguous and says what to ask', () => {
    const result = analyze('550 5.7.1 Rejected');
    expect(result.kind).toBe('ambiguous');
    expect(result.entry?.ask?.options.map((option) => option.kind)).toEqual([
      'in-family',
      'unrelated',
    ]);
  });

  it('asks whether "Client was not authenticated" came from an app or as a bounce, and which bounce', () => {
    const result = analyze(
      "Remote Server returned '<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#'",
    );
    expect(result.kind).toBe('ambiguous');
    expect(result.entry?.ask?.options.map((option) => option.kind)).toEqual([
      'app-side',
      'unrelated',
      'in-family',
    ]);
    expect(
      result.entry?.ask?.options.find((option) => option.kind === 'app-side')?.answers,
    ).toEqual({ role: 'app' });
  });

  it('does not ask about 5.7.57: Microsoft ties it to an app sending through smtp.office365.com', () => {
    const result = analyze(
      '530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM',
    );
    expect(result.entry?.id).toBe('app-5-7-57-not-authenticated');
    expect(result.kind).toBe('app-side');
  });

  it('falls back to what the code class means when nothing specific matches', () => {
    expect(analyze('550 5.6.0 Content conversion failed').entry?.id).toBe('generic-5-6-content');
    expect(analyze('451 4.7.0 Temporary server error').entry?.id).toBe('generic-transient');
  });

  it('uses a bare SMTP reply for the class when there is no enhanced code', () => {
    const result = analyze('550 Requested action not taken: policy');
    expect(result.entry?.id).toBe('generic-permanent');
    expect(result.smtpReplies).toEqual(['550']);
    expect(result.codes).toEqual([]);
  });

  it('does not take a number that opens an ordinary sentence for an SMTP reply', () => {
    expect(analyze('500 units shipped on Monday.').kind).toBe('no-code');
  });

  it('lists the other entries that matched, best first', () => {
    expect(analyze('550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup').alsoMatched).toEqual([
      'generic-5-7-security',
      'generic-permanent',
    ]);
  });
});

describe('answers', () => {
  it('settles mail-user and Exchange Online for 5.7.136', () => {
    expect(analyze('550 5.7.136 Sender was not authenticated').answers).toEqual({
      recipient: 'mail-user',
      platform: 'exchange-online',
    });
  });

  it('settles Microsoft 365 group and Exchange Online for 5.7.193', () => {
    expect(
      analyze(
        "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member",
      ).answers,
    ).toEqual({
      recipient: 'microsoft-365-group',
      platform: 'exchange-online',
    });
  });

  it('offers user or shared mailbox for 5.7.134 instead of answering', () => {
    const result = analyze('550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox');
    expect(result.answers.recipient).toBeUndefined();
    expect(result.recipientCandidates).toEqual(['user-mailbox', 'shared-mailbox']);
  });

  it('narrows AuthRequired to on-premises when no version shows', () => {
    const result = analyze('#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##');
    expect(result.answers).toEqual({});
    expect(result.platformCandidates).toEqual([
      'exchange-server',
      'exchange-2010',
      'exchange-2007',
    ]);
  });

  it('takes the platform from "Microsoft Exchange Server 2010" in the text', () => {
    const result = analyze(
      lines(
        'Microsoft Exchange Server 2010',
        '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##',
      ),
    );
    expect(result.version?.platform).toBe('exchange-2010');
    expect(result.answers.platform).toBe('exchange-2010');
    expect(result.platformCandidates).toBeUndefined();
  });

  it('leaves the answers empty for an unrelated bounce', () => {
    const result = analyze(
      lines(
        'Generating server: AM0PR01MB6215.eurprd01.prod.outlook.com',
        '550 5.7.1 Unable to relay',
      ),
    );
    expect(result.platformGuess).toBe('exchange-online');
    expect(result.answers).toEqual({});
  });
});

describe('extraction', () => {
  it('does not read IP addresses, dates or build numbers as status codes', () => {
    const result = analyze(
      lines(
        'Received: from host (10.5.7.129) by EX01 (192.0.4.4) with Microsoft SMTP Server id 15.20.7918.24',
        'Sent: 5.10.2024, server 2.5.4.1.7 version 14.3.389.1',
      ),
    );
    expect(result.codes).toEqual([]);
    expect(result.kind).toBe('no-code');
  });

  it('finds every enhanced code and SMTP reply, each once', () => {
    const result = analyze(
      lines(
        'Status: 5.7.133',
        'Diagnostic-Code: smtp;550 5.7.133 x',
        '#550 5.7.133 x ##',
        '452 4.2.2 later',
      ),
    );
    expect(result.codes).toEqual(['5.7.133', '4.2.2']);
    expect(result.smtpReplies).toEqual(['550', '452']);
    expect(result.code).toBe('5.7.133');
  });

  it('collects diagnostic tokens', () => {
    const result = analyze(
      '550 5.7.193 UnifiedGroupAgent; x / 550 5.7.1 RESOLVER.RST.AuthRequired; y / STOREDRV.Deliver.Exception:QuotaExceededException',
    );
    expect(result.diagnostics).toEqual([
      'UnifiedGroupAgent',
      'RESOLVER.RST.AuthRequired',
      'STOREDRV.Deliver.Exception',
    ]);
  });

  it('prefers Final-Recipient over the other places a recipient appears', () => {
    const result = analyze(
      lines(
        "Your message to alias@contoso.com couldn't be delivered.",
        'Original-Recipient: rfc822;original@contoso.com',
        'Final-Recipient: rfc822; final@contoso.com',
        'Status: 5.7.133',
      ),
    );
    expect(result.recipient).toBe('final@contoso.com');
    expect(result.recipients).toEqual([
      'final@contoso.com',
      'alias@contoso.com',
      'original@contoso.com',
    ]);
  });

  it('finds the recipient under "Delivery has failed to these recipients or groups:"', () => {
    const result = analyze(
      lines(
        'Delivery has failed to these recipients or groups:',
        '',
        'Sales <mailto:sales@contoso.com>',
        'Status code: 550 5.7.133',
      ),
    );
    expect(result.recipient).toBe('sales@contoso.com');
  });

  it('reads Reporting-MTA and Remote-MTA as the servers', () => {
    const result = analyze(
      lines(
        'Reporting-MTA: dns; EX01.contoso.local',
        'Remote-MTA: dns; mx.fabrikam.com',
        'Status: 5.1.1',
      ),
    );
    expect(result.servers).toEqual({ reporting: 'EX01.contoso.local', remote: 'mx.fabrikam.com' });
    expect(result.platformGuess).toBe('on-premises');
  });

  it('reads the server before "#550" in older Exchange NDRs as the remote server', () => {
    const result = analyze(
      lines(
        'Generating server: EX2010.contoso.local',
        '',
        'user@fabrikam.com',
        'mx.fabrikam.com #550 5.1.1 User unknown ##',
      ),
    );
    expect(result.servers).toEqual({
      reporting: 'EX2010.contoso.local',
      remote: 'mx.fabrikam.com',
    });
  });

  it('guesses Exchange Online from an outlook.com server name', () => {
    expect(
      analyze(lines('Generating server: VI1PR03MB3102.eurprd03.prod.outlook.com', 'Status: 5.7.12'))
        .platformGuess,
    ).toBe('exchange-online');
  });

  it('takes a build number only from the server that handled the recipient', () => {
    const sentFromOnline = lines(
      'Generating server: EX2016.contoso.local',
      'Received: from AM0PR01MB6215.eurprd01.prod.outlook.com by AM0PR01MB6216.eurprd01.prod.outlook.com with Microsoft SMTP Server id 15.20.7918.24',
      '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##',
    );
    expect(analyze(sentFromOnline).version).toBeUndefined();

    const handledOnPremises = lines(
      sentFromOnline,
      'Received: from mail.fabrikam.com (203.0.113.25) by EX2016.contoso.local (10.0.0.5) with',
      ' Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39',
    );
    expect(analyze(handledOnPremises).version).toEqual({
      platform: 'exchange-server',
      label: 'Exchange Server 2016',
      build: '15.1.2507.39',
    });
  });
});

describe('evidence', () => {
  it('highlights the code, the reply and the diagnostic on the line that carries them', () => {
    const result = analyze(
      "Remote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required'",
    );
    expect(highlighted(result, 'status-code')).toEqual(['5.7.133']);
    expect(highlighted(result, 'smtp-reply')).toEqual(['550']);
    expect(highlighted(result, 'diagnostic')).toEqual([
      'RESOLVER.RST.SenderNotAuthenticatedForGroup',
    ]);
    expect(result.evidence[0]?.line).toBe(1);
  });

  it('highlights the recipient and the servers', () => {
    const result = analyze(
      lines(
        'Reporting-MTA: dns;EX01.contoso.local',
        '',
        'Final-Recipient: rfc822;group@contoso.com',
        'Status: 5.7.1',
        'Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
      ),
    );
    expect(highlighted(result, 'recipient')).toEqual(['group@contoso.com']);
    expect(highlighted(result, 'server')).toEqual(['EX01.contoso.local']);
    expect(result.evidence.map((evidence) => evidence.line)).toEqual([1, 3, 4, 5]);
  });

  it('shows a window of a very long line, with ranges inside it', () => {
    const long = `${'x'.repeat(2000)} 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup ${'y'.repeat(2000)}`;
    const evidence = analyze(long).evidence[0];
    expect(evidence?.clipped).toBe(true);
    expect(evidence?.text.length).toBeLessThanOrEqual(300);
    const code = evidence?.highlights.find((highlight) => highlight.label === 'status-code');
    expect(code && evidence?.text.slice(code.start, code.end)).toBe('5.7.133');
  });
});

describe('bad input', () => {
  it('reports empty input as empty', () => {
    expect(analyze('').kind).toBe('empty');
    expect(analyze(' \n\t\r\n ').kind).toBe('empty');
  });

  it('reports text without any code as no-code', () => {
    const result = analyze('Hi Sam, the printer on the 2nd floor is out of toner again. Thanks!');
    expect(result.kind).toBe('no-code');
    expect(result.entry).toBeUndefined();
    expect(result.evidence).toEqual([]);
  });

  it('keeps HTML and script in the text as plain text in the evidence', () => {
    const line =
      '<b onclick="alert(1)">550 5.7.133</b><script>alert("x")</script> RESOLVER.RST.SenderNotAuthenticatedForGroup';
    const result = analyze(line);
    expect(result.entry?.id).toBe('exo-5-7-133-group');
    expect(result.evidence[0]?.text).toBe(line);
  });

  it('analyses 5 MB of text and still finds the bounce in it', () => {
    const filler =
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n';
    const half = filler.repeat(Math.ceil((2.5 * 1024 * 1024) / filler.length));
    const result = analyze(`${half}550 5.7.136 Sender was not authenticated\n${half}`);
    expect(result.entry?.id).toBe('exo-5-7-136-mail-user');
    expect(result.truncated).toBe(false);
  });

  it('reads only the first part of input beyond its size limit, and says so', () => {
    const result = analyze(
      `550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox\n${'z'.repeat(MAX_INPUT_CHARS)}`,
    );
    expect(result.truncated).toBe(true);
    expect(result.entry?.id).toBe('exo-5-7-134-mailbox');
  });

  it('survives garbage: control characters, lone surrogates and one huge line', () => {
    const garbage = Array.from({ length: 200_000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 65536),
    ).join('');
    expect(() => analyze(garbage)).not.toThrow();
    const started = performance.now();
    expect(analyze(garbage).kind).not.toBe('error');
    expect(analyze('@'.repeat(100_000) + 'a'.repeat(100_000)).kind).toBe('no-code');
    // Generous: about 100 times what it takes; a backtracking pattern takes minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('survives text built to make regular expressions backtrack', () => {
    const hostile = [
      `${'a.'.repeat(50_000)}@`,
      `${'x'.repeat(200_000)}@${'y-'.repeat(50_000)}`,
      `Received: by ${'h.'.repeat(50_000)} Microsoft SMTP Server (${'('.repeat(10_000)}`,
      `${'5.'.repeat(100_000)}7`,
    ].join('\n');
    const started = performance.now();
    const result = analyze(hostile);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.kind).not.toBe('error');
    expect(['no-code', 'unrelated']).toContain(result.kind);
  });

  it('says the analyzer failed, not that it found no code, when it breaks inside', () => {
    const broken = { ...catalogue, entries: [{ ...catalogue.entries[0], codes: null }] };
    const result = analyzeBounce('550 5.7.1 x', broken as unknown as typeof catalogue);
    expect(result.kind).toBe('error');
    expect(result.entry).toBeUndefined();
  });

  it('does not throw on a value that is not a string', () => {
    expect(analyzeBounce(undefined as unknown as string, catalogue).kind).toBe('empty');
  });
});
