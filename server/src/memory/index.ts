export * from './types';
export { briefingDate } from './date';
export { normalized, similarity } from './fuzzy';
export { DEFAULT_MIN_SCORE, TranslationMemory, type SearchOptions } from './memoryIndex';
export { sentencesOf, sentenceSpans, unitsOfPair } from './sentences';
export { parseStore, serializeStore, STORE_VERSION, type StoredSource, type StoreReading } from './store';
export { unitsOfBriefingsSteps, unitsOfTexts } from './build';
