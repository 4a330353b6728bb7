export * from './types';
export { parseBriefing } from './parse';
export { looksLikeBriefing } from './detect';
export { firstClause, truncate, lineAt, indexAt, normalizeSpaces } from './text';
export { contentStart } from './points';
