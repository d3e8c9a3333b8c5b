import { Link } from 'react-router';
import type { Answers } from '../../content/model';
import { siteContent } from '../../content/site-content';
import { troubleshootingPathFor } from '../../content/troubleshooting-path';
import { roleSlugs } from '../../lib/paths';

/**
 * After an admin page's Test section: where to go when the test still bounces, as deep into the
 * troubleshooting path as the page's answers reach. A chunk of its own (it walks the tree), so the
 * entry stays small; the prerender lists it for the pages that show it.
 */
export default function StillBouncingLink({ answers }: { answers: Answers }) {
  const to = troubleshootingPathFor(siteContent().tree, answers, roleSlugs.stillBouncing);
  if (!to) return null;
  return (
    <p className="mt-4">
      <Link
        to={to}
        className="font-semibold text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-sky-300 dark:hover:text-sky-200"
      >
        Still bouncing after the wait?
      </Link>
    </p>
  );
}
