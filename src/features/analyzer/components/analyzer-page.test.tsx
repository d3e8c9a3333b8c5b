import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { projectContentBundle } from '../../../content/build/project-content.ts';
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../lib/analyze-bounce';
import { continueRoutes, resolveBounce } from '../lib/continue-plan';
import { AnalysisResult } from './analysis-result';
import { AnalyzerPage } from './analyzer-page';

// Runs in Node, without a DOM: the page must render the way the prerenderer renders it.
const content = projectContentBundle();

function render() {
  return renderToString(
    <MemoryRouter initialEntries={['/analyze']}>
      <AnalyzerPage tree={content.tree} fixes={content.fixes} />
    </MemoryRouter>,
  );
}

function renderResult(text: string) {
  const analysis = analyzeBounce(text, content.codes);
  const resolution = resolveBounce(analysis);
  return renderToString(
    <MemoryRouter>
      <AnalysisResult
        analysis={analysis}
        source={{ type: 'paste', chars: text.length }}
        choice={undefined}
        onChoose={() => undefined}
        resolution={resolution}
        routes={continueRoutes(content.tree, analysis, resolution)}
        tree={content.tree}
        fixes={content.fixes}
        headingRef={{ current: null }}
      />
    </MemoryRouter>,
  );
}

function fixture(name: string) {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

describe('The analyzer rendered without a browser', () => {
  it('renders the empty page: heading, labelled text area, button, file picker, privacy note', () => {
    const html = render();
    expect(html).toContain('Analyze a bounce');
    expect(html).toMatch(/<label for="[^"]+"[^>]*>Paste the bounce message<\/label>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Analyze<\/button>/);
    expect(html).toMatch(/<input[^>]*type="file"[^>]*accept="\.eml,\.txt/);
    expect(html).toContain('Nothing you paste or open is uploaded');
  });

  it('renders a result with highlighted evidence and the continue links', () => {
    const html = renderResult(fixture('auth-required--outlook-exchange-2010.txt'));
    expect(html).toContain('<mark data-label="diagnostic"');
    expect(html).toContain('RESOLVER.RST.AuthRequired</mark>');
    expect(html).toMatch(/href="\/admin"/);
    expect(html).toMatch(/href="\/sender\/authentication-required"/);
    expect(html).toMatch(/href="\/admin\/distribution-group\/exchange-2010"/);
  });

  it('escapes markup from the bounce', () => {
    const html = renderResult(
      '<img src=x onerror=alert(1)> 550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('renders an unrelated bounce without a link into the fix pages', () => {
    const html = renderResult(fixture('mailbox-full--outlook.txt'));
    expect(html).toContain('Outside this wizard’s family');
    expect(html).not.toMatch(/href="\/(admin|sender|app)/);
  });
});
