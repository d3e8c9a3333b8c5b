import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { DocNode, FixBody, FixSection } from '../../../content/model';
import { DocContent, type CommandRenderer } from '../../../components/doc/doc-content';
import { StepList, type StepActionsRenderer } from './step-list';

export interface FixBodyViewProps {
  body: FixBody;
  renderCommand?: CommandRenderer;
  renderStepActions?: StepActionsRenderer;
  /** Shown between the intro and the first section (the command builder's inputs). */
  afterIntro?: ReactNode;
  /** Shown at the end of a section, inside it (a link after the Test section). */
  afterSection?: (section: FixSection) => ReactNode;
}

const proseClass = 'prose max-w-none';

/** The fix page's body: intro, then each section; the "Steps" section as numbered steps. */
export function FixBodyView({
  body,
  renderCommand,
  renderStepActions,
  afterIntro,
  afterSection,
}: FixBodyViewProps) {
  const { hash } = useLocation();
  useEffect(() => {
    // The body arrives after the page heading, so a #step-N link can only be honoured now.
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash, body]);

  return (
    <div className="mt-6 space-y-8">
      {body.intro.length > 0 && (
        <div className={proseClass}>
          <DocContent nodes={body.intro} renderCommand={renderCommand} />
        </div>
      )}
      {afterIntro}
      {body.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`} className="text-xl font-semibold">
            {section.title}
          </h2>
          <div className="mt-3">
            <SectionBlocks
              section={section}
              renderCommand={renderCommand}
              renderStepActions={renderStepActions}
            />
          </div>
          {afterSection?.(section)}
        </section>
      ))}
    </div>
  );
}

function SectionBlocks({
  section,
  renderCommand,
  renderStepActions,
}: {
  section: FixSection;
  renderCommand?: CommandRenderer;
  renderStepActions?: StepActionsRenderer;
}) {
  if (!section.steps) {
    return (
      <div className={proseClass}>
        <DocContent nodes={section.blocks} renderCommand={renderCommand} />
      </div>
    );
  }
  // Ordered lists in the Steps section are the numbered steps; anything between them is prose.
  const stepCounts = section.blocks.map((block) => (isOrderedList(block) ? countItems(block) : 0));
  return (
    <>
      {section.blocks.map((block, index) => {
        if (isOrderedList(block)) {
          const first = stepCounts.slice(0, index).reduce((sum, count) => sum + count, 0);
          const steps = section.steps?.slice(first, first + (stepCounts[index] ?? 0)) ?? [];
          return (
            <StepList
              key={index}
              steps={steps}
              renderCommand={renderCommand}
              renderStepActions={renderStepActions}
            />
          );
        }
        return (
          <div key={index} className={proseClass}>
            <DocContent nodes={[block]} renderCommand={renderCommand} />
          </div>
        );
      })}
    </>
  );
}

function countItems(list: Extract<DocNode, { type: 'element' }>): number {
  return list.children.filter((child) => child.type === 'element' && child.tag === 'li').length;
}

function isOrderedList(node: DocNode): node is Extract<DocNode, { type: 'element' }> {
  return node.type === 'element' && node.tag === 'ol';
}
