/**
 * Reading tallies and manifestation mentions out of Vietnamese narrative reports.
 * @module
 */
export { normalizeVietnameseText } from './normalize.js';
export type { NormalizedText } from './normalize.js';
export { TALLY_MEASURES } from './lexicon.js';
export type { TallyMeasure, TallyCategory, ExtractedUnitKind } from './lexicon.js';
export { checkBreakdown } from './checkBreakdown.js';
export type { BreakdownCheck, BreakdownCheckInput, BreakdownStatus } from './checkBreakdown.js';
export { extractTallies, safeExtractTallies, DEFAULT_MAX_TEXT_LENGTH } from './extractTallies.js';
export type {
  ExtractTalliesOptions,
  ExtractionResult,
  ExtractedTally,
  ExtractedBreakdown,
  ExtractedSubject,
  TallyRole,
  BreakdownKind,
  UnclassifiedCount,
  UnclassifiedReason,
} from './extractTallies.js';
export { extractionToTally } from './toTally.js';
export type { ExtractionTally, ExtractionToTallyOptions, UnplacedReason } from './toTally.js';
export { findManifestationMentions, safeFindManifestationMentions } from './findManifestationMentions.js';
export type { ManifestationMention, ManifestationMentionKind, FindManifestationMentionsOptions } from './findManifestationMentions.js';
