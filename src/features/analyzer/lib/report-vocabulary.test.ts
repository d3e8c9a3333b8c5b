import { describe, expect, it } from 'vitest';
import type { CodeCatalogue } from '../../../content/codes-schema';
import { reportVocabulary } from './report-vocabulary';

const catalogue = {
  version: 1,
  entries: [],
  reportLanguages: [
    {
      language: 'en',
      name: 'English',
      subjects: ['Undeliverable:'],
      headings: { diagnostics: ['Diagnostic information for administrators'], originalHeaders: [] },
      labels: {
        generatingServer: ['Generating server'],
        dsnGeneratedBy: [],
        remoteServer: ['Remote server'],
        recipientAddress: [],
      },
      recipientIntros: ['delivery has failed to these recipients or groups'],
      yourMessageTo: ['Your message to {address}'],
      hostGaveError: ['{host} gave this error'],
    },
    {
      language: 'fr',
      name: 'French',
      subjects: ['Non remis :'],
      headings: { diagnostics: [], originalHeaders: ["En-têtes de message d'origine"] },
      labels: {
        generatingServer: ['Serveur de génération'],
        dsnGeneratedBy: [],
        remoteServer: [],
        recipientAddress: [],
      },
      recipientIntros: [],
      yourMessageTo: [],
      hostGaveError: [],
    },
    {
      language: 'ja',
      name: 'Japanese',
      subjects: [],
      headings: { diagnostics: [], originalHeaders: [] },
      labels: {
        generatingServer: ['生成サーバー'],
        dsnGeneratedBy: [],
        remoteServer: [],
        recipientAddress: [],
      },
      recipientIntros: [],
      yourMessageTo: ['{address} へのメッセージ'],
      hostGaveError: [],
    },
  ],
} satisfies CodeCatalogue;
const vocabulary = reportVocabulary(catalogue);

describe('reportVocabulary', () => {
  it.each([
    ['Generating server: EX01.contoso.local', 'generating-server', 19, 'en'],
    ['> generating SERVER :EX01', 'generating-server', 21, 'en'],
    ['Serveur de génération\u00a0: SRV124.ville-saumur.fr', 'generating-server', 24, 'fr'],
    ['生成サーバー：EX01', 'generating-server', 7, 'ja'],
    ['生成サーバー：EX01:25', 'generating-server', 7, 'ja'],
    ['Generating server:\u00a0\u202f\tEX01', 'generating-server', 21, 'en'],
    ['\t> >Generating server\t:', 'generating-server', 23, 'en'],
    ['Final-Recipient: rfc822;a@contoso.com', 'final-recipient', 17, undefined],
    ['Received: from x by y', 'received', 10, undefined],
  ])('finds the field of %j', (line, kind, valueStart, language) => {
    expect(vocabulary.field(line)).toEqual({ kind, valueStart, ...(language ? { language } : {}) });
  });

  it.each([
    "Remote Server returned '550 5.7.1 x: y'",
    'Generating server returned nothing',
    'Subject: Undeliverable: x',
    `${'x'.repeat(100)}: Generating server: a`,
    ': Generating server: a',
    ' > : a',
  ])('finds no field in %j', (line) => {
    expect(vocabulary.field(line)).toBeUndefined();
  });

  it('finds the sentence above the recipients, the language it is in, anywhere on the line', () => {
    expect(vocabulary.recipientIntro('Delivery has failed to these recipients or groups:')).toBe(
      'en',
    );
    expect(vocabulary.recipientIntro('Nothing failed.')).toBeUndefined();
  });

  it('finds the recipient after "Your message to" and before "へのメッセージ"', () => {
    expect(vocabulary.yourMessageTo?.exec('Your message to: a@contoso.com')?.index).toBe(0);
    expect(vocabulary.addressBeforeMessage?.exec('a@contoso.com へのメッセージ')?.[1]).toBe(
      'a@contoso.com',
    );
  });

  it('finds the host before "gave this error"', () => {
    expect(vocabulary.hostGaveError?.exec('mx.contoso.com gave this error:')?.[1]).toBe(
      'mx.contoso.com',
    );
    expect(vocabulary.hostGaveError?.exec('mx.contoso.com said nothing')).toBeNull();
  });

  it('finds headings alone on their line, with or without a colon', () => {
    expect(vocabulary.heading('Diagnostic information for administrators:')).toEqual({
      kind: 'diagnostics',
      language: 'en',
    });
    expect(vocabulary.heading("  En-têtes de message d'origine :")).toEqual({
      kind: 'original-headers',
      language: 'fr',
    });
    expect(vocabulary.heading('See the diagnostic information for administrators')).toBeUndefined();
  });

  it('finds a report subject alone or after a subject label', () => {
    expect(vocabulary.subject('Non remis : Votre message')).toBe('fr');
    expect(vocabulary.subject('Subject: Undeliverable: Quarterly figures')).toBe('en');
    expect(vocabulary.subject('Re: lunch')).toBeUndefined();
  });

  it('compiles a catalogue once', () => {
    expect(reportVocabulary(catalogue)).toBe(vocabulary);
  });
});
