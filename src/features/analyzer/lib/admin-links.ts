/**
 * The deepest admin pages a bounce determines, for the message a sender sends the recipient's
 * admin. Driven by the catalogue (content/codes.yaml: the platform and recipient kinds each code
 * settles or narrows) through the same walk as the analyzer's "continue" links, so the message
 * and the analyzer never disagree. Pure: the tree and the analysis come in as data.
 */
import type { Tree } from '../../../content/model';
import type { BounceAnalysis } from './analyze-bounce';
import { continueRoutes, resolveBounce, type ContinueRoute } from './continue-plan';
import { roleSlugs } from '../../../lib/paths';

/** One admin page to link to; a label when there are several to choose from. */
export interface AdminFixLink {
  /** What this link is for ("Distribution group"), when the bounce leaves a few kinds open. */
  label?: string;
  path: string;
}

/** More kinds than this and the message links to the question itself: a list would be noise. */
const MAX_KIND_LINKS = 3;

/**
 * From the analyzer's ways on: the admin route's position, or, when the bounce narrows the next
 * question to a few answers (5.7.133: three kinds of group, all in Exchange Online), one link
 * per answer. The admin path's start when there is no admin route.
 */
export function adminFixLinks(routes: readonly ContinueRoute[], adminRoot: string): AdminFixLink[] {
  const admin = routes.find((route) => route.role === roleSlugs.admin);
  if (!admin) return [{ path: adminRoot }];
  const { shortcuts } = admin;
  if (shortcuts.length > 1 && shortcuts.length <= MAX_KIND_LINKS) {
    return shortcuts.map((shortcut) => ({
      label: shortcut.option.label,
      path: shortcut.walk.path,
    }));
  }
  if (shortcuts.length === 1 && shortcuts[0]) return [{ path: shortcuts[0].walk.path }];
  return [{ path: admin.walk.path }];
}

/** The same for an analysis on its own (the sender typed or pasted the code). */
export function adminFixLinksFor(
  tree: Tree,
  analysis: BounceAnalysis,
  adminRoot: string,
): AdminFixLink[] {
  return adminFixLinks(continueRoutes(tree, analysis, resolveBounce(analysis)), adminRoot);
}
