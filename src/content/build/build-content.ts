import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { parseCodeCatalogue, type CodeCatalogue } from '../codes-schema.ts';
import { checkCatalogueEntries, checkMicrosoftCoverage } from './check-catalogue.ts';
import { checkCodeAnswers } from './check-code-answers.ts';
import { checkConsoleShell } from './check-console-shell.ts';
import { checkPlatformFacts } from './check-platform-facts.ts';
import { commandsIn } from '../doc-commands.ts';
import type {
  Answers,
  DocNode,
  FixBody,
  FixSummary,
  Redirect,
  Tree,
  TreeQuestion,
} from '../model.ts';
import { enumeratePositions } from '../enumerate-positions.ts';
import { withVariants } from './resolve-only-blocks.ts';
import { fixFrontMatterSchema } from '../schemas/fix-front-matter-schema.ts';
import {
  microsoftCodesFileSchema,
  type MicrosoftCodesFile,
} from '../schemas/microsoft-codes-schema.ts';
import { redirectsFileSchema } from '../schemas/redirects-schema.ts';
import { treeFileSchema, type TreeFileQuestion } from '../schemas/tree-schema.ts';
import { checkTreeGraph } from './check-tree-graph.ts';
import { compileMarkdown } from './compile-markdown.ts';
import {
  deadPartialBlocks,
  slugsByKey,
  type OnlyBlockRules,
  type PartialBlockUse,
} from './only-directive.ts';
import type { ContentProblem } from './content-problem.ts';
import {
  searchSynonymsFileSchema,
  type SearchSynonyms,
} from '../schemas/search-synonyms-schema.ts';
import { splitFixBody } from './split-fix-body.ts';

