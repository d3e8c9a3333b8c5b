import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import type { RootContent as MdastContent } from 'mdast';
import type { Root as HastRoot, RootContent as HastContent, Element as HastElement } from 'hast';
import { findTemplateProblems } from '../../lib/powershell/command-template.ts';
import { KNOWN_PLACEHOLDER_NAMES, PER_LINE_PLACEHOLDERS } from '../command-placeholders.ts';
import { DOC_TAGS, type AnswerCondition, type DocNode, type DocTag } from '../model.ts';
import {
  describeScope,
  directiveLabel,
  narrowScope,
  readOnlyCondition,
  type OnlyBlockRules,
} from './only-directive.ts';

/** Reports a problem found while compiling; `where` says which part of the markdown. */
export type ReportProblem = (message: string) => void;

/** Looks up a partial's markdown by name (`wait-exchange-online` → `content/partials/_wait-exchange-online.md`). */
export type PartialLookup = (name: string) => string | undefined;

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
// Raw HTML in markdown becomes `html` nodes; remark-rehype drops them unless told otherwise.
const toHast = unified().use(remarkRehype, { allowDangerousHtml: false });

/**
 * A partial is included by dozens of pages: parsing its text once and handing each page its own
 * copy (later steps may change the nodes) halves the time the content build takes.
 */
const parsedPartials = new Map<string, MdastContent[]>();
function parsePartial(text: string): MdastContent[] {
  let children = parsedPartials.get(text);
  if (!children) {
    children = parser.parse(text).children;
    parsedPartials.set(text, children);
  }
  return structuredClone(children);
}

