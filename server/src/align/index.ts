export { alignSections, alignSectionsSteps, counterpartOf, placeOfMissing, type Alignment, type AlignOptions, type Link, type Side, type SideInput, type TermAffinity } from './align';
export { alignPoints, type PointPair } from './pointAlignment';
export {
  counterpartFileNames,
  customPatternCounterparts,
  languageByCustomPatterns,
  languageOfFileName,
  type CustomPattern,
  type PairedLanguage,
} from './pairing';
export { glossaryAffinity } from './glossaryEvidence';
export { linkedTexts, renderingsOf, type ParagraphPair, type Rendering } from './renderings';
export { alignBilingual, alignBriefings, alignBriefingsSteps, alignTexts, sectionsByLanguage, type AlignedTexts, type TextAlignment } from './texts';
export { runToEnd } from './dp';
