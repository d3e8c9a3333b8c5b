import { useEffect, useState } from 'react';
import { siteContent } from '../../content/site-content';
import { adminFixLinksFor, type AdminFixLink } from '../../features/analyzer/lib/admin-links';
import type { BounceAnalysis } from '../../features/analyzer/lib/analyze-bounce';
import { loadEngine, type AnalyzerEngine } from '../../features/analyzer/lib/load-engine';
import { paths } from '../../lib/paths';

/** What is already known about the bounce: the code text it was read from and its links. */
export interface KnownBounce {
  codeText: string;
  links: readonly AdminFixLink[];
}

/**
 * The deepest admin pages for a typed or pasted code: what the analyzer's catalogue settles for
 * it (content/codes.yaml, see admin-links.ts). The analyzer's engine loads on first use; until it
 * has, and for a code it knows nothing about, the admin path's start.
 */
export function useAdminFixLinks(
  known?: KnownBounce,
): (codes: readonly string[], codeText: string) => readonly AdminFixLink[] {
  const [engine, setEngine] = useState<AnalyzerEngine>();
  useEffect(() => {
    let live = true;
    loadEngine()
      .then((loaded) => {
        if (live) setEngine(() => loaded);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return (codes, codeText) => {
    if (known && codeText.trim() === known.codeText.trim()) return known.links;
    if (!engine || codes.length === 0) return [{ path: paths.adminStart() }];
    const analysis: BounceAnalysis = engine.analyze(codeText);
    return adminFixLinksFor(siteContent().tree, analysis, paths.adminStart());
  };
}
