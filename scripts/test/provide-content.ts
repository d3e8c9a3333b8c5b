import type { TestProject } from 'vitest/node';
import { buildContent } from '../../src/content/build/build-content.ts';
import { readContentDir } from '../../src/content/build/read-content-dir.ts';

/**
 * Builds content/ once for the whole unit-test run and hands the result to every test file
 * (`inject('contentBuild')`): a dozen files check the real content, and building it takes seconds.
 */
export default function provideContent(project: TestProject) {
  project.provide('contentBuild', buildContent(readContentDir(process.cwd())));
}

declare module 'vitest' {
  export interface ProvidedContext {
    contentBuild: ReturnType<typeof buildContent>;
  }
}
