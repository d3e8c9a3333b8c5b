import { Link } from 'react-router';
import type { FixSection } from '../../content/model';

/** The admin fix page section after which the troubleshooting path is offered. */
const TEST_SECTION_ID = 'test';

/** After an admin page's Test section: where to go when the test still bounces. */
export function renderStillBouncingLink(to: string | undefined) {
  if (!to) return undefined;
  return (section: FixSection) =>
    section.id === TEST_SECTION_ID ? (
      <p className="mt-4">
        <Link
          to={to}
          className="font-semibold text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-sky-300 dark:hover:text-sky-200"
        >
          Still bouncing after the wait?
        </Link>
      </p>
    ) : null;
}
