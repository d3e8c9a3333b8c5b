import { describe, expect, it } from 'vitest';
import type { Tree } from './model';
import { walkTree } from './walk-tree';

const tree: Tree = {
  start: 'role',
  questions: {
    role: {
      id: 'role',
      key: 'role',
      title: 'Who?',
      shortTitle: 'You are',
      options: [
        { slug: 'admin', label: 'Admin', explanation: '', next: 'platform' },
        { slug: 'loop', label: 'Loop', explanation: '', next: 'role' },
      ],
    },
    platform: {
      id: 'platform',
      key: 'platform',
      title: 'Where?',
      shortTitle: 'Exchange',
      options: [
        { slug: 'online', label: 'Online', explanation: '' },
        { slug: 'server', label: 'Server', explanation: '', when: { role: ['nobody'] } },
        {
          slug: 'old',
          label: 'Old',
          explanation: '',
          unavailable: [
            {
              when: { role: ['admin'] },
              reason: 'gone',
              alternative: { label: 'Online', path: '/admin/online' },
            },
          ],
        },
      ],
    },
  },
};

describe('walkTree', () => {
  it('visits questions, ends, refusals and cycles in path order, skipping hidden options', () => {
    const seen: string[] = [];
    walkTree(tree, {
      question: ({ id, segments }) => void seen.push(`question ${id} at /${segments.join('/')}`),
      end: ({ pathSegments, pathAnswers }) =>
        void seen.push(`end /${pathSegments.join('/')} ${JSON.stringify(pathAnswers)}`),
      unavailable: ({ option, ruleIndex }) =>
        void seen.push(`refused ${option.slug} (${ruleIndex})`),
      cycle: ({ cycle }) => void seen.push(`cycle ${cycle.join(' → ')}`),
    });
    expect(seen).toEqual([
      'question role at /',
      'question platform at /admin',
      'end /admin/online {"role":"admin","platform":"online"}',
      'refused old (0)',
      'cycle role → role',
    ]);
  });

  it('leaves a question’s options unwalked when the visitor says so', () => {
    const ends: string[] = [];
    walkTree(tree, {
      question: ({ id }) => id !== 'platform',
      end: ({ pathSegments }) => void ends.push(pathSegments.join('/')),
    });
    expect(ends).toEqual([]);
  });
});
