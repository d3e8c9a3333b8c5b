import { PageHeading } from '../../components/ui/page-heading';
import { TextLink } from '../../components/ui/text-link';
import { paths } from '../../lib/paths';

/** Shown if a screen fails to render, so the page is never blank. */
export function AppErrorScreen() {
  return (
    <article role="alert">
      <PageHeading title="Something went wrong">Something went wrong on this page</PageHeading>
      <p className="mt-4 max-w-prose">
        The page could not be shown. Reloading often helps; if it doesn’t, start again from the
        beginning.
      </p>
      <p className="mt-6">
        <TextLink to={paths.home()}>Start over</TextLink>
      </p>
    </article>
  );
}
