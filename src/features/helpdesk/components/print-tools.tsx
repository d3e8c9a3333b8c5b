import { secondaryButtonClass } from '../../../components/ui/button-classes';
import { absoluteUrl } from '../../../lib/paths';
import { localDay } from '../lib/local-day';
import { useOrigin } from '../lib/use-origin';
import { ariaDisabledUntilReady } from '../../../lib/controls-until-ready';

/** Opens the browser's print dialog; the page's print styles drop the app's chrome. */
export function PrintButton() {
  const untilReady = ariaDisabledUntilReady();
  return (
    <button
      type="button"
      {...untilReady}
      className={`${secondaryButtonClass} print:hidden`}
      onClick={() => window.print()}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
        <path d="M5 2h10v4H5V2Zm-2 5h14a2 2 0 0 1 2 2v5h-3v4H4v-4H1V9a2 2 0 0 1 2-2Zm3 6v3h8v-3H6Z" />
      </svg>
      Print
    </button>
  );
}

/**
 * On paper only, under the page's title: where the page lives, when it was printed and a line
 * for the ticket number, so a printout leads back to the page and to its ticket. Rendered after
 * mount (the prerendered page knows neither its origin nor the day it is printed).
 */
export function PrintedUrl({ path }: { path: string }) {
  const origin = useOrigin();
  if (!origin) return null;
  return (
    <p className="hidden text-sm print:block">
      Printed from <span className="break-all">{absoluteUrl(path, origin)}</span> on{' '}
      <time>{localDay(new Date())}</time>
      <br />
      Ticket: ________________
    </p>
  );
}
