import { useId, useRef } from 'react';
import { secondaryButtonClass } from '../../../components/ui/button-classes';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextLink } from '../../../components/ui/text-link';
import { paths } from '../../../lib/paths';
import { siteContent } from '../../../content/site-content';
import type { CodeIndexEntry } from '../lib/code-index';
import {
  filterFixIndex,
  resultsSentence,
  rowsNote,
  type FixIndex,
  type FixIndexEntry,
  type FixIndexGroup,
} from '../lib/fix-index';
import { useAppIsLive } from '../../../hooks/use-app-is-live';
import { hasFilters } from '../lib/fix-filters';
import { FixFilterChips } from './fix-filter-chips';
import { useIndexAddress } from './use-index-address';

interface FixIndexPageProps {
  index: FixIndex;
}

/**
 * /fixes: every fix page by recipient type and platform, and every known bounce code, with a
 * search that filters as you type, filter chips (recipient type, Exchange version, admin tool)
 * and a sentence saying how many results remain. The search and the chips are kept in the
 * address (?q=5.7.136&platform=exchange-online), so a filtered list can be shared.
 */
export function FixIndexPage({ index }: FixIndexPageProps) {
  const searchId = useId();
  const hintId = useId();
  const chipsRef = useRef<HTMLDivElement>(null);
  const address = useIndexAddress(index.filters);
  const live = useAppIsLive();
  const results = filterFixIndex(index, address.query, address.filters);
  const filtered = hasFilters(address.filters);
  // The clear buttons go away with the filters: focus stays in the chips, on the first one.
  const clearFilters = () => {
    address.clearFilters();
    chipsRef.current?.querySelector('button')?.focus();
  };

  return (
    <article>
      <PageHeading>All fixes</PageHeading>
      <p className="mt-3 max-w-prose text-lg text-slate-700 dark:text-slate-300">
        Every fix page of the wizard by recipient type and Exchange version, and every bounce code
        it knows. Each link opens the fix at its place in the wizard.
      </p>
      <div className="mt-6" role="search">
        <label htmlFor={searchId} className="block font-medium">
          Search by bounce code, recipient type or words
        </label>
        <input
          id={searchId}
          disabled={!live}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          value={address.query}
          onChange={(event) => address.setQuery(event.target.value)}
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
        />
        <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          For example 5.7.136, 5.7.13, distribution group or PowerShell.
        </p>
        <div ref={chipsRef}>
          <FixFilterChips
            groups={index.filters}
            filters={address.filters}
            onToggle={address.toggleFilter}
            onClear={clearFilters}
          />
        </div>
        <p role="status" className="mt-3 font-medium">
          {resultsSentence(results)}
        </p>
        {rowsNote(results) && (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{rowsNote(results)}</p>
        )}
      </div>

      {results.groups.map((group) => (
        <FixGroup key={group.key} group={group} />
      ))}

      {results.groups.length === 0 && results.codes.length === 0 && (
        <NoResults onClearFilters={filtered ? clearFilters : undefined} />
      )}

      {results.codes.length > 0 && (
        <section aria-labelledby="codes-heading" className="mt-10">
          <h2 id="codes-heading" className="text-xl font-semibold">
            Bounce codes
          </h2>
          <ul className="mt-3 grid gap-3">
            {results.codes.map((entry) => (
              <CodeEntry key={entry.code} entry={entry} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** One recipient type's fix pages, by platform. */
function FixGroup({ group }: { group: FixIndexGroup }) {
  return (
    <section aria-labelledby={`group-${group.key}`} className="mt-8">
      <h2 id={`group-${group.key}`} className="text-xl font-semibold">
        {group.label}
      </h2>
      {group.subgroups.map((subgroup) => (
        // Named by both headings: "Exchange Online" alone repeats under every recipient type.
        <section
          key={subgroup.key}
          aria-labelledby={`group-${group.key} group-${group.key}-${subgroup.key}`}
          className="mt-4"
        >
          <h3
            id={`group-${group.key}-${subgroup.key}`}
            className="font-semibold text-slate-700 dark:text-slate-300"
          >
            {subgroup.label}
          </h3>
          <ul className="mt-2 grid gap-3">
            {subgroup.entries.map((entry) => (
              <FixEntry key={entry.path} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function FixEntry({ entry }: { entry: FixIndexEntry }) {
  return (
    <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <TextLink to={entry.path}>{entry.title}</TextLink>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{entry.summary}</p>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {entry.context.join(' · ')}
        {entry.codes.length > 0 && (
          <>
            {entry.context.length > 0 && ' · '}
            {'Codes: '}
            {entry.codes.map((code, position) => (
              <span key={code}>
                {position > 0 && ', '}
                <code>{code}</code>
              </span>
            ))}
          </>
        )}
      </p>
    </li>
  );
}

function CodeEntry({ entry }: { entry: CodeIndexEntry }) {
  return (
    <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <p className="font-mono font-semibold">{entry.code}</p>
      {entry.meanings.length > 0 && (
        <ul className="mt-1 text-sm">
          {entry.meanings.map((meaning) => (
            <li key={meaning.text}>
              {meaning.text}
              {meaning.unrelated && (
                <span className="text-slate-600 dark:text-slate-400">
                  {' '}
                  — another problem, not fixed here
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {entry.fixes.length > 0 && (
        <>
          <p className="mt-2 text-sm font-medium">Fixed by:</p>
          <ul className="list-disc pl-5 text-sm">
            {entry.fixes.map((fix) => (
              <li key={fix.fixId}>
                <TextLink to={fix.path} className="inline-block py-1">
                  {fix.title}
                </TextLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** Nothing matched: the ways on that need no search words, and the filters' undoing. */
function NoResults({ onClearFilters }: { onClearFilters: (() => void) | undefined }) {
  return (
    <section aria-labelledby="no-results-heading" className="mt-8">
      <h2 id="no-results-heading" className="text-xl font-semibold">
        Nothing matches: try another way
      </h2>
      <ul className="mt-3 grid gap-2">
        {onClearFilters && (
          <li>
            <button type="button" onClick={onClearFilters} className={secondaryButtonClass}>
              Clear the filters
            </button>
            {' — the search alone may find more.'}
          </li>
        )}
        <li>
          <TextLink to={paths.analyze()}>Paste the bounce into the bounce analyzer</TextLink>
          {' — it finds the code and the recipient for you.'}
        </li>
        {startOptions().map((option) => (
          <li key={option.slug}>
            <TextLink to={paths.child('/', option.slug)}>{option.label}</TextLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The ways into the wizard, as the start page offers them (the tree's first question). */
function startOptions() {
  const { tree } = siteContent();
  return tree.questions[tree.start]?.options ?? [];
}
