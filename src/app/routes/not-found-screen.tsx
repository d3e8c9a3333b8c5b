import { PageHeading } from '../../components/ui/page-heading';
import { TextLink } from '../../components/ui/text-link';
import { paths } from '../../lib/paths';
import { useNotFoundStatus } from '../../hooks/use-page-meta';

interface NotFoundScreenProps {
  /** The part of the address that matched nothing, as the user typed it. */
  unknownSegment: string;
  /** The deepest valid step before it. */
  nearestPath: string;
  nearestTitle: string;
}

/** An address that is not a step: say what was not found and offer the nearest real step. */
export function NotFoundScreen({ unknownSegment, nearestPath, nearestTitle }: NotFoundScreenProps) {
  useNotFoundStatus();
  return (
    <article>
      <PageHeading title="Page not found">This step doesn’t exist</PageHeading>
      <p className="mt-4 max-w-prose">
        {unknownSegment
          ? `There is no step called “${unknownSegment}” here. The link may be mistyped, or it may come from an older version of the wizard.`
          : 'This address does not lead to a step of the wizard.'}
      </p>
      <ul className="mt-6 grid gap-2">
        <li>
          <TextLink to={nearestPath}>{`Continue from the nearest step: ${nearestTitle}`}</TextLink>
        </li>
        {nearestPath !== paths.home() && (
          <li>
            <TextLink to={paths.home()}>Start over</TextLink>
          </li>
        )}
      </ul>
    </article>
  );
}
