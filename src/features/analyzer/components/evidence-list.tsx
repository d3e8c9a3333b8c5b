import type { Evidence } from '../lib/analyze-bounce';
import { evidenceSegments } from '../lib/evidence-segments';
import { sectionHeadingClass } from './styles';

/** The lines the diagnosis rests on, with the matched parts highlighted; all of it as text. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  return (
    <>
      <h3 className={sectionHeadingClass}>Evidence: the lines it rests on</h3>
      <ol className="mt-2 grid gap-2" aria-label="Evidence">
        {evidence.map((line) => (
          <li key={line.line} className="rounded-md bg-slate-100 p-2 dark:bg-slate-900">
            <span className="block text-xs text-slate-600 dark:text-slate-400">
              {line.clipped ? `Line ${line.line} (part of a long line)` : `Line ${line.line}`}
            </span>
            <code className="block font-mono text-sm break-all whitespace-pre-wrap">
              {evidenceSegments(line).map((segment, index) =>
                segment.label ? (
                  <mark
                    key={index}
                    data-label={segment.label}
                    className="rounded-sm bg-yellow-200 px-0.5 text-slate-950 dark:bg-yellow-300"
                  >
                    {segment.text}
                  </mark>
                ) : (
                  segment.text
                ),
              )}
            </code>
          </li>
        ))}
      </ol>
    </>
  );
}
