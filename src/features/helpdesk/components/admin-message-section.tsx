import { useId, type ReactNode } from 'react';

interface AdminMessageSectionProps {
  /** What the section is for, in a sentence or two. */
  intro: ReactNode;
  /** h2 on a page of its own, h3 inside a result (the analyzer). */
  headingLevel?: 2 | 3;
  /** The section's id, for a jump link ("use the message at the top of this page"). */
  id?: string;
  children: ReactNode;
}

/** The frame around the message to the recipient's admin, wherever it is composed. */
export function AdminMessageSection({
  intro,
  headingLevel = 2,
  id,
  children,
}: AdminMessageSectionProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded-lg border-2 border-blue-700 p-4 sm:p-6 dark:border-sky-400"
    >
      <Heading id={headingId} className="text-xl font-semibold">
        Send this to their admin
      </Heading>
      <p className="mt-2 max-w-prose">{intro}</p>
      {children}
    </section>
  );
}
