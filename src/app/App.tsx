import { Suspense, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { useAppStore } from '../store/app-store.ts';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { Layout } from './layout/Layout';
import { AppErrorScreen } from './routes/AppErrorScreen';
import { lazyRoutes } from './routes/lazy-routes';
import { RouteLoading } from './routes/RouteLoading';
import { WizardRoute } from './routes/WizardRoute';

/** The routes of the URL contract; anything else is a wizard position (or "not found"). */
export function App() {
  const { pathname } = useLocation();
  useEffect(() => {
    void useAppStore.persist.rehydrate();
  }, []);
  return (
    <Layout>
      <ErrorBoundary resetKey={pathname} fallback={() => <AppErrorScreen />}>
        <Routes>
          {lazyRoutes.map(({ path, Component }) => (
            <Route
              key={path}
              path={path}
              element={
                <Suspense fallback={<RouteLoading />}>
                  <Component />
                </Suspense>
              }
            />
          ))}
          <Route path="*" element={<WizardRoute />} />
        </Routes>
      </ErrorBoundary>
    </Layout>
  );
}
