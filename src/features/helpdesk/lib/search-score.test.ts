import { describe, expect, it } from 'vitest';
import { compileSearch, synonymMap } from './search-score';

const synonyms = synonymMap([
  { words: ['authrequired'], finds: ['5.7.1'] },
  { words: ['scanner'], finds: ['app'] },
]);

describe('compileSearch', () => {
  it('needs every term, and ranks whole codes and words above parts', () => {
    const search = compileSearch('5.7.1', synonyms);
    expect(search.score('x', ['5.7.1'], '')).toBeGreaterThan(
      search.score('x', ['5.7.133'], '') ?? 0,
    );
    expect(compileSearch('app group').score('the app', [], '')).toBeUndefined();
    expect(compileSearch('app').score('an app', [], '')).toBeGreaterThan(
      compileSearch('app').score('applies', [], '') ?? 0,
    );
  });

  it('a synonym finds what its words find; a code synonym only that code', () => {
    const search = compileSearch('AuthRequired', synonyms);
    expect(search.score('nothing here', ['5.7.1'], '')).toBeDefined();
    expect(search.score('nothing here', ['5.7.133'], '')).toBeUndefined();
    expect(compileSearch('scanner', synonyms).score('the app signs in', [], '')).toBeDefined();
  });

  it('a search that names the recipient type puts that group first, the longer name first', () => {
    const search = compileSearch('dynamic distribution group');
    const plain = search.score('dynamic distribution group', [], 'Distribution group') ?? 0;
    const dynamic = search.score('dynamic distribution group', [], 'Dynamic distribution group');
    expect(dynamic).toBeGreaterThan(plain);
    expect(plain).toBeGreaterThan(search.score('dynamic distribution group', [], 'Mail user') ?? 0);
  });
});
