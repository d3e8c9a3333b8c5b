import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { DocNode, FixBody, FixSection } from '../../../content/model';
import { DocContent, type CommandRenderer } from '../../../components/doc/doc-content';
import { StepList, type StepActionsRenderer } from './step-list';
import { fixLayout, type ToolsPlacement } from './fix-layout';

export interface FixBodyViewProps {
  body: FixBody;
  renderCommand?: CommandRenderer;
  renderStepActions?: StepActionsRenderer;
  /** The command builder's inputs (and, on a console page, "do it in PowerShell instead"). */
  tools?: ReactNode;
  /** Before the steps (PowerShell: the commands are the steps) or after them (a console). */
  toolsPlacement?: ToolsPlacement;
  /** Shown right after the steps (the page's copy link, print and progress tools). */
  afterSteps?: ReactNode;
  /** Shown at the end of a section, inside it (a link after the Test section). */
  afterSection?: (section: FixSection) => ReactNode;
}

const proseClass = 'prose max-w-none';

/**
 * The fix page's body, action first (decision 0022): the intro's lead (none on a PowerShell
 * page), the command builder (PowerShell), the steps (the rest of the intro folded into "Before
 * you start" above step 1), the builder and "do it in PowerShell" (a console), the page tools,
 * then verify, wait, test and undo.
 */
export function FixBodyView({
  body,
  renderCommand,
  renderStepActions,
  tools,
  toolsPlacement = 'before-steps',
  afterSteps,
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
  const layout = fixLayout(body, toolsPlacement);
  const sectionProps = { renderCommand, renderStepActions, afterSection };
  const background = layout.background.length > 0 && (
    <details className="mb-4 rounded-lg border border-slate-300 px-3 dark:border-slate-600 print:border-0 print:p-0">
      <summary className="cursor-pointer py-1 font-semibold print:list-none">
        Before you start
      </summary>
      <div className={`${proseClass} mt-2 mb-3`}>
        <DocContent nodes={layout.background} renderCommand={renderCommand} />
      </div>
    </details>
  );

  return (
    <div className="mt-4 space-y-5">
      {layout.lead.length > 0 && (
        <div className={proseClass}>
          <DocContent nodes={layout.lead} renderCommand={renderCommand} />
        </div>
      )}
      {toolsPlacement === 'before-steps' && tools}
      {layout.steps ? (
        <FixSectionView section={layout.steps} before={background} {...sectionProps} />
      ) : (
        background
      )}
      {toolsPlacement === 'after-steps' && tools}
      {afterSteps}
      {layout.after.map((section) => (
        <FixSectionView key={section.id} section={section} {...sectionProps} />
      ))}
    </div>
  );
}

function FixSectionView({
  section,
  before,
  renderCommand,
  renderStepActions,
  afterSection,
}: {
  section: FixSection;
  /** Shown under the heading, before the section's blocks (the steps' "Before you start"). */
  before?: ReactNode;
  renderCommand?: CommandRenderer;
  renderStepActions?: StepActionsRenderer;
  afterSection?: (section: FixSection) => ReactNode;
}) {
  return (
    <section aria-labelledby={`section-${section.id}`}>
      <h2 id={`section-${section.id}`} className="text-xl font-semibold">
        {section.title}
      </h2>
      <div className="mt-3">
        {before}
        <SectionBlocks
          section={section}
          renderCommand={renderCommand}
          renderStepActions={renderStepActions}
        />
      </div>
      {afterSection?.(section)}
    </section>
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
