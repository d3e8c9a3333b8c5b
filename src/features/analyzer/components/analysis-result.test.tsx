import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { projectContentBundle } from '../../../content/build/project-content.ts';
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../lib/analyze-bounce';
import { resolveBounce } from '../lib/continue-plan';
import { AnalysisResult } from './analysis-result';

const content = projectContentBundle();

function renderResult(catalogue: typeof content.codes, text: string) {
  const analysis = analyzeBounce(text, catalogue);
  return renderToString(
    <MemoryRouter>
      <AnalysisResult
        analysis={analysis}
        source={{ type: 'paste', chars: text.length }}
        choice={undefined}
        onChoose={() => undefined}
        resolution={resolveBounce(analysis)}
        routes={[]}
        tree={content.tree}
        fixes={content.fixes}
        headingRef={{ current: null }}
      />
    </MemoryRouter>,
  );
}

describe('AnalysisResult', () => {
  it('says the analyzer failed, not that the text has no code, and offers a way on', () => {
    const broken = { ...content.codes, entries: [{ ...content.codes.entries[0], codes: null }] };
    const html = renderResult(broken as unknown as typeof content.codes, '550 5.7.1 x');
    expect(html).toContain('The analyzer could not read this text');
    expect(html).toContain('a fault on our side');
    expect(html).toContain('answer the wizard’s questions yourself');
    expect(html).not.toContain('No bounce code found');
  });

  it('names the report’s language among what the bounce shows', () => {
    const html = renderResult(
      content.codes,
      'Generierender Server: EX2010.contoso.local\n\nallstaff@contoso.com\n#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##',
    );
    expect(html).toContain('Language of the report');
    expect(html).toContain('German');
  });
});
