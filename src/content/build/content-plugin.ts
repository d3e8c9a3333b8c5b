import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildContent, type ContentBundle } from './build-content.ts';
import { formatProblems } from './content-problem.ts';
import { readContentDir } from './read-content-dir.ts';

const CONTENT_ID = 'virtual:content';
const FIX_ID_PREFIX = 'virtual:content/fix/';
const CODES_ID = 'virtual:content/codes';
const FIX_INDEX_ID = 'virtual:content/fix-index';
const QUESTION_HELP_ID = 'virtual:content/question-help';
const RESOLVED_PREFIX = '\0';

/** Reads, validates and compiles `content/` once per build; a broken tree fails the build. */
export function loadContentBundle(projectRoot: string): ContentBundle {
  const result = buildContent(readContentDir(projectRoot));
  if (!result.bundle) throw new Error(formatProblems(result.problems));
  return result.bundle;
}

/**
 * Exposes the content as modules: `virtual:content` (the tree and the fix summaries, small and
 * eager), `virtual:content/fix/<id>` (one fix body each, loaded lazily) and
 * `virtual:content/codes` (the bounce-code catalogue, for the analyzer's lazy chunk) and
 * `virtual:content/fix-index` (every page's front matter, for the /fixes index) and
 * `virtual:content/question-help` (the "not sure?" help bodies, loaded when a question shows), so no YAML or
 * markdown parser ever reaches the browser and the entry chunk does not grow with content.
 */
export function contentPlugin(): Plugin {
  let root = process.cwd();
  let isBuild = false;
  let bundle: ContentBundle | undefined;
  const current = () => (bundle ??= loadContentBundle(root));
  /** In the browser build, fix bodies are files at fixed addresses (see fixBodyFolder). */
  const bodiesAtFixedAddresses = (environment: { config: { consumer: string } } | undefined) =>
    isBuild && environment?.config.consumer === 'client';

  return {
    name: 'bounce-fix-content',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    buildStart() {
      bundle = undefined;
      const content = current();
      this.addWatchFile(join(root, 'content'));
      if (!bodiesAtFixedAddresses(this.environment)) return;
      const folder = fixBodyFolder(content);
      for (const fix of content.fixes) {
        this.emitFile({
          type: 'chunk',
          id: FIX_ID_PREFIX + fix.id,
          fileName: `${folder}/${fix.id}.js`,
          preserveSignature: 'strict',
        });
      }
    },
    resolveId(id) {
      if (
        [CONTENT_ID, CODES_ID, FIX_INDEX_ID, QUESTION_HELP_ID].includes(id) ||
        id.startsWith(FIX_ID_PREFIX)
      )
        return RESOLVED_PREFIX + id;
      return undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const virtualId = id.slice(RESOLVED_PREFIX.length);
      const content = current();
      if (virtualId === CONTENT_ID) {
        return contentModule(content, bodiesAtFixedAddresses(this.environment));
      }
      if (virtualId === CODES_ID) return `export default ${JSON.stringify(browserCodes(content))};`;
      if (virtualId === FIX_INDEX_ID)
        return `export default ${JSON.stringify(content.fixes)};\nexport const searchSynonyms = ${JSON.stringify(content.searchSynonyms)};`;
      if (virtualId === QUESTION_HELP_ID)
        return `export default ${JSON.stringify(content.questionHelp)};`;
      if (virtualId.startsWith(FIX_ID_PREFIX)) {
        const body = content.bodies[virtualId.slice(FIX_ID_PREFIX.length)];
        if (!body)
          throw new Error(`No fix page with id "${virtualId.slice(FIX_ID_PREFIX.length)}"`);
        return `export default ${JSON.stringify(body)};`;
      }
      return undefined;
    },
    configureServer(server: ViteDevServer) {
      const contentDir = join(root, 'content');
      server.watcher.add(contentDir);
      const reload = (file: string) => {
        if (!file.startsWith(contentDir)) return;
        bundle = undefined;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith(RESOLVED_PREFIX + CONTENT_ID))
            server.moduleGraph.invalidateModule(module);
        }
        try {
          current();
          server.ws.send({ type: 'full-reload' });
        } catch (error) {
          server.config.logger.error((error as Error).message);
          server.ws.send({ type: 'error', err: { message: (error as Error).message, stack: '' } });
        }
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

/** The catalogue as the browser needs it: the example lines are for the tests only. */
function browserCodes(content: ContentBundle): ContentBundle['codes'] {
  return {
    ...content.codes,
    entries: content.codes.entries.map(({ examples: _examples, ...entry }) => entry),
  };
}

/**
 * Where the browser build puts the fix bodies: one folder per version of all of them, so each
 * body has an address the entry can compute from its id (no table of hashed file names to ship)
 * and hosts may still cache them for good.
 */
export function fixBodyFolder(content: ContentBundle): string {
  const version = createHash('sha256').update(JSON.stringify(content.bodies)).digest('hex');
  return `assets/fix/${version.slice(0, 10)}`;
}

function contentModule(content: ContentBundle, bodiesAtFixedAddresses: boolean): string {
  const loaders = bodiesAtFixedAddresses
    ? // Each body is its own file (emitted in buildStart) at an address built from its id.
      `Object.fromEntries(fixes.map(({ id }) => [id, () => import(/* @vite-ignore */ \`\${import.meta.env.BASE_URL}${fixBodyFolder(content)}/\${id}.js\`).then((m) => m.default)]))`
    : `{\n${content.fixes
        .map(
          (fix) =>
            `  ${JSON.stringify(fix.id)}: () => import(${JSON.stringify(FIX_ID_PREFIX + fix.id)}).then((m) => m.default),`,
        )
        .join('\n')}\n}`;
  return [
    `export const tree = ${JSON.stringify(content.tree)};`,
    // Only what routing needs; the rest of each page's front matter travels with its body.
    `export const fixes = ${JSON.stringify(content.fixes.map(({ id, title, appliesTo }) => ({ id, title, appliesTo })))};`,
    `export const redirects = ${JSON.stringify(content.redirects)};`,
    `export const fixBodyLoaders = ${loaders};`,
  ].join('\n');
}
