/** Lower case, hyphens and runs of white space as single spaces: "Distribution-group" ≈ "distribution group". */
export function normaliseSearchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\-_/]+/g, ' ')
    .trim();
}

/**
 * The words of a search. Punctuation around a word is dropped ("5.7.133," → "5.7.133"), and so
 * is a basic SMTP reply code ("550", as pasted from a bounce line).
 */
export function searchTerms(query: string): string[] {
  return normaliseSearchText(query)
    .split(' ')
    .map((term) => term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, ''))
    .filter((term) => term !== '' && !/^[245]\d\d$/.test(term));
}

/** "5.7", "5.7.13", "5.7.133" — not "2010", which is a word like any other. */
export function isCodeTerm(term: string): boolean {
  return /^[245]\.\d+(\.\d+)?$/.test(term);
}

/**
 * A code matches a search term that starts it ("5.7.13" finds 5.7.133); a range also matches
 * every code in it ("5.7.620" finds 5.7.606-649).
 */
export function codeMatches(code: string, term: string): boolean {
  if (code.startsWith(term)) return true;
  const range = /^(\d+\.\d+)\.(\d+)-(\d+)$/.exec(code);
  const wanted = /^(\d+\.\d+)\.(\d+)$/.exec(term);
  if (!range || !wanted || range[1] !== wanted[1]) return false;
  const detail = Number(wanted[2]);
  return Number(range[2]) <= detail && detail <= Number(range[3]);
}
