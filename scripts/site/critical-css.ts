import Beasties from 'beasties';
import postcss, { type AtRule, type ChildNode, type Declaration, type Root } from 'postcss';

const normalizeSelector = (
  Beasties.prototype as unknown as { normalizeCssSelector(selector: string): string }
).normalizeCssSelector;

/** The elements a bare pseudo-element of Tailwind's reset styles, to match instead of nothing. */
const PSEUDO_ELEMENT_OWNERS: readonly [RegExp, string][] = [
  [/file-selector-button/, 'input[type=file]'],
  [/placeholder/, '[placeholder]'],
  [/date|calendar/, 'input[type=date], input[type=time], input[type=datetime-local]'],
  [/search/, 'input[type=search]'],
  [/spin-button/, 'input[type=number]'],
];

/**
 * A selector of pseudo-classes or elements alone (`::file-selector-button` in the reset) would
 * be dropped as empty: it is matched by the elements it can style, or by any element.
 */
function elementsOfPseudo(selector: string): string {
  return PSEUDO_ELEMENT_OWNERS.find(([pseudo]) => pseudo.test(selector))?.[1] ?? '*';
}

/**
 * Beasties matches a selector after stripping its pseudo-classes with their arguments, which
 * leaves nothing of Tailwind's spacing utilities, `:where(.space-y-4 > :not(:last-child))`: their
 * rules were dropped and the page's lists moved when the full sheet arrived. Their inside is
 * matched instead (`.space-y-4 > *`).
 */
class TailwindAwareBeasties extends Beasties {
  normalizeCssSelector(selector: string): string {
    const inside = /^:where\((.*)\)$/.exec(selector)?.[1];
    return normalizeSelector.call(this, inside ?? selector) || elementsOfPseudo(selector);
  }
}

/** Only the reduction of the inline style is wanted; nothing is fetched or rewritten. */
const beasties = new TailwindAwareBeasties({
  reduceInlineStyles: true,
  inlineFonts: false,
  keyframes: 'critical',
  compress: true,
  logLevel: 'silent',
});

/**
 * The page's markup without its words: the elements and classes the stylesheet's selectors match
 * are all that matter, and identical skeletons (pages of one shape) need matching only once.
 */
export function markupSkeleton(body: string): string {
  return body.replace(/>[^<]+</g, '><');
}

/**
 * The rules of `fullCss` that match an element of any of `bodies` (pseudo-classes ignored, so
 * :hover, :focus-visible and :disabled rules of those elements stay), with custom properties no
 * kept rule uses taken out. Beasties does the matching; the stylesheet's order, layers and media
 * queries are kept, so the critical CSS cascades as the full one does.
 */
export async function criticalCss(fullCss: string, bodies: readonly string[]): Promise<string> {
  const skeletons = [...new Set(bodies.map(markupSkeleton))];
  const document = `<!doctype html><html><head><style>${fullCss}</style></head><body>${skeletons.join('')}</body></html>`;
  const reduced = await beasties.process(document);
  const css = /<style>([\s\S]*?)<\/style>/.exec(reduced)?.[1];
  if (css === undefined) throw new Error('Beasties returned no <style> element');
  return dropUnusedCustomProperties(withoutPrintRules(css));
}

/**
 * The full stylesheet waits as `media="print"` until the app switches it on, so whenever a page
 * is printed the full sheet's print rules apply: the critical CSS needs none of its own.
 */
export function withoutPrintRules(css: string): string {
  const root = postcss.parse(css);
  root.walkAtRules('media', (rule) => {
    if (rule.params.trim() === 'print') rule.remove();
  });
  return root.toString();
}

function usesOf(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] ?? ''));
}

/**
 * Removes declarations of custom properties (and `@property` rules) that nothing references with
 * var(): Tailwind's theme defines every colour the app uses anywhere, while one page uses a few.
 * Repeats until stable, because a removed property may have been the only user of another.
 */
export function dropUnusedCustomProperties(css: string): string {
  const root = postcss.parse(css);
  for (;;) {
    const used = usesOf(root.toString());
    const unused: Declaration[] = [];
    root.walkDecls(/^--/, (declaration) => {
      if (!used.has(declaration.prop)) unused.push(declaration);
    });
    const unusedRules: AtRule[] = [];
    root.walkAtRules('property', (rule) => {
      if (!used.has(rule.params.trim())) unusedRules.push(rule);
    });
    if (unused.length === 0 && unusedRules.length === 0) break;
    for (const node of [...unused, ...unusedRules]) node.remove();
  }
  removeEmptyBlocks(root);
  return root.toString();
}

/** Rules and at-rules left without content (a `@layer a, b;` statement has none to lose). */
function removeEmptyBlocks(root: Root) {
  const isEmpty = (node: ChildNode) =>
    (node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0;
  for (;;) {
    const empty: ChildNode[] = [];
    root.walk((node) => {
      if (isEmpty(node)) empty.push(node);
    });
    if (empty.length === 0) return;
    for (const node of empty) node.remove();
  }
}
