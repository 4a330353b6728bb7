export * from './types';
export { parseBriefing } from './parse';
export { looksLikeBriefing } from './detect';
export { detached, displayWidth, firstClause, truncate, lineAt, indexAt, normalizeSpaces, pairSafeEnd } from './text';
export { contentStart } from './points';
export { parseWithState, type ParsedBriefing } from './parse';
export { composeRegions, reparseBriefing, type ChangedRegion } from './reparse';
export { lineageOf, originOf, releaseLineage, type Lineage } from './lineage';
export { findInlineMarkers, readMarker } from './markers';