const ALLOWED_TAGS = new Set<string>(DOC_TAGS);
/** The hast element an `:::only` block travels as between mdast and doc nodes. */
const ONLY_TAG = 'x-only';
const SAFE_HREF = /^(?:https:\/\/|http:\/\/|mailto:|\/(?!\/)|#)/;

/**
 * Compiles markdown to allow-listed doc nodes. `::include{partial="name"}` is replaced by that
 * partial; code blocks become command nodes; `:::only{…}` blocks become `only` nodes (allowed
 * only where `only` rules are given, i.e. in fix pages). Anything the app would not render safely
 * is reported.
 */
export function compileMarkdown(
  markdown: string,
  report: ReportProblem,
  partials: PartialLookup = () => undefined,
  usedPartials: Set<string> = new Set(),
  only?: OnlyBlockRules,
): DocNode[] {
  const context: ExpandContext = {
    report,
    partials,
    usedPartials,
    only,
    stack: [],
    scope: only?.appliesTo ?? {},
  };
  const root = parser.parse(markdown);
  const mdast = { ...root, children: expandNodes(root.children, context) };
  const hast = toHast.runSync(mdast) as HastRoot;
  return convertChildren(hast.children, report);
}

interface ExpandContext {
  report: ReportProblem;
  partials: PartialLookup;
  usedPartials: Set<string>;
  only: OnlyBlockRules | undefined;
  /** The partials being expanded, outermost first. */
  stack: string[];
  /** The answers this point can show for: the page's appliesTo narrowed by enclosing blocks. */
  scope: AnswerCondition;
}

type Directive = Extract<
  MdastContent,
  { type: 'leafDirective' | 'containerDirective' | 'textDirective' }
>;

function expandNodes(nodes: readonly MdastContent[], context: ExpandContext): MdastContent[] {
  return nodes.flatMap((node): MdastContent[] => {
    if (node.type === 'leafDirective' && node.name === 'include') {
      return expandInclude(node.attributes?.partial ?? '', context);
    }
    if (node.type === 'containerDirective' && node.name === 'only') {
      return expandOnly(node, context);
    }
    if (isDirective(node)) {
      context.report(
        `unknown directive ":${node.name}" (only "::include{partial=\\"…\\"}" and ":::only{…}" are supported; write "\\:" for a literal colon)`,
      );
      return [];
    }
    if ('children' in node) {
      return [{ ...node, children: expandNodes(node.children, context) } as MdastContent];
    }
    return [node];
  });
}

function isDirective(node: MdastContent): node is Directive {
  return (
    node.type === 'leafDirective' ||
    node.type === 'containerDirective' ||
    node.type === 'textDirective'
  );
}

function expandInclude(name: string, context: ExpandContext): MdastContent[] {
  const { stack, report } = context;
  const text = context.partials(name);
  if (stack.includes(name)) {
    report(`partial "${name}" includes itself (${[...stack, name].join(' → ')})`);
    return [];
  }
  if (text === undefined) {
    report(`::include names partial "${name}", but content/partials/_${name}.md does not exist`);
    return [];
  }
  context.usedPartials.add(name);
  return expandNodes(parsePartial(text), { ...context, stack: [...stack, name] });
}

/** An `:::only` block: checked, then kept as an element the hast step turns into an `only` node. */
function expandOnly(node: Directive & { type: 'containerDirective' }, context: ExpandContext) {
  const attributes = node.attributes ?? {};
  const partial = context.stack.at(-1);
  const label = directiveLabel(attributes) + (partial ? ` in partial "${partial}"` : '');
  if (!context.only) {
    context.report(
      `${label}: :::only blocks are allowed in fix pages (and the partials they include) only`,
    );
    return [];
  }
  const { when, problems } = readOnlyCondition(attributes, context.only);
  for (const problem of problems) context.report(`${label}: ${problem}`);
  const scope = narrowScope(context.scope, when);
  if (context.only.appliesTo && problems.length === 0) noteVisibility(node, label, scope, context);
  const children = expandNodes(node.children, { ...context, scope: scope ?? when });
  const data = { hName: ONLY_TAG, hProperties: { when: JSON.stringify(when) } };
  return [{ ...node, children, data } as MdastContent];
}

/** Reports a block the page can never show (for partials: only if no including page can). */
function noteVisibility(
  node: Directive,
  label: string,
  scope: AnswerCondition | undefined,
  context: ExpandContext,
): void {
  const partial = context.stack.at(-1);
  if (partial === undefined || !context.only) {
    if (!scope) {
      const keys = Object.keys(node.attributes ?? {});
      context.report(
        `${label} can never show: this page (inside any enclosing :::only) applies to ${describeScope(context.scope, keys)}`,
      );
    }
    return;
  }
  const key = `${partial}@${String(node.position?.start.offset ?? label)}`;
  const use = context.only.partialBlocks.get(key) ?? { partial, directive: label, shown: false };
  use.shown ||= scope !== undefined;
  context.only.partialBlocks.set(key, use);
}

function convertChildren(nodes: readonly HastContent[], report: ReportProblem): DocNode[] {
  const out: DocNode[] = [];
  for (const node of nodes) {
    const converted = convertNode(node, report);
    if (converted) out.push(converted);
  }
  return out;
}

function convertNode(node: HastContent, report: ReportProblem): DocNode | undefined {
  if (node.type === 'text') {
    // Whitespace-only text between block elements carries no meaning.
    return node.value.trim() === '' && node.value.includes('\n')
      ? undefined
      : { type: 'text', value: node.value };
  }
  if (node.type !== 'element') return undefined;
  if (node.tagName === 'pre') return convertCodeBlock(node, report);
  if (node.tagName === ONLY_TAG) {
    const when = JSON.parse(String(node.properties.when)) as AnswerCondition;
    return { type: 'only', when, children: convertChildren(node.children, report) };
  }
  if (!ALLOWED_TAGS.has(node.tagName)) {
    report(
      node.tagName === 'h1'
        ? 'use ## headings; the page title comes from front matter'
        : `<${node.tagName}> is not allowed in content (allowed: ${DOC_TAGS.join(', ')})`,
    );
    return undefined;
  }
  const tag = node.tagName as DocTag;
  const props: { href?: string; start?: number } = {};
  if (tag === 'a') {
    const href = String(node.properties.href ?? '');
    if (!SAFE_HREF.test(href))
      report(`link "${href}" must start with https://, http://, mailto:, / or #`);
    else props.href = href;
  }
  if (tag === 'ol' && typeof node.properties.start === 'number')
    props.start = node.properties.start;
  const element: DocNode = {
    type: 'element',
    tag,
    children: convertChildren(node.children, report),
  };
  if (Object.keys(props).length > 0) element.props = props;
  return element;
}

function convertCodeBlock(pre: HastElement, report: ReportProblem): DocNode | undefined {
  const code = pre.children.find(
    (child): child is HastElement => child.type === 'element' && child.tagName === 'code',
  );
  if (!code) {
    report('a <pre> block without code');
    return undefined;
  }
  const classes = Array.isArray(code.properties.className)
    ? code.properties.className.map(String)
    : [];
  const language =
    classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? 'text';
  const template = code.children
    .map((child) => (child.type === 'text' ? child.value : ''))
    .join('')
    .replace(/\n$/, '');
  if (language === 'powershell') {
    const problems = findTemplateProblems(template, {
      knownNames: KNOWN_PLACEHOLDER_NAMES,
      perLineNames: Object.keys(PER_LINE_PLACEHOLDERS),
    });
    for (const problem of problems) report(`PowerShell block: ${problem}`);
  } else if (template.includes('{{')) {
    report(
      `a {{placeholder}} is only filled in in a \`\`\`powershell block, not in \`\`\`${language}`,
    );
  }
  return { type: 'command', language, template };
}
