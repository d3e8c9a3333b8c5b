import { useId } from 'react';
import { Link } from 'react-router';
import type { AnswerKey, FixRoute, Tree } from '../../../content/model';
import { answerLabel, findAnswerOption } from '../../../content/path-for-answers';
import { TextLink } from '../../../components/ui/text-link';
import type { BounceAnswers } from '../lib/analyze-bounce';
import { continueLinkText, type ContinueRoute } from '../lib/continue-plan';
import { buttonClass, cardClass, sectionHeadingClass } from './styles';
import { useAppStore } from '../../../store/app-store';
import { withBounceRecipient } from '../../../store/command-inputs';

interface ContinueRoutesProps {
  routes: ContinueRoute[];
  /** What the bounce settled, to say when the tree can't take an answer yet. */
  answers: BounceAnswers;
  tree: Tree;
  fixes: readonly FixRoute[];
  /** The recipient address the bounce names: handed to the command builder of the page a link opens. */
  recipient?: string | undefined;
}

/** On following a link: the bounce's recipient goes with it, marked "from the bounce" there. */
function handOff(recipient: string | undefined, path: string) {
  return () => {
    if (!recipient) return;
    useAppStore
      .getState()
      .updateCommandInputs((stored) => withBounceRecipient(stored, path, recipient, Date.now()));
  };
}

function RouteCard({
  route,
  primary,
  answers,
  tree,
  fixes,
  recipient,
}: Omit<ContinueRoutesProps, 'routes'> & { route: ContinueRoute; primary: boolean }) {
  const headingId = useId();
  const { walk, shortcuts } = route;
  const [roleStep, ...answered] = walk.steps;
  const next = walk.next;
  const linkText = continueLinkText(walk, fixes);
  // What the bounce says for the question the walk stopped at, when the tree has no such answer.
  const wanted = next ? answers[next.key as keyof BounceAnswers] : undefined;
  const unplaced = next && wanted && !findAnswerOption(tree, next.key, wanted) ? wanted : undefined;
  // Answers the bounce settles that come after the question the walk stopped at.
  const later = next
    ? (Object.entries(route.known) as Array<[AnswerKey, string | undefined]>).filter(
        ([key, slug]) => slug !== undefined && key !== next.key && walk.answers[key] === undefined,
      )
    : [];
  const laterText = later.map(([key, slug]) => answerLabel(tree, key, slug ?? '')).join(' · ');

  return (
    <li className={`${cardClass} ${primary ? 'border-2 border-blue-700 dark:border-sky-400' : ''}`}>
      <div role="group" aria-labelledby={headingId}>
        <h4 id={headingId} className="font-semibold">
          {roleStep?.option.label}
        </h4>
        {answered.length > 0 && (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {'Answered from the bounce: '}
            {answered
              .map((step) => `${step.question.shortTitle}: ${step.option.label}`)
              .join(' · ')}
          </p>
        )}
        {laterText && (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {shortcuts.length > 0
              ? `Also from the bounce, kept when you answer below: ${laterText}`
              : `Also from the bounce: ${laterText}`}
          </p>
        )}
        <p className="mt-3">
          {primary ? (
            <Link to={walk.path} className={buttonClass} onClick={handOff(recipient, walk.path)}>
              {linkText}
            </Link>
          ) : (
            <TextLink to={walk.path} onClick={handOff(recipient, walk.path)}>
              {linkText}
            </TextLink>
          )}
        </p>
        {next && unplaced && (
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            {`The bounce points to “${answerLabel(tree, next.key, unplaced)}”, which the wizard doesn’t cover yet: pick the closest answer.`}
          </p>
        )}
        {next && shortcuts.length > 0 && (
          <div className="mt-3">
            <p className="text-sm font-medium">{`Or answer “${next.title}” right here:`}</p>
            <ul className="mt-2 flex flex-wrap gap-2" aria-label={`Answers to “${next.title}”`}>
              {shortcuts.map((shortcut) => (
                <li key={shortcut.option.slug}>
                  <Link
                    to={shortcut.walk.path}
                    onClick={handOff(recipient, shortcut.walk.path)}
                    className="inline-block rounded-md border border-blue-700 px-3 py-1.5 font-medium text-blue-800 hover:bg-blue-50 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-slate-900"
                  >
                    {shortcut.option.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </li>
  );
}

/**
 * The ways on into the tree, one card per role, the first the default. Each link carries every
 * answer the bounce settles; the tree asks the rest.
 */
export function ContinueRoutes({ routes, answers, tree, fixes, recipient }: ContinueRoutesProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeadingClass}>
        {routes.length > 1 ? 'Go on to the fix: which one are you?' : 'Go on to the fix'}
      </h3>
      <ul className="mt-3 grid gap-3">
        {routes.map((route, index) => (
          <RouteCard
            key={route.role}
            route={route}
            primary={index === 0}
            answers={answers}
            tree={tree}
            fixes={fixes}
            recipient={recipient}
          />
        ))}
      </ul>
    </section>
  );
}
