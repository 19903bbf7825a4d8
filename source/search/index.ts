// Full-text search over reports: headings, paragraphs, captions and figures, in either script,
// by pinyin, forgiving one typo in longer terms. See search.ts for how a query is answered.
export {buildIndex, figureText, indexOfItems, reportItems} from './build.js';
export {
	type Condition,
	itemTokens,
	kindCondition,
	occurrenceCondition,
	occurrenceLevels,
	type PairVocabulary,
	pinyinPairs,
	queryCondition,
	readingChains,
	textTokens,
} from './fts-tokens.js';
export {parseQuery, type Term} from './query.js';
export {foldKey, foldScript} from '../text/fold.js';
export {maxQueryChars, minTypoChars} from './query.js';
export {
	type CountedHits,
	defaultLimit,
	forgivesTypos,
	limitOf,
	search,
	searchCounted,
} from './search.js';
export type {Hit, SearchIndex, SearchItem, SearchKind, SearchOptions} from './types.js';
export {searchKinds} from './types.js';