export const TREE_FILE = 'content/tree.yaml';
export const REDIRECTS_FILE = 'content/redirects.yaml';
export const CODES_FILE = 'content/codes.yaml';
/** Microsoft's documented NDR codes, which the catalogue must cover. */
export const MICROSOFT_CODES_FILE = 'content/microsoft-ndr-codes.yaml';
/** Words the /fixes search also understands (optional). */
export const SEARCH_SYNONYMS_FILE = 'content/search-synonyms.yaml';
const DATA_FILES = [
  TREE_FILE,
  REDIRECTS_FILE,
  CODES_FILE,
  MICROSOFT_CODES_FILE,
  SEARCH_SYNONYMS_FILE,
];
const FIX_FILE = /^content\/fixes\/(?:[a-z0-9-]+\/)*([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const PARTIAL_FILE = /^content\/partials\/_([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** Everything the app needs from `content/`, validated. */
export interface ContentBundle {
  tree: Tree;
  /** Question id → its "not sure?" help body (a lazy module in the browser). */
  questionHelp: Record<string, DocNode[]>;
  fixes: FixSummary[];
  bodies: Record<string, FixBody>;
  redirects: Redirect[];
  /** The bounce-code catalogue the analyzer matches against. */
  codes: CodeCatalogue;
  /** Fix id → the file it came from. */
  fixFiles: Record<string, string>;
  /** What the /fixes search also understands (content/search-synonyms.yaml). */
  searchSynonyms: SearchSynonyms;
}

export interface ContentBuildResult {
  problems: ContentProblem[];
  bundle?: ContentBundle;
}

/**
 * Validates and compiles the content files (path relative to the project root → text). Schema
 * problems, markdown problems and graph problems are all collected before giving up.
 */
export function buildContent(files: Readonly<Record<string, string>>): ContentBuildResult {
  const problems: ContentProblem[] = [];
  const partials = new Map<string, string>();
  const fixFileNames: string[] = [];

  for (const file of Object.keys(files).sort()) {
    const partial = PARTIAL_FILE.exec(file);
    if (partial?.[1]) partials.set(partial[1], files[file] ?? '');
    else if (FIX_FILE.test(file)) fixFileNames.push(file);
    else if (!DATA_FILES.includes(file)) {
      problems.push({ file, message: orphanMessage(file) });
    }
  }
  const usedPartials = new Set<string>();
  const lookupPartial = (name: string) => partials.get(name);

  const { tree, help: questionHelp } =
    readTree(files[TREE_FILE], problems, lookupPartial, usedPartials) ?? {};
  const redirects = readRedirects(files[REDIRECTS_FILE], problems);
  const searchSynonyms = readSearchSynonyms(files[SEARCH_SYNONYMS_FILE], problems);
  const codes = readCodes(files[CODES_FILE], problems);
  const microsoftCodes = readMicrosoftCodes(files[MICROSOFT_CODES_FILE], problems);
  if (codes) problems.push(...checkCatalogueEntries(codes, microsoftCodes, CODES_FILE));
  if (codes && microsoftCodes)
    problems.push(...checkMicrosoftCoverage(microsoftCodes, codes, MICROSOFT_CODES_FILE));

  const onlyRules = {
    slugs: tree ? slugsByKey(Object.values(tree.questions)) : undefined,
    partialBlocks: new Map<string, PartialBlockUse>(),
  };
  const fixes: FixSummary[] = [];
  const bodies: Record<string, FixBody> = {};
  const fixFiles: Record<string, string> = {};
  for (const file of fixFileNames) {
    const id = FIX_FILE.exec(file)?.[1] ?? file;
    if (fixFiles[id]) {
      problems.push({
        file,
        message: `another fix page, ${fixFiles[id]}, has the same file name "${id}.md"`,
      });
      continue;
    }
    const fix = readFix(file, id, files[file] ?? '', problems, {
      partials: lookupPartial,
      usedPartials,
      onlyRules,
    });
    if (!fix) continue;
    fixFiles[id] = file;
    fixes.push(fix.summary);
    bodies[id] = fix.body;
  }

  problems.push(...deadPartialBlocks(onlyRules.partialBlocks));
  for (const name of partials.keys()) {
    if (!usedPartials.has(name)) {
      problems.push({
        file: `content/partials/_${name}.md`,
        message: 'no page includes this partial',
      });
    }
  }

  if (tree) problems.push(...checkTreeGraph({ tree, fixes, fixFiles, redirects }));
  if (tree && codes) problems.push(...checkCodeAnswers(tree, codes, CODES_FILE));
  if (tree && codes) problems.push(...checkPlatformFacts(tree, codes, CODES_FILE));
  if (problems.length > 0 || !tree || !questionHelp || !codes) return { problems };
  const shown = bodiesWithVariants(tree, fixes, bodies);
  problems.push(...checkConsoleShell(shown, fixFiles));
  if (problems.length > 0) return { problems };
  return {
    problems,
    bundle: {
      tree,
      questionHelp,
      fixes,
      bodies: shown,
      redirects,
      codes,
      fixFiles,
      searchSynonyms,
    },
  };
}

/** Each body with its `:::only` blocks resolved for every position that reaches its page. */
function bodiesWithVariants(
  tree: Tree,
  fixes: FixSummary[],
  bodies: Record<string, FixBody>,
): Record<string, FixBody> {
  const answersByFix = new Map<string, Answers[]>();
  for (const position of enumeratePositions({ tree, fixes })) {
    if (position.kind !== 'fix') continue;
    answersByFix.set(position.id, [...(answersByFix.get(position.id) ?? []), position.answers]);
  }
  return Object.fromEntries(
    Object.entries(bodies).map(([id, body]) => [
      id,
      withVariants(body, answersByFix.get(id) ?? []),
    ]),
  );
}

function readRedirects(text: string | undefined, problems: ContentProblem[]): Redirect[] {
  return readYamlFile(REDIRECTS_FILE, text ?? '[]', redirectsFileSchema, problems) ?? [];
}

function readSearchSynonyms(text: string | undefined, problems: ContentProblem[]): SearchSynonyms {
  return readYamlFile(SEARCH_SYNONYMS_FILE, text ?? '[]', searchSynonymsFileSchema, problems) ?? [];
}

function orphanMessage(file: string): string {
  if (file.startsWith('content/partials/')) return 'a partial must be named _lower-case-words.md';
  if (file.startsWith('content/fixes/'))
    return 'a fix page must be a .md file named in lower-case-words';
  return 'is not part of the content (expected tree.yaml, redirects.yaml, codes.yaml, microsoft-ndr-codes.yaml, search-synonyms.yaml, fixes/**/*.md or partials/_*.md)';
}

function readCodes(
  text: string | undefined,
  problems: ContentProblem[],
): CodeCatalogue | undefined {
  if (text === undefined) {
    problems.push({
      file: CODES_FILE,
      message: 'is missing: the bounce analyzer needs its catalogue',
    });
    return undefined;
  }
  try {
    return parseCodeCatalogue(text, CODES_FILE);
  } catch (error) {
    for (const line of (error as Error).message.split('\n')) {
      problems.push({ file: CODES_FILE, message: line.replace(`${CODES_FILE}: `, '') });
    }
    return undefined;
  }
}

function readMicrosoftCodes(
  text: string | undefined,
  problems: ContentProblem[],
): MicrosoftCodesFile | undefined {
  if (text === undefined) {
    problems.push({
      file: MICROSOFT_CODES_FILE,
      message: "is missing: the list of Microsoft's NDR codes the catalogue must cover",
    });
    return undefined;
  }
  return readYamlFile(MICROSOFT_CODES_FILE, text, microsoftCodesFileSchema, problems);
}

function readYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    problems.push({
      file,
      message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return undefined;
  }
  return validate(file, data, schema, problems);
}

function validate<S extends z.ZodType>(
  file: string,
  data: unknown,
  schema: S,
  problems: ContentProblem[],
  fieldPrefix = '',
): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPrefix + formatIssuePath(issue.path);
    problems.push({ file, field: field || '(top level)', message: issue.message });
  }
  return undefined;
}

function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

function readTree(
  text: string | undefined,
  problems: ContentProblem[],
  partials: (name: string) => string | undefined,
  usedPartials: Set<string>,
): { tree: Tree; help: Record<string, DocNode[]> } | undefined {
  if (text === undefined) {
    problems.push({ file: TREE_FILE, message: 'is missing: the wizard needs its questions' });
    return undefined;
  }
  const file = readYamlFile(TREE_FILE, text, treeFileSchema, problems);
  if (!file) return undefined;
  const questions: Record<string, TreeQuestion> = {};
  const help: Record<string, DocNode[]> = {};
  for (const [id, question] of Object.entries(file.questions) as [string, TreeFileQuestion][]) {
    const compile = (field: string, markdown: string) =>
      compileMarkdown(
        markdown,
        (message) => problems.push({ file: TREE_FILE, field: `questions.${id}.${field}`, message }),
        partials,
        usedPartials,
      );
    const helpBody = question.help ? compile('help.body', question.help.body) : undefined;
    if (helpBody) help[id] = helpBody;
    questions[id] = {
      id,
      key: question.key,
      title: question.title,
      shortTitle: question.shortTitle,
      ...(question.fixesFilter ? { fixesFilter: question.fixesFilter } : {}),
      ...(question.intro ? { intro: compile('intro', question.intro) } : {}),
      ...(question.help && helpBody
        ? { help: { title: question.help.title, hasCommands: commandsIn(helpBody).length > 0 } }
        : {}),
      options: question.options.map((option) => ({ ...option })),
    };
  }
  return { tree: { start: file.start, questions }, help };
}

interface FixCompileContext {
  partials: (name: string) => string | undefined;
  usedPartials: Set<string>;
  onlyRules: Omit<OnlyBlockRules, 'appliesTo'>;
}

function readFix(
  file: string,
  id: string,
  text: string,
  problems: ContentProblem[],
  { partials, usedPartials, onlyRules }: FixCompileContext,
): { summary: FixSummary; body: FixBody } | undefined {
  let parsed: { data: unknown; content: string };
  try {
    // The yaml package keeps dates as strings; gray-matter's default engine would make Date objects.
    parsed = matter(text, { engines: { yaml: (source: string) => parseYaml(source) as object } });
  } catch (error) {
    problems.push({
      file,
      field: 'front matter',
      message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return undefined;
  }
  if (
    parsed.data === null ||
    typeof parsed.data !== 'object' ||
    Object.keys(parsed.data).length === 0
  ) {
    problems.push({
      file,
      field: 'front matter',
      message: 'is missing (start the file with --- and the title, summary, appliesTo …)',
    });
    return undefined;
  }
  const frontMatter = validate(file, parsed.data, fixFrontMatterSchema, problems);
  const report = (message: string) => problems.push({ file, field: 'body', message });
  const nodes = compileMarkdown(parsed.content, report, partials, usedPartials, {
    ...onlyRules,
    appliesTo: frontMatter?.appliesTo,
  });
  if (!frontMatter) return undefined;
  const summary: FixSummary = {
    id,
    title: frontMatter.title,
    summary: frontMatter.summary,
    appliesTo: frontMatter.appliesTo,
    codes: frontMatter.codes,
    sources: frontMatter.sources,
    reviewed: frontMatter.reviewed,
    stepCount: 0,
  };
  const body = splitFixBody(summary, nodes, report);
  summary.stepCount = body.sections.reduce(
    (count, section) => count + (section.steps?.length ?? 0),
    0,
  );
  return { summary, body };
}
