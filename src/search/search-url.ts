// The search page's URL: /tim-kiem/?q=ba+dinh&chuyen-muc=quan-huyen&nam=2021&sap-xep=moi-nhat
// (shareable; the back button restores earlier searches).

export const SEARCH_PARAMS = { query: 'q', category: 'chuyen-muc', year: 'nam', sort: 'sap-xep' } as const;

export interface SearchState {
  query: string;
  category: string;
  year: string;
  sort: 'relevance' | 'newest';
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: params.get(SEARCH_PARAMS.query) ?? '',
    category: params.get(SEARCH_PARAMS.category) ?? '',
    year: /^\d{4}$/.test(params.get(SEARCH_PARAMS.year) ?? '') ? params.get(SEARCH_PARAMS.year)! : '',
    sort: params.get(SEARCH_PARAMS.sort) === 'moi-nhat' ? 'newest' : 'relevance',
  };
}

/** Query string for a state, leaving out defaults so shared links stay short. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(SEARCH_PARAMS.query, state.query);
  if (state.category) params.set(SEARCH_PARAMS.category, state.category);
  if (state.year) params.set(SEARCH_PARAMS.year, state.year);
  if (state.sort === 'newest') params.set(SEARCH_PARAMS.sort, 'moi-nhat');
  const text = params.toString();
  return text ? `?${text}` : '';
}
