/**
 * From a diagnosis to where the wizard goes on: the answer to an ambiguous entry's question, the
 * roles worth offering, and for each the deepest tree position the bounce's answers reach.
 * Pure: the tree comes in as data, so this works with whatever the content holds.
 */
import type { RoleSlug } from '../../../content/codes-schema';
import type { Answers, FixRoute, Tree } from '../../../content/model';
import {
  answersOnPath,
  pathForAnswers,
  shortcutsAt,
  type AnswersWalk,
  type Shortcut,
} from '../../../content/path-for-answers';
import { fixesFor } from '../../../content/tree-logic';
import { roleSlugs } from '../../../lib/paths';
import type { BounceAnalysis, BounceAnswers, BounceKind, BounceSender } from './analyze-bounce';

export interface Resolution {
  /** What the bounce is, once an ambiguous entry's question has been answered. */
  kind: BounceKind;
  /** The bounce's answers plus those of the chosen option. */
  answers: BounceAnswers;
  /** The answer to a path's `method` question the bounce settles (see the catalogue schema). */
  method?: string;
  /** True while an ambiguous entry's question is unanswered. */
  awaitingChoice: boolean;
}

/**
 * Applies the person's answer (an index into the entry's `ask.options`) to an ambiguous
 * diagnosis. Other kinds, and a choice that isn't one of the options, leave it as it is.
 */
export function resolveBounce(analysis: BounceAnalysis, choice?: number): Resolution {
  const method = analysis.kind === 'unrelated' ? undefined : analysis.entry?.method;
  const base: Resolution = {
    kind: analysis.kind,
    answers: analysis.answers,
    awaitingChoice: false,
    ...(method ? { method } : {}),
  };
  if (analysis.kind !== 'ambiguous') return base;
  const option = choice === undefined ? undefined : analysis.entry?.ask?.options[choice];
  if (!option) return { ...base, awaitingChoice: true };
  if (option.kind === 'unrelated') return { kind: 'unrelated', answers: {}, awaitingChoice: false };
  const chosenMethod = option.method ?? method;
  return {
    kind: option.kind,
    answers: { ...analysis.answers, ...option.answers },
    awaitingChoice: false,
    ...(chosenMethod ? { method: chosenMethod } : {}),
  };
}

/**
 * Who the person pasting the bounce may be. The catalogue's role wins (app-side codes say `app`,
 * admin errors `admin`). A bounce in the family goes first to whoever its sender suggests: the
 * app path when an app or device sent it (from the recipient's own domain, no sender path then:
 * the sender is not outside), the sender when it came from another domain, else the admin.
 */
export function rolesFor(resolution: Resolution, sender?: BounceSender): RoleSlug[] {
  if (resolution.awaitingChoice) return [];
  if (resolution.kind === 'in-family') {
    if (resolution.answers.role) return [resolution.answers.role];
    if (sender?.app === 'same-domain') return [roleSlugs.app, roleSlugs.admin];
    if (sender?.app) return [roleSlugs.app, roleSlugs.admin, roleSlugs.sender];
    return sender?.outside
      ? [roleSlugs.sender, roleSlugs.admin]
      : [roleSlugs.admin, roleSlugs.sender];
  }
  if (resolution.kind === 'app-side') return [resolution.answers.role ?? roleSlugs.app];
  // An error met while applying a fix: back into the admin path, as far as its text settles.
  if (resolution.kind === 'admin-error') return [resolution.answers.role ?? roleSlugs.admin];
  return [];
}

/** One way on into the tree, for one role. */
export interface ContinueRoute {
  role: RoleSlug;
  /** The bounce's answers this role's path can use (see answersOnPath). */
  known: Answers;
  /** The deepest position the bounce's answers reach on this role's path. */
  walk: AnswersWalk;
  /** Direct links for the question the walk stopped at (see shortcutsAt). */
  shortcuts: Shortcut[];
}

/**
 * The ways on into the tree, best first. A role the tree doesn't offer is left out, so an
 * unrelated bounce, or an ambiguous one still waiting for its answer, has none.
 */
export function continueRoutes(
  tree: Tree,
  analysis: BounceAnalysis,
  resolution: Resolution,
): ContinueRoute[] {
  const candidates = {
    ...(analysis.recipientCandidates ? { recipient: analysis.recipientCandidates } : {}),
    ...(analysis.platformCandidates ? { platform: analysis.platformCandidates } : {}),
  };
  return rolesFor(resolution, analysis.sender).flatMap((role) => {
    const known = answersOnPath(tree, {
      ...resolution.answers,
      ...(resolution.method ? { method: resolution.method } : {}),
      role,
    });
    const walk = pathForAnswers(tree, known);
    if (walk.steps.length === 0) return [];
    return [{ role, known, walk, shortcuts: shortcutsAt(tree, walk, known, candidates) }];
  });
}

/** What a route's link says: the question it stops at, or the fix page it reaches. */
export function continueLinkText(walk: AnswersWalk, fixes: readonly FixRoute[]): string {
  if (walk.next) return `Continue: ${walk.next.title}`;
  return `Continue to the fix: ${fixesFor(fixes, walk.answers)[0]?.title ?? 'the fix page'}`;
}
