import { useId, type ReactNode } from 'react';

interface AdminMessageSectionProps {
  /** What the section is for, in a sentence or two. */
  intro: ReactNode;
  /** h2 on a page of its own, h3 inside a result (the analyzer). */
  headingLevel?: 2 | 3;
  children: ReactNode;
}

/** The frame around the message to the recipient's admin, wherever it is composed. */
export function AdminMessageSection({
  intro,
  headingLevel = 2,
  children,
}: AdminMessageSectionProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={headingId}
      className="mt-10 rounded-lg border border-slate-300 p-4 sm:p-6 dark:border-slate-600"
    >
      <Heading id={headingId} className="text-xl font-semibold">
        Send the recipient’s admin a message
      </Heading>
      <p className="mt-2 max-w-prose">{intro}</p>
      {children}
    </section>
  );
}
