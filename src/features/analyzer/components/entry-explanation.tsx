import type { CodeEntry, Fixer } from '../../../content/codes-schema';
import { textLinkClass } from '../../../components/ui/text-link';
import type { BounceKind } from '../lib/analyze-bounce';
import { microsoftArticle } from '../lib/bounce-labels';
import { sectionHeadingClass } from './styles';

/** The catalogue's structured "who can fix it", in words. */
const FIXERS: Record<Fixer, string> = {
  sender: 'The sender',
  'sender-admin': 'The sender’s email admin',
  'recipient-admin': 'The recipient’s email admin',
  'app-owner': 'Whoever set up the sending app or device',
};

interface EntryExplanationProps {
  entry: CodeEntry;
  kind: BounceKind;
  /** True when there is no way on into the tree: the result links out to Microsoft's article. */
  linksOut: boolean;
}

function ExternalLink({ url }: { url: string }) {
  return (
    <a href={url} rel="noopener noreferrer" className={`break-all ${textLinkClass}`}>
      {url}
    </a>
  );
}

/**
 * What a catalogue entry says about the bounce (or the admin error): what happened, who can fix
 * it, what to do next and, where the wizard has no fix of its own, Microsoft's article.
 */
export function EntryExplanation({ entry, kind, linksOut }: EntryExplanationProps) {
  const adminError = kind === 'admin-error';
  const article = linksOut ? microsoftArticle(entry) : undefined;
  const fixers = (entry.fixedBy ?? []).map((fixer) => FIXERS[fixer]);
  const whatHeading = adminError
    ? 'What the error means'
    : kind === 'unrelated'
      ? 'What this bounce generally means'
      : 'What happened';
  return (
    <>
      <h3 className={sectionHeadingClass}>{whatHeading}</h3>
      <p className="mt-2 max-w-prose">{entry.explanation.what}</p>
      {!adminError && (
        <>
          <h3 className={sectionHeadingClass}>Who can fix it</h3>
          {fixers.length > 0 && (
            <p className="mt-2 max-w-prose font-medium">{fixers.join('; if they can’t: ')}</p>
          )}
          <p className="mt-2 max-w-prose">{entry.explanation.whoCanFix}</p>
        </>
      )}
      {entry.nextSteps && (
        <>
          <h3 className={sectionHeadingClass}>
            {adminError ? 'How to fix it' : 'What to do next'}
          </h3>
          <ol className="mt-2 max-w-prose list-decimal space-y-1 pl-6">
            {entry.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {article && (
        <p className="mt-4 max-w-prose">
          {'Microsoft’s article on it: '}
          <ExternalLink url={article} />
        </p>
      )}
    </>
  );
}

/** The pages the explanation comes from. */
export function EntrySources({ entry }: { entry: CodeEntry }) {
  if (entry.sources.length === 0) return null;
  return (
    <>
      <h3 className={sectionHeadingClass}>Where this explanation comes from</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {entry.sources.map((url) => (
          <li key={url}>
            <ExternalLink url={url} />
          </li>
        ))}
      </ul>
    </>
  );
}
