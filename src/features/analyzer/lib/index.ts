/** The analyzer's pure logic: what the analyzer UI imports. */
export {
  analyzeBounce,
  type BounceAnalysis,
  type BounceAnswers,
  type BounceKind,
  type Evidence,
  type EvidenceHighlight,
  type EvidenceLabel,
  type ExchangeVersion,
} from './analyze-bounce';
export {
  BounceFileError,
  MAX_FILE_BYTES,
  looksBinary,
  readBounceFile,
  readEml,
  readTextFile,
  type BounceFileProblem,
  type BounceFileText,
} from './read-bounce-file';
export { htmlToText } from './html-to-text';
export { MAX_INPUT_CHARS } from './scan-bounce';
