import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DocContent } from '../../../components/doc/doc-content';
import { fixSummary } from '../../../content/fix-summary.test-helper';
import type { Answers, DocNode, FixBody } from '../../../content/model';
import { fixBodyForAnswers } from '../../../content/only-blocks';
import { withVariants } from '../../../content/build/resolve-only-blocks';
import { FixBodyView } from './fix-body-view';

const p = (value: string): DocNode => ({
  type: 'element',
  tag: 'p',
  children: [{ type: 'text', value }],
});
const only = (platform: string[], ...children: DocNode[]): DocNode => ({
  type: 'only',
  when: { platform },
  children,
});
const stepBlocks = [p('Remove the right:'), only(['exchange-2010'], p('With -AccessRights.'))];
const unresolved: FixBody = {
  id: 'fix',
  summary: fixSummary('fix'),
  intro: [p('Intro.'), only(['exchange-server'], p('Server intro.'))],
  sections: [
    {
      id: 'steps',
      title: 'Steps',
      blocks: [
        {
          type: 'element',
          tag: 'ol',
          children: [{ type: 'element', tag: 'li', children: stepBlocks }],
        },
      ],
      steps: [{ number: 1, anchor: 'step-1', blocks: stepBlocks }],
    },
    {
      id: 'undo',
      title: 'Undo',
      blocks: [
        only(['exchange-server'], p('Undo 2013+.')),
        only(['exchange-2010'], p('Undo 2010.')),
      ],
    },
  ],
};

const platforms = ['exchange-server', 'exchange-2010'];
// The build resolves the blocks for every position that reaches the page.
const body = withVariants(
  unresolved,
  platforms.map((platform) => ({ role: 'admin', platform })),
);

function renderFor(answers: Answers): string {
  return renderToString(
    <MemoryRouter>
      <FixBodyView body={fixBodyForAnswers(body, answers)} />
    </MemoryRouter>,
  );
}

describe('a fix page with :::only blocks', () => {
  it('shows each block only for the answers it names, the steps the same for all', () => {
    const server = renderFor({ role: 'admin', platform: 'exchange-server' });
    expect(server).toContain('Server intro.');
    expect(server).toContain('Undo 2013+.');
    expect(server).not.toContain('Undo 2010.');
    expect(server).not.toContain('With -AccessRights.');

    const legacy = renderFor({ role: 'admin', platform: 'exchange-2010' });
    expect(legacy).not.toContain('Server intro.');
    expect(legacy).toContain('Undo 2010.');
    expect(legacy).toContain('With -AccessRights.');
    expect(legacy).not.toContain('Undo 2013+.');

    for (const html of [server, legacy]) expect(html).toContain('id="step-1"');
  });

  it('gives the same resolved body for the same answers, so effects do not re-run', () => {
    expect(Object.keys(body.variants ?? {})).toHaveLength(2);
    expect(fixBodyForAnswers(body, { platform: 'exchange-2010', role: 'admin' })).toBe(
      fixBodyForAnswers(body, { role: 'admin', platform: 'exchange-2010' }),
    );
  });

  it('never renders a block that was not resolved for a position', () => {
    const html = renderToString(
      <DocContent nodes={[p('Always.'), only(['exchange-2010'], p('Unresolved.'))]} />,
    );
    expect(html).toBe('<p>Always.</p>');
  });
});
