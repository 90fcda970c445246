import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from '../../src/search/search-url.ts';

describe('search URL', () => {
  it('round-trips the query, filters and sort, leaving defaults out', () => {
    const state = { query: 'ba dinh', category: 'quan-huyen', year: '2021', sort: 'newest' as const };
    const search = writeSearchState(state);
    expect(search).toBe('?q=ba+dinh&chuyen-muc=quan-huyen&nam=2021&sap-xep=moi-nhat');
    expect(readSearchState(search)).toEqual(state);
    expect(writeSearchState({ query: 'thi đua', category: '', year: '', sort: 'relevance' })).toBe('?q=thi+%C4%91ua');
  });
  it('ignores malformed values', () => {
    expect(readSearchState('?q=x&nam=20x1&sap-xep=linh-tinh')).toEqual({ query: 'x', category: '', year: '', sort: 'relevance' });
  });
});
