import { useId } from 'react';
import { secondaryButtonClass } from '../../../components/ui/button-classes';
import { ariaDisabledUntilReady } from '../../../lib/controls-until-ready';
import type { AnswerKey } from '../../../content/model';
import { hasFilters, type FilterGroup, type FixFilters } from '../lib/fix-filters';

interface FixFilterChipsProps {
  groups: readonly FilterGroup[];
  filters: FixFilters;
  onToggle: (key: AnswerKey, slug: string) => void;
  onClear: () => void;
}

/**
 * The /fixes filter chips: one labelled group per `fixesFilter` question of the tree, a toggle
 * button per answer (one pressed per group), and "Clear filters" while any is pressed.
 */
export function FixFilterChips({ groups, filters, onToggle, onClear }: FixFilterChipsProps) {
  const baseId = useId();
  return (
    <div className="mt-4 grid grid-cols-1 gap-3">
      {groups.map((group) => {
        const labelId = `${baseId}-${group.key}`;
        return (
          <div key={group.key} role="group" aria-labelledby={labelId}>
            <p id={labelId} className="text-sm font-medium">
              {group.label}
            </p>
            {/* On a phone each group is one row that scrolls sideways, so the chips take three
                rows, not a screen, above the results; wider screens wrap them. The padding keeps
                focus rings inside the scrolling row. */}
            <div className="-mx-1 flex gap-2 overflow-x-auto p-1 sm:flex-wrap sm:overflow-visible">
              {group.chips.map((chip) => (
                <Chip
                  key={chip.slug}
                  label={chip.label}
                  pressed={filters[group.key] === chip.slug}
                  onClick={() => onToggle(group.key, chip.slug)}
                />
              ))}
            </div>
          </div>
        );
      })}
      {hasFilters(filters) && (
        <p>
          <button type="button" onClick={onClear} className={secondaryButtonClass}>
            Clear filters
          </button>
        </p>
      )}
    </div>
  );
}

/** A toggle button; unavailable until the app runs, as the search box is. */
function Chip(props: { label: string; pressed: boolean; onClick: () => void }) {
  const { label, pressed, onClick } = props;
  const untilReady = ariaDisabledUntilReady();
  return (
    <button
      type="button"
      aria-pressed={pressed}
      {...untilReady}
      onClick={onClick}
      className={`min-h-8 shrink-0 rounded-full border px-3 py-1 text-left text-sm whitespace-nowrap [html:not([data-app=ready])_&]:opacity-60 sm:shrink sm:whitespace-normal ${
        pressed
          ? 'border-blue-800 bg-blue-800 font-semibold text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950'
          : 'border-slate-400 bg-white text-slate-900 hover:border-blue-700 hover:bg-blue-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:border-sky-400 dark:hover:bg-slate-800'
      }`}
    >
      {/* Not by colour alone: a pressed chip shows a tick too. */}
      {pressed && <span aria-hidden="true">✓ </span>}
      {label}
    </button>
  );
}
