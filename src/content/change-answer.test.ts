import { describe, expect, it } from 'vitest';
import { buildContent } from './build/build-content.ts';
import { readContentDir } from './build/read-content-dir.ts';
import { answerChange, pathKeepingAnswers } from './change-answer.ts';
import { enumeratePositions } from './enumerate-positions.ts';
import { resolvePosition, segmentsFromPath } from './resolve-position.ts';
import { visibleOptions } from './tree-logic.ts';

const built = buildContent(readContentDir(process.cwd()));
if (!built.bundle) throw new Error('content/ does not build');
const content = built.bundle;

const FROM = '/admin/distribution-group/exchange-online/allowed-senders/powershell';

describe('answerChange (the breadcrumb changes one answer and keeps the rest)', () => {
  it('swaps one segment when the later answers exist on the new path', () => {
    const change = answerChange(content, '/admin/distribution-group', FROM);
    expect(change?.currentSlug).toBe('exchange-online');
    expect(change?.pathFor('exchange-server')).toBe(
      '/admin/distribution-group/exchange-server/allowed-senders/powershell',
    );
  });

  it('stops at the deepest question whose earlier answer does not fit', () => {
    const from = '/admin/distribution-group/exchange-online/allowed-senders/new-eac';
    const change = answerChange(content, '/admin/distribution-group', from);
    // The new EAC is Exchange Online's: on Exchange 2010 the tool question is asked again.
    expect(change?.pathFor('exchange-2010')).toBe(
      '/admin/distribution-group/exchange-2010/allowed-senders',
    );
  });

  it('keeps answers by what they answer, when the new path asks in another order', () => {
    const change = answerChange(content, '/admin', FROM);
    expect(change?.currentSlug).toBe('distribution-group');
    expect(change?.pathFor('security-group')).toBe(
      '/admin/security-group/exchange-online/allowed-senders/powershell',
    );
    // The first answer changed: the app path asks for the platform, and then its own question.
    expect(answerChange(content, '/', FROM)?.pathFor('app')).toBe('/app/exchange-online');
  });

  it('choosing the current answer again goes back to where the user was', () => {
    const change = answerChange(content, '/admin/distribution-group', FROM);
    expect(change?.pathFor('exchange-online')).toBe(FROM);
  });

  it('is undefined when the path did not come through this question', () => {
    expect(answerChange(content, '/sender', FROM)).toBeUndefined();
    expect(answerChange(content, FROM, FROM)).toBeUndefined();
  });

  it('always leads to a position that exists, from every position and for every answer', () => {
    const positions = enumeratePositions(content);
    for (const from of positions.filter((position) => position.kind === 'fix')) {
      const segments = segmentsFromPath(from.path);
      for (let depth = 0; depth < segments.length; depth += 1) {
        const questionPath = `/${segments.slice(0, depth).join('/')}`;
        const question = resolvePosition(content, segments.slice(0, depth));
        if (question.kind !== 'question') throw new Error(questionPath);
        const change = answerChange(content, questionPath, from.path);
        expect(change?.currentSlug).toBe(segments[depth]);
        for (const option of visibleOptions(question.question, question.answers)) {
          const path = change?.pathFor(option.slug) ?? '';
          expect(resolvePosition(content, segmentsFromPath(path)).kind).not.toBe('not-found');
          expect(
            path.startsWith(`${questionPath === '/' ? '' : questionPath}/${option.slug}`),
          ).toBe(true);
        }
      }
    }
  });
});

describe('pathKeepingAnswers', () => {
  it('walks as far as the answers go', () => {
    expect(pathKeepingAnswers(content, ['admin'], { recipient: 'mail-user' })).toBe(
      '/admin/mail-user',
    );
    expect(pathKeepingAnswers(content, ['admin'], { recipient: 'no-such-type' })).toBe('/admin');
  });
});
