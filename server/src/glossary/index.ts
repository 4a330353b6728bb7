export * from './types';
export { builtinEntries } from './builtin';
export { glossaryFormat, parseGlossary } from './loaders';
export { findForm, TermIndex } from './termIndex';
export { termsInParagraph } from './termCache';
export { transliterationIn, type Transliteration } from './transliteration';
export { foreignNameIn, FUNCTION_CHARACTERS, type KnownTerms } from './foreignNames';
