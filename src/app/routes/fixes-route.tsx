import fixIndex, { searchSynonyms } from 'virtual:content/fix-index';
import catalogue from 'virtual:content/codes';
import { siteContent } from '../../content/site-content';
import { FixIndexPage } from '../../features/helpdesk/components/fix-index-page';
import { codeSourcesFromCatalogue } from '../../features/helpdesk/lib/code-index';
import { buildFixIndex } from '../../features/helpdesk/lib/fix-index';
import { treePositions } from '../tree-positions';

// Built once, when this lazily loaded route is first shown: the fix pages with their own codes,
// and the bounce-code catalogue (content/codes.yaml) for every other code and what it means.
let index: ReturnType<typeof buildFixIndex> | undefined;

/** /fixes: the index of every fix page and bounce code (a chunk of its own). */
export default function FixesRoute() {
  index ??= buildFixIndex({
    tree: siteContent().tree,
    fixes: fixIndex,
    positions: treePositions(),
    codeSources: codeSourcesFromCatalogue(catalogue),
    synonyms: searchSynonyms,
  });
  return <FixIndexPage index={index} />;
}
