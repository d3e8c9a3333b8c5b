import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { Layout } from './layout/Layout';
import { AppErrorScreen } from './routes/AppErrorScreen';
import { WizardRoute } from './routes/WizardRoute';

/** The routes of the URL contract; anything else is a wizard position (or "not found"). */
export function App() {
  const { pathname } = useLocation();
  useEffect(() => {
    // The prerendered page has come alive (hydrated or rendered): tests and tools can wait for it.
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <Layout>
      <ErrorBoundary resetKey={pathname} fallback={() => <AppErrorScreen />}>
        <Routes>
          <Route path="*" element={<WizardRoute />} />
        </Routes>
      </ErrorBoundary>
    </Layout>
  );
}
