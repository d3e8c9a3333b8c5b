import type { Tree } from '../../../content/model';
import type { BounceAnalysis } from '../lib/analyze-bounce';
import { answerText, platformText } from '../lib/bounce-labels';
import type { Resolution } from '../lib/continue-plan';
import { sectionHeadingClass } from './styles';

interface BounceFactsProps {
  analysis: BounceAnalysis;
  resolution: Resolution;
  tree: Tree;
}

/** What the analyzer found in the bounce: codes, diagnostics, recipient, servers, platform. */
export function BounceFacts({ analysis, resolution, tree }: BounceFactsProps) {
  const otherCodes = analysis.codes.filter((code) => code !== analysis.code);
  const rows: Array<[string, string | undefined]> = [
    ['Status code', analysis.code],
    ['Other status codes', otherCodes.join(', ') || undefined],
    ['SMTP reply', analysis.smtpReplies.join(', ') || undefined],
    ['Diagnostic', analysis.diagnostics.join(', ') || undefined],
    [
      analysis.recipients.length > 1 ? 'Recipients' : 'Recipient',
      analysis.recipients.join(', ') || undefined,
    ],
    [
      'Recipient type',
      answerText(tree, 'recipient', resolution.answers.recipient, analysis.recipientCandidates),
    ],
    ['Reporting server', analysis.servers.reporting],
    ['Remote server', analysis.servers.remote],
    ['Exchange', platformText(tree, analysis, resolution)],
    ['Language of the report', analysis.language?.name],
    [
      'Version',
      analysis.version
        ? `${analysis.version.label}${analysis.version.build ? ` (build ${analysis.version.build})` : ''}`
        : undefined,
    ],
  ];
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined);
  if (shown.length === 0) return null;
  return (
    <>
      <h3 className={sectionHeadingClass}>What the bounce shows</h3>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {shown.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-700 dark:text-slate-300">{term}</dt>
            <dd className="mb-2 break-words font-mono text-sm sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
