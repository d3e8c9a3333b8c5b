import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DocContent } from '../../../components/doc/doc-content';
import { fixSummary } from '../../../content/fix-summary.test-helper';
import type { Answers, DocNode, FixBody } from '../../../content/model';
import { fixBodyForAnswers } from '../../../content/only-blocks';
import { withVariants } from '../../../content/build/resolve-only-blocks';
import { FixBodyView } from './fix-body-view';
import { fixLayout } from './fix-layout';

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

describe('the fix page layout (decision 0022)', () => {
  const resolved = fixBodyForAnswers(body, { role: 'admin', platform: 'exchange-server' });
  const render = (toolsPlacement: 'before-steps' | 'after-steps') =>
    renderToString(
      <MemoryRouter>
        <FixBodyView
          body={resolved}
          tools={<p>THE-TOOLS</p>}
          toolsPlacement={toolsPlacement}
          afterSteps={<p>THE-ACTIONS</p>}
        />
      </MemoryRouter>,
    );
  const order = (html: string, ...marks: string[]) => marks.map((mark) => html.indexOf(mark));

  it('shows the lead, folds the rest of the intro into "Before you start", steps next', () => {
    const layout = fixLayout(resolved);
    expect(layout.lead).toEqual([p('Intro.')]);
    expect(layout.background).toEqual([p('Server intro.')]);
    expect(layout.steps?.id).toBe('steps');
    expect(layout.after.map((section) => section.id)).toEqual(['undo']);
    const html = render('before-steps');
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Before you start<\/summary>/);
    const marks = order(
      html,
      'Intro.',
      'THE-TOOLS',
      'id="section-steps"',
      'Server intro.',
      'id="step-1"',
      'THE-ACTIONS',
      'section-undo',
    );
    // Lead, tools, the steps' heading, background, step 1, page actions, other sections.
    expect(marks).toEqual(marks.toSorted((a, b) => a - b));
    expect(marks[0]).toBeGreaterThanOrEqual(0);
  });

  it('puts the command tools after the steps on a console page', () => {
    const [steps, tools, actions] = order(
      render('after-steps'),
      'id="step-1"',
      'THE-TOOLS',
      'THE-ACTIONS',
    );
    expect(steps).toBeGreaterThanOrEqual(0);
    expect(tools).toBeGreaterThan(steps ?? 0);
    expect(actions).toBeGreaterThan(tools ?? 0);
  });

  it('folds the whole intro where the builder leads and the steps are commands', () => {
    const command: DocNode = { type: 'command', language: 'powershell', template: 'Get-Thing' };
    const steps = resolved.sections[0];
    if (!steps) throw new Error('no steps');
    const withCommand = {
      ...resolved,
      sections: [{ ...steps, blocks: [...steps.blocks, command] }],
    };
    expect(fixLayout(withCommand)).toMatchObject({
      lead: [],
      background: [p('Intro.'), p('Server intro.')],
    });
    expect(fixLayout(withCommand, 'after-steps').lead).toEqual([p('Intro.')]);
  });

  it('has no disclosure when the intro is one paragraph, or none', () => {
    const bare = { ...resolved, intro: [] };
    expect(fixLayout(bare)).toMatchObject({ lead: [], background: [] });
    const html = renderToString(
      <MemoryRouter>
        <FixBodyView body={{ ...resolved, intro: [p('Only a lead.')] }} />
      </MemoryRouter>,
    );
    expect(html).toContain('Only a lead.');
    expect(html).not.toContain('<details');
  });
});
