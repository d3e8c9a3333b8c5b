import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import type { Root as HastRoot, RootContent as HastContent, Element as HastElement } from 'hast';
import { findTemplateProblems } from '../../lib/powershell/command-template.ts';
import { KNOWN_PLACEHOLDER_NAMES, PER_LINE_PLACEHOLDER_NAMES } from '../command-placeholders.ts';
import { DOC_TAGS, type DocNode, type DocTag } from '../model.ts';

/** Reports a problem found while compiling; `where` says which part of the markdown. */
export type ReportProblem = (message: string) => void;

/** Looks up a partial's markdown by name (`wait-exchange-online` → `content/partials/_wait-exchange-online.md`). */
export type PartialLookup = (name: string) => string | undefined;

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
// Raw HTML in markdown becomes `html` nodes; remark-rehype drops them unless told otherwise.
const toHast = unified().use(remarkRehype, { allowDangerousHtml: false });

const ALLOWED_TAGS = new Set<string>(DOC_TAGS);
const SAFE_HREF = /^(?:https:\/\/|http:\/\/|mailto:|\/(?!\/)|#)/;

/**
 * Compiles markdown to allow-listed doc nodes. `::include{partial="name"}` is replaced by that
 * partial; code blocks become command nodes. Anything the app would not render safely is reported.
 */
export function compileMarkdown(
  markdown: string,
  report: ReportProblem,
  partials: PartialLookup = () => undefined,
  usedPartials: Set<string> = new Set(),
): DocNode[] {
  const mdast = expandIncludes(parser.parse(markdown), report, partials, usedPartials, []);
  const hast = toHast.runSync(mdast) as HastRoot;
  return convertChildren(hast.children, report);
}

function expandIncludes(
  root: MdastRoot,
  report: ReportProblem,
  partials: PartialLookup,
  usedPartials: Set<string>,
  stack: string[],
): MdastRoot {
  const expand = (nodes: readonly MdastContent[]): MdastContent[] =>
    nodes.flatMap((node): MdastContent[] => {
      if (node.type === 'leafDirective' && node.name === 'include') {
        const name = node.attributes?.partial ?? '';
        const text = partials(name);
        if (stack.includes(name)) {
          report(`partial "${name}" includes itself (${[...stack, name].join(' → ')})`);
          return [];
        }
        if (text === undefined) {
          report(
            `::include names partial "${name}", but content/partials/_${name}.md does not exist`,
          );
          return [];
        }
        usedPartials.add(name);
        return expandIncludes(parser.parse(text), report, partials, usedPartials, [...stack, name])
          .children;
      }
      if ('children' in node) {
        return [{ ...node, children: expand(node.children as MdastContent[]) } as MdastContent];
      }
      return [node];
    });
  const children = expand(root.children);
  if (stack.length === 0) checkDirectives(children, report);
  return { ...root, children };
}

/** Directives other than include are mistakes (often a stray colon); say so. */
function checkDirectives(
  nodes: readonly { type: string; children?: unknown }[],
  report: ReportProblem,
): void {
  for (const node of nodes) {
    if (
      node.type === 'leafDirective' ||
      node.type === 'containerDirective' ||
      node.type === 'textDirective'
    ) {
      const name = (node as { name?: string }).name ?? '';
      report(
        `unknown directive ":${name}" (only "::include{partial=\\"…\\"}" is supported; write "\\:" for a literal colon)`,
      );
    }
    if (Array.isArray(node.children)) checkDirectives(node.children as { type: string }[], report);
  }
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
      perLineNames: PER_LINE_PLACEHOLDER_NAMES,
    });
    for (const problem of problems) report(`PowerShell block: ${problem}`);
  } else if (template.includes('{{')) {
    report(
      `a {{placeholder}} is only filled in in a \`\`\`powershell block, not in \`\`\`${language}`,
    );
  }
  return { type: 'command', language, template };
}
