/**
 * The analyzer's heavy parts load on demand, so the page itself stays small: the matcher with
 * the bounce-code catalogue (preloaded once the page is shown), and the MIME parser (only when a
 * file is opened). A failed load is forgotten, so trying again fetches again.
 */
import type { BounceAnalysis } from './analyze-bounce';
import type * as FileReaderModule from './read-bounce-file';

export type BounceFileReader = typeof FileReaderModule;

export interface AnalyzerEngine {
  analyze: (text: string) => BounceAnalysis;
}

let engine: Promise<AnalyzerEngine> | undefined;
let fileReader: Promise<BounceFileReader> | undefined;

export function loadEngine(): Promise<AnalyzerEngine> {
  engine ??= Promise.all([import('./analyze-bounce'), import('virtual:content/codes')]).then(
    ([lib, codes]) => ({ analyze: (text: string) => lib.analyzeBounce(text, codes.default) }),
  );
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

export function loadFileReader(): Promise<BounceFileReader> {
  fileReader ??= import('./read-bounce-file');
  fileReader.catch(() => {
    fileReader = undefined;
  });
  return fileReader;
}
