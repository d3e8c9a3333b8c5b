import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { UpdatePrompt } from '../../features/offline/components/update-prompt';
import { paths } from '../../lib/paths';
import { useFocusOnNavigation } from './use-focus-on-navigation';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800 ${isActive ? 'font-semibold underline underline-offset-4' : ''}`;

/** The frame around every screen: skip link, header with the main places, the page, a footer. */
export function Layout({ children }: { children: ReactNode }) {
  useFocusOnNavigation();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-blue-800 dark:focus:bg-slate-900 dark:focus:text-sky-300"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 dark:border-slate-800 print:hidden">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to={paths.home()} className="font-bold text-blue-800 dark:text-sky-300">
            Bounce-fix wizard
          </Link>
          <nav aria-label="Main" className="flex gap-1 text-sm">
            <NavLink to={paths.home()} end className={navLinkClass}>
              Start page
            </NavLink>
            <NavLink to={paths.analyze()} className={navLinkClass}>
              Analyze a bounce
            </NavLink>
            <NavLink to={paths.fixes()} className={navLinkClass}>
              All fixes
            </NavLink>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400 print:hidden">
        <p className="mx-auto max-w-3xl px-4 py-4">
          Runs entirely in your browser: nothing you type or paste leaves this page. Not affiliated
          with Microsoft.{' '}
          <Link to={paths.about()} className="underline underline-offset-2">
            About this site
          </Link>
        </p>
      </footer>
      <UpdatePrompt />
    </div>
  );
}
