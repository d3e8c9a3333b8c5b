/**
 * The prerender's entry (built with `vite build --ssr` into one self-contained file, run by
 * scripts/site/prerender.ts at build time, never shipped to the browser): renders one app path to
 * HTML with everything lazy resolved. The prerender loads a fresh copy per page, so each page's
 * lazy imports are seen from a cold start.
 */
import { StrictMode, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { App } from './app/app';
import { Layout } from './app/layout/layout';
import { NotFoundScreen } from './app/routes/not-found-screen';
import { loadSiteContent } from './content/site-content';
import { PageMetaCollectorContext, type PageMeta } from './hooks/use-page-meta';
import { basePath, paths } from './lib/paths';

export { SITE_DESCRIPTION, documentTitle } from './hooks/use-page-meta';

/** Pages outside the tree that get their own HTML file (when they render something real). */
export const extraPagePaths: readonly string[] = [
  paths.home(),
  paths.fixes(),
  paths.analyze(),
  paths.about(),
];

export interface RenderedPage {
  html: string;
  meta: PageMeta;
}

/** Renders an app path ("/admin/…") as the browser's first render will, lazy parts included. */
export async function renderPage(appPath: string): Promise<RenderedPage> {
  await loadSiteContent();
  return renderToHtml(appPath, <App />);
}

/**
 * The page behind `404.html`: the layout and a generic "not found" (the host serves it for any
 * unknown address, so it cannot name the address; the browser then renders the precise one).
 */
export async function renderNotFoundPage(): Promise<RenderedPage> {
  const { tree } = await loadSiteContent();
  const start = tree.questions[tree.start];
  return renderToHtml(
    '/404',
    <Layout>
      <NotFoundScreen
        unknownSegment=""
        nearestPath={paths.home()}
        nearestTitle={start?.title ?? ''}
      />
    </Layout>,
  );
}

async function renderToHtml(appPath: string, page: ReactNode): Promise<RenderedPage> {
  let meta: PageMeta = {};
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <PageMetaCollectorContext value={(reported) => (meta = { ...meta, ...reported })}>
        <StaticRouter basename={basePath() || '/'} location={`${basePath()}${appPath}`}>
          {page}
        </StaticRouter>
      </PageMetaCollectorContext>
    </StrictMode>,
    {
      onError: (error) => void errors.push(error),
      // Never split a large boundary out into a later chunk revealed by an inline script: the
      // page must be complete HTML that works without JavaScript and under the CSP.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  const html = await new Response(prelude).text();
  if (errors.length > 0) {
    throw new Error(`Rendering ${appPath} failed: ${errors.map(String).join('; ')}`);
  }
  // A boundary left pending (<!--$?-->) or handed to the client (<!--$!-->), or any script, would
  // leave the page incomplete without JavaScript and break the CSP.
  if (/<!--\$[?!]-->|<script\b/.test(html)) {
    throw new Error(`Rendering ${appPath} left part of the page to scripts`);
  }
  return { html, meta };
}
