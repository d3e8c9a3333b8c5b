import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { controlsGate } from '../lib/controls-until-ready';
import { paths } from '../lib/paths';
import { Layout } from './layout/layout';
import { AppErrorScreen } from './routes/app-error-screen';
import { WizardRoute } from './routes/wizard-route';
import { preloadPageTools } from './routes/lazy-page-tools';

// Route-level features load on demand, so the entry chunk stays within its budget.
const AnalyzeRoute = lazy(() => import('./routes/analyze-route'));
const FixesRoute = lazy(() => import('./routes/fixes-route'));
const AboutRoute = lazy(() => import('./routes/about-route'));

/** The routes of the URL contract; anything else is a wizard position (or "not found"). */
export function App() {
  const { pathname } = useLocation();
  useEffect(() => {
    // Personal data (typed inputs, ticked steps) is read after the first render, so a prerendered
    // page hydrates as rendered; the store is a chunk of its own, shared by the features using it.
    // The controls that write to it open only then, so an early tick cannot overwrite it.
    void import('../store/app-store.ts')
      .then(({ useAppStore }) => useAppStore.persist.rehydrate())
      .catch(() => undefined)
      .finally(() => {
        controlsGate.open();
        // The prerendered page has come alive: tests and tools can wait for it.
        document.documentElement.dataset.app = 'ready';
      });
    preloadPageTools();
  }, []);
  return (
    <Layout>
      <ErrorBoundary resetKey={pathname} fallback={() => <AppErrorScreen />}>
        <Routes>
          <Route
            path={paths.analyze()}
            element={
              <Suspense fallback={<RouteLoading />}>
                <AnalyzeRoute />
              </Suspense>
            }
          />
          <Route
            path={paths.fixes()}
            element={
              <Suspense fallback={<RouteLoading />}>
                <FixesRoute />
              </Suspense>
            }
          />
          <Route
            path={paths.about()}
            element={
              <Suspense fallback={<RouteLoading />}>
                <AboutRoute />
              </Suspense>
            }
          />
          <Route path="*" element={<WizardRoute />} />
        </Routes>
      </ErrorBoundary>
    </Layout>
  );
}

/** Shown while a lazy route's chunk loads (no page heading: focus waits for the real one). */
function RouteLoading() {
  return <p className="text-slate-600 dark:text-slate-400">Loading…</p>;
}
