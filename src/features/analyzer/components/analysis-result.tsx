import type { ReactNode, RefObject } from 'react';
import type { FixRoute, Tree } from '../../../content/model';
import { TextLink } from '../../../components/ui/text-link';
import { paths } from '../../../lib/paths';
import type { BounceAnalysis } from '../lib/analyze-bounce';
import type { ContinueRoute, Resolution } from '../lib/continue-plan';
import type { AnalyzedSource } from '../store/analyzer-store';
import { AskQuestion } from './ask-question';
import { BounceFacts } from './bounce-facts';
import { ContinueRoutes } from './continue-routes';
import { EntryExplanation, EntrySources } from './entry-explanation';
import { EvidenceList } from './evidence-list';

interface AnalysisResultProps {
  analysis: BounceAnalysis;
  source: AnalyzedSource;
  choice: number | undefined;
  onChoose: (choice: number) => void;
  resolution: Resolution;
  routes: ContinueRoute[];
  tree: Tree;
  fixes: readonly FixRoute[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Composed from outside, shown after the way on (only when there is one). */
  after?: ReactNode;
}

const numberFormat = new Intl.NumberFormat('en-US');

/** The result's heading, also announced when the analysis is ready. */
export function resultTitle(analysis: BounceAnalysis): string {
  if (analysis.entry) return analysis.entry.title;
  if (analysis.kind === 'error') return 'The analyzer could not read this text';
  if (analysis.kind === 'unrelated')
    return `A bounce outside this wizard’s family (${analysis.code ?? 'no code'})`;
  return 'No bounce code found';
}

const KIND_NOTES: Partial<Record<BounceAnalysis['kind'], string>> = {
  'in-family':
    'This is the problem this wizard fixes: the recipient accepts mail only from authenticated or listed senders.',
  'app-side':
    'An app, device or script failed to sign in or send. The wizard’s app-owner path covers it.',
  ambiguous: 'This text fits more than one problem. One answer settles which.',
  'admin-error':
    'This is not a bounce: it is an error Exchange gives while a fix is being applied (in PowerShell or the admin center). Here is what it means and how to get past it.',
};

function SourceLine({ source }: { source: AnalyzedSource }) {
  if (source.type === 'paste') {
    return <>{`Analyzed: the pasted text (${numberFormat.format(source.chars)} characters).`}</>;
  }
  return (
    <>
      {`Analyzed: the file “${source.name}”`}
      {source.subject ? `, subject “${source.subject}”` : ''}.
    </>
  );
}

function OutsideFamily({ code }: { code: string | undefined }) {
  return (
    <p className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 dark:border-amber-400 dark:bg-amber-950">
      <strong>Outside this wizard’s family.</strong>{' '}
      {`This bounce${code ? ` (${code})` : ''} is not about a recipient that accepts only authenticated or listed senders, so none of the fix pages here applies.`}
    </p>
  );
}

function AnalyzerFailed() {
  return (
    <p className="mt-4 max-w-prose">
      Something in this text stopped the analyzer: a fault on our side, not in your bounce. Paste
      just the bounce and try again, or{' '}
      <TextLink to={paths.home()}>answer the wizard’s questions yourself</TextLink>.
    </p>
  );
}

function NoCodeTips() {
  return (
    <>
      <p className="mt-4 max-w-prose">
        The text has no delivery status code (like 5.7.133 or 550 5.7.1) and no diagnostic string
        the analyzer knows. Some tips:
      </p>
      <ul className="mt-2 max-w-prose list-disc space-y-1 pl-6">
        <li>
          Paste the whole bounce, including the part headed “Diagnostic information for
          administrators”; that is where the code is.
        </li>
        <li>
          Many mail apps can save a message as an .eml file. Open that file here: it includes the
          report’s technical part, which the visible text may leave out.
        </li>
        <li>
          If an app or device showed the error, copy the line of its log with the server’s reply
          (for example 535 5.7.3 or 530 5.7.57).
        </li>
      </ul>
      <p className="mt-4">
        <TextLink to={paths.home()}>Or answer the wizard’s questions yourself</TextLink>
      </p>
    </>
  );
}

/** An in-family bounce whose message an app or device sent: why the app path comes first. */
function AppSentNote({ sender }: { sender: NonNullable<BounceAnalysis['sender']> }) {
  const why =
    sender.app === 'same-domain' && sender.address
      ? `The bounced message came from ${sender.address}, in the recipient’s own domain: a colleague signed in to the organization is never refused like this, so it is most likely an app or device (a scanner, a monitoring tool) that sends without signing in.`
      : 'The bounced message looks like an app’s or a device’s: its subject or its address names a scanner or a similar sender.';
  return (
    <p className="mt-4 max-w-prose rounded-md border-l-4 border-blue-700 bg-blue-50 px-3 py-2 dark:border-sky-400 dark:bg-slate-900">
      {why} The lasting fix is to make it sign in (the app path below); letting the recipient accept
      unauthenticated senders is the quick way, with its trade-off.
    </p>
  );
}

/** What to do when the text gave no code, or the analyzer failed on it. */
function WhenNothingFound({ kind }: { kind: BounceAnalysis['kind'] }) {
  if (kind === 'no-code') return <NoCodeTips />;
  if (kind === 'error') return <AnalyzerFailed />;
  return null;
}

/**
 * One analysis: what happened, who can fix it, the way on (or why there is none), what the
 * bounce shows and the lines it rests on. Every piece of the bounce is rendered as text.
 */
export function AnalysisResult({
  analysis,
  source,
  choice,
  onChoose,
  resolution,
  routes,
  tree,
  fixes,
  headingRef,
  after,
}: AnalysisResultProps) {
  const { entry } = analysis;
  const unrelated = resolution.kind === 'unrelated';
  const kindNote = KIND_NOTES[analysis.kind];

  return (
    <section
      aria-labelledby="analysis-heading"
      className="mt-10 border-t border-slate-200 pt-8 dark:border-slate-700"
    >
      <p className="hidden text-lg font-bold print:block" data-print-header>
        {`Bounce analysis · ${new Date().toISOString().slice(0, 10)}`}
      </p>
      <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400 print:hidden">
        Result
      </p>
      <h2
        id="analysis-heading"
        ref={headingRef}
        tabIndex={-1}
        className="mt-1 text-2xl font-bold text-balance focus:outline-none"
      >
        {resultTitle(analysis)}
      </h2>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        <SourceLine source={source} />
      </p>
      {analysis.truncated && (
        <p className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm dark:border-amber-400 dark:bg-amber-950">
          The text is very long, so only its beginning was read. If the result looks wrong, paste
          just the bounce.
        </p>
      )}
      {kindNote && <p className="mt-4 max-w-prose">{kindNote}</p>}
      {resolution.kind === 'in-family' && analysis.sender?.app && (
        <AppSentNote sender={analysis.sender} />
      )}
      <WhenNothingFound kind={analysis.kind} />
      {analysis.kind === 'unrelated' && <OutsideFamily code={analysis.code} />}

      {entry && (
        <EntryExplanation
          entry={entry}
          kind={analysis.kind}
          linksOut={unrelated || analysis.kind === 'admin-error'}
        />
      )}

      {entry?.ask && <AskQuestion ask={entry.ask} choice={choice} onChoose={onChoose} />}
      {analysis.kind === 'ambiguous' && unrelated && <OutsideFamily code={analysis.code} />}
      {routes.length > 0 && (
        <ContinueRoutes
          routes={routes}
          answers={resolution.answers}
          tree={tree}
          fixes={fixes}
          recipient={analysis.recipient}
        />
      )}
      {routes.length > 0 && after}

      {analysis.kind !== 'no-code' && (
        <BounceFacts analysis={analysis} resolution={resolution} tree={tree} />
      )}
      {analysis.evidence.length > 0 && <EvidenceList evidence={analysis.evidence} />}

      {entry && <EntrySources entry={entry} />}
    </section>
  );
}
