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
