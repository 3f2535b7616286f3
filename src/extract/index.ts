/**
 * Reading tallies and manifestation mentions out of Vietnamese narrative reports.
 * @module
 */
export { normalizeVietnameseText } from './normalize.js';
export type { NormalizedText } from './normalize.js';
export { EXTRACTED_TALLY_MEASURES } from './lexicon.js';
export type { ExtractedTallyMeasure, ExtractedTallyCategory, ExtractedUnitKind, LetterGrade } from './lexicon.js';
export { checkStatedBreakdown } from './checkStatedBreakdown.js';
export type { StatedBreakdownCheck, StatedBreakdownCheckInput, StatedBreakdownStatus } from './checkStatedBreakdown.js';
export { extractTallies, safeExtractTallies, EXTRACT_MAX_TEXT_LENGTH } from './extractTallies.js';
export type {
  ExtractTalliesOptions,
  ExtractionResult,
  ExtractedTally,
  ExtractedBreakdown,
  ExtractedSubject,
  ExtractedTallyRole,
  StatedBreakdownKind,
  UnclassifiedCount,
  UnclassifiedReason,
} from './extractTallies.js';
export { reconcileExtraction } from './reconcileExtraction.js';
export type { ReconcileExtractionOptions, ExtractionReconcileOptions, ExtractionReconcileGroup, ExtractionFinding, ExtractionReconciliation } from './reconcileExtraction.js';
export { convertExtractionToTally, extractionToTally } from './toTally.js';
export type { ExtractionTally, ConvertExtractionToTallyOptions, ExtractionToTallyOptions, ExtractionUnplacedReason } from './toTally.js';
export { findManifestationMentions, safeFindManifestationMentions } from './findManifestationMentions.js';
export type { ManifestationMention, ManifestationMentionKind, FindManifestationMentionsOptions } from './findManifestationMentions.js';
