/**
 * The lines catalogue patterns are tried on: those around an anchor (a code, a diagnostic, a
 * field, a heading), or without any anchor the first lines. Bounded in lines and characters,
 * whatever the input, so pattern matching costs the same on 10 KB and on 5 MB.
 */

/** Lines around an anchor that catalogue patterns are also tried on. */
const FOCUS_RADIUS = 2;
/** Upper bounds on the pattern-matching work, whatever the input. */
export const MAX_FOCUS_LINES = 1500;
export const MAX_FOCUS_CHARS = 300_000;
/** Without any anchor, patterns are tried on the first lines only. */
const FALLBACK_FOCUS_LINES = 400;

/** The focus lines, sorted and unique. */
export function focusLines(lines: readonly string[], anchors: readonly number[]): number[] {
  const chosen = new Set<number>();
  let chars = 0;
  const take = (index: number): boolean => {
    if (chosen.has(index) || index < 0 || index >= lines.length) return true;
    if (chosen.size >= MAX_FOCUS_LINES || chars >= MAX_FOCUS_CHARS) return false;
    chosen.add(index);
    chars += (lines[index] ?? '').length;
    return true;
  };
  if (anchors.length === 0) {
    for (let i = 0; i < lines.length && i < FALLBACK_FOCUS_LINES; i += 1) if (!take(i)) break;
  } else {
    outer: for (const anchor of anchors) {
      for (let i = anchor - FOCUS_RADIUS; i <= anchor + FOCUS_RADIUS; i += 1)
        if (!take(i)) break outer;
    }
  }
  return [...chosen].sort((a, b) => a - b);
}
