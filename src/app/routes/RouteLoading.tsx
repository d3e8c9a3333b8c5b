/** Shown while a lazily loaded screen downloads (only on a slow first visit to it). */
export function RouteLoading() {
  return (
    <p role="status" className="text-slate-600 dark:text-slate-400">
      Loading…
    </p>
  );
}
