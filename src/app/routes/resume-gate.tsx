import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/app-store';

const ResumePanel = lazy(() => import('./resume-panel'));

/**
 * "Continue where you left off", for someone with progress only. A chunk of its own, so the store
 * stays out of the entry; the panel itself (with the fix index) loads only when there is progress.
 */
export default function ResumeGate() {
  const hasProgress = useAppStore((state) => Object.keys(state.progress).length > 0);
  if (!hasProgress) return null;
  return (
    <Suspense fallback={null}>
      <ResumePanel />
    </Suspense>
  );
}
