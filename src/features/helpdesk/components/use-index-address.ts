import { useState } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import type { AnswerKey } from '../../../content/model';
import { useAppIsLive } from '../../../hooks/use-app-is-live';
import {
  QUERY_PARAM,
  indexSearch,
  readFilters,
  toggleFilter,
  type FilterGroup,
  type FixFilters,
} from '../lib/fix-filters';

/** Marks the address updates this page makes as the user types. */
const TYPED_HERE = 'fix-index-search';

/**
 * The /fixes search and its pressed chips, kept in the address (?q=…&platform=…) so a filtered
 * list can be shared. Typing replaces the address (one history entry per visit, not per key);
 * a chip or "Clear filters" adds one, so Back undoes it. What is typed wins while the page is
 * open (the router updates the address in a transition, a little later); following a link or
 * going back or forward takes the address's query again. Until hydration the address is not read,
 * as on the prerendered page; a value no chip has is ignored (readFilters).
 */
export function useIndexAddress(groups: readonly FilterGroup[]) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const hydrated = useAppIsLive();
  const [typed, setTyped] = useState<string | null>(null);
  const [locationKey, setLocationKey] = useState(location.key);
  if (location.key !== locationKey) {
    setLocationKey(location.key);
    // Another way here (a link, a chip, back): the address's query wins over what was typed.
    if (navigationType === 'POP' || location.state !== TYPED_HERE) setTyped(null);
  }
  const params = new URLSearchParams(hydrated ? location.search : '');
  const query = typed ?? params.get(QUERY_PARAM) ?? '';
  const filters = readFilters(params, groups);
  const go = (nextQuery: string, nextFilters: FixFilters) =>
    void navigate({ search: indexSearch(nextQuery, nextFilters, groups) });

  return {
    query,
    filters,
    setQuery(value: string) {
      setTyped(value);
      void navigate(
        { search: indexSearch(value, filters, groups) },
        { replace: true, state: TYPED_HERE },
      );
    },
    toggleFilter(key: AnswerKey, slug: string) {
      go(query, toggleFilter(filters, key, slug));
    },
    clearFilters() {
      go(query, {});
    },
  };
}
