/** A secondary action (copy, print, reset): a bordered button that does not compete with links. */
export const secondaryButtonClass =
  'inline-flex items-center gap-1.5 rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
