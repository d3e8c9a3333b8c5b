/**
 * How long analyzeBounce takes on a large paste: a real bounce buried in filler.
 *
 *   npx tsx scripts/bench-analyzer.ts
 *
 * `measureAnalyzer` is exported so `npm run bench` can report the same figures.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCodeCatalogue, type CodeCatalogue } from '../src/content/codes-schema';
import { analyzeBounce } from '../src/features/analyzer/lib/analyze-bounce';

const root = new URL('../', import.meta.url);

export interface AnalyzerTiming {
  /** Size of the analysed text, in characters. */
  chars: number;
  runs: number;
  medianMs: number;
  maxMs: number;
  /** The diagnosis, to show the bounce was still found under the filler. */
  entryId: string | undefined;
}

/** Lines that look like what surrounds a bounce in a ticket: quoted mail and headers. */
const FILLER = [
  '> Hi team, please find the figures for the third quarter attached. Let me know if anything is unclear.',
  'Received: from DB9PR02MB7842.eurprd02.prod.outlook.com (2603:10a6:10:2c3::14) by AM0PR01MB6215.eurprd01.prod.outlook.com with Microsoft SMTP Server id 15.20.7918.24; Tue, 1 Oct 2024 09:12:44 +0000',
  'X-MS-Exchange-Organization-SCL: 1',
  'Thanks, Alex (alex.wilber@fabrikam.com), Finance, +1 555 0100, Building 4, Room 2.10.3',
  '',
  'PGh0bWw+PGJvZHk+PHA+VGhpcyBpcyBiYXNlNjQtZW5jb2RlZCBmaWxsZXIgdGV4dCBmb3IgdGhlIGJlbmNobWFyay48L3A+PC9ib2R5PjwvaHRtbD4=',
];

/** A bounce surrounded by filler until the text is about `targetChars` long. */
export function buildPaste(bounce: string, targetChars: number): string {
  const parts: string[] = [];
  let length = 0;
  let i = 0;
  const half = Math.floor(targetChars / 2);
  let placed = false;
  while (length < targetChars) {
    if (!placed && length >= half) {
      parts.push(bounce);
      length += bounce.length + 1;
      placed = true;
    }
    const line = FILLER[i % FILLER.length] ?? '';
    parts.push(line);
    length += line.length + 1;
    i += 1;
  }
  if (!placed) parts.push(bounce);
  return parts.join('\n');
}

/** Runs analyzeBounce `runs` times on `text`; returns the median and the slowest run. */
export function measureAnalyzer(text: string, catalogue: CodeCatalogue, runs = 9): AnalyzerTiming {
  analyzeBounce(text, catalogue); // warm-up: compiles the catalogue's patterns
  const times: number[] = [];
  let entryId: string | undefined;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    entryId = analyzeBounce(text, catalogue).entry?.id;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    chars: text.length,
    runs,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    maxMs: times[times.length - 1] ?? 0,
    entryId,
  };
}

export function loadBenchInputs(): { catalogue: CodeCatalogue; bounce: string } {
  const catalogue = parseCodeCatalogue(
    readFileSync(new URL('content/codes.yaml', root), 'utf8'),
    'content/codes.yaml',
  );
  const bounce = readFileSync(
    new URL('src/features/analyzer/fixtures/exo-5-7-133-group--outlook.txt', root),
    'utf8',
  );
  return { catalogue, bounce };
}

function format(label: string, timing: AnalyzerTiming): string {
  const size = `${(timing.chars / 1024 / 1024).toFixed(2)} MB`;
  return `${label}: ${size}, ${timing.runs} runs, median ${timing.medianMs.toFixed(1)} ms, max ${timing.maxMs.toFixed(1)} ms (found: ${timing.entryId ?? 'nothing'})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { catalogue, bounce } = loadBenchInputs();
  console.log(format('1 MB paste', measureAnalyzer(buildPaste(bounce, 1024 * 1024), catalogue)));
  console.log(
    format('5 MB paste', measureAnalyzer(buildPaste(bounce, 5 * 1024 * 1024), catalogue, 5)),
  );
}
