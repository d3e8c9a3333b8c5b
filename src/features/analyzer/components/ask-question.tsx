import { useId } from 'react';
import type { CodeEntry } from '../../../content/codes-schema';

interface AskQuestionProps {
  ask: NonNullable<CodeEntry['ask']>;
  /** The chosen option's index, once answered. */
  choice: number | undefined;
  onChoose: (choice: number) => void;
}

/** An ambiguous bounce's question: one button per answer; the choice re-classifies the bounce. */
export function AskQuestion({ ask, choice, onChoose }: AskQuestionProps) {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="mt-8">
      <h3 id={headingId} className="text-lg font-semibold">
        {ask.question}
      </h3>
      <div className="mt-3 grid gap-2">
        {ask.options.map((option, index) => {
          const chosen = choice === index;
          return (
            <button
              key={option.label}
              type="button"
              aria-pressed={chosen}
              onClick={() => onChoose(index)}
              className={`rounded-lg border p-3 text-left font-medium transition ${
                chosen
                  ? 'border-blue-700 bg-blue-50 text-blue-900 ring-2 ring-blue-700 dark:border-sky-400 dark:bg-slate-900 dark:text-sky-200 dark:ring-sky-400'
                  : 'border-slate-300 hover:border-blue-600 hover:bg-blue-50 dark:border-slate-600 dark:hover:border-sky-400 dark:hover:bg-slate-900'
              }`}
            >
              {option.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
