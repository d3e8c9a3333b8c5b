/** Class names shared by the analyzer's pieces (Tailwind; no style attributes, for the CSP). */
export const buttonClass =
  'inline-flex items-center rounded-md bg-blue-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-blue-800 dark:bg-sky-700 dark:hover:bg-sky-800';

export const cardClass = 'rounded-lg border border-slate-300 p-4 dark:border-slate-600';

export const sectionHeadingClass = 'mt-8 text-lg font-semibold';
