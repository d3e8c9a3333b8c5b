import { fixes, tree } from 'virtual:content';
import { FixIndexPage } from '../../features/helpdesk/components/FixIndexPage';
import { buildFixIndex } from '../../features/helpdesk/lib/fix-index';
import { treePositions } from '../tree-positions';

// Built once, when this lazily loaded route is first shown. The bounce-code catalogue
// (content/codes.yaml) can join the fix pages' own codes here via `codeSources`.
let index: ReturnType<typeof buildFixIndex> | undefined;

/** /fixes: the index of every fix page and bounce code (a chunk of its own). */
export default function FixesRoute() {
  index ??= buildFixIndex({ tree, fixes, positions: treePositions() });
  return <FixIndexPage index={index} />;
}
