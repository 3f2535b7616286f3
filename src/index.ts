/**
 * nq4: the rules of Resolution 04-NQ/TW as code.
 *
 * The public surface, one list. Areas: the catalog of the 27 manifestations; legal citations and
 * dated rule sets; the shared Explanation; errors; bilingual labels and Vietnamese formatting.
 * @packageDocumentation
 */

// Errors
export { Nq4Error, formatPath, isNq4Error, safe } from './errors.js';
export type { Nq4Issue, Nq4IssueCode, SafeResult } from './errors.js';

// Labels, vocabulary and formatting
export type { Label, Language } from './i18n/label.js';
export {
  DISCIPLINE_FORMS,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORM_SEVERITY,
  NON_DISCIPLINARY_MEASURES,
  NON_DISCIPLINARY_MEASURE_LABELS,
  RATING_LEVELS,
  RATING_LEVEL_LABELS,
  DISCIPLINE_SUBJECTS,
  DISCIPLINE_SUBJECT_LABELS,
  SUBJECT_KINDS,
  SUBJECT_KIND_LABELS,
  TEXT_STATUSES,
  TEXT_STATUS_LABELS,
} from './i18n/vocabulary.js';
export type {
  DisciplineForm,
  NonDisciplinaryMeasure,
  RatingLevel,
  DisciplineSubject,
  SubjectKind,
  TextStatus,
} from './i18n/vocabulary.js';
export {
  formatNumberVi,
  formatNumberEn,
  formatPercentVi,
  formatPercentEn,
  formatDateVi,
  formatDateEn,
  formatDateLongVi,
} from './i18n/format.js';

// Legal sources and rule sets
export type { IsoDate } from './i18n/isoDate.js';
export { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, parseDocumentId, formatDocumentId, isSameDocumentId, sameDocumentId } from './legal/documentId.js';
export type { DocumentId, DocumentKind } from './legal/documentId.js';
export { PARTY_DOCUMENTS, findPartyDocuments } from './legal/documents.js';
export type { PartyDocument, PartyDocumentName } from './legal/documents.js';
export { checkedCite as cite, formatCitation } from './legal/citation.js';
export type { Citation, CitationLocator, SourceStatus } from './legal/citation.js';
export { createRuleSetRegistry } from './legal/ruleSets.js';
export type { RuleSetInfo, RuleSetRegistry, RuleSetResolution, ForYearOptions } from './legal/ruleSets.js';

// Explanation
// The public explain/renderExplanation check their input first (src/explain/checked.ts); the
// library's own results call the unchecked explain of src/explain/explanation.ts.
export { explain, renderExplanation } from './explain/checked.js';
export { NOT_AN_OFFICIAL_DECISION } from './explain/explanation.js';
export type { Explanation, ExplanationInput, Reason, AppliedOption } from './explain/explanation.js';
export type { RuleResult } from './explain/result.js';

// Catalog of the 27 manifestations
export {
  manifestations,
  manifestationGroups,
  getManifestation,
  getManifestationGroup,
  isManifestationId,
  manifestationIdSchema,
} from './catalog/manifestations.js';
export type {
  Manifestation,
  ManifestationGroup,
  ManifestationGroupNumber,
  ManifestationId,
} from './catalog/manifestations.js';

// Tallies: the shared counting vocabulary of discipline, review, reports and the narrative reader
export {
  RATED_SUBJECTS,
  TALLY_DISCIPLINE_SUBJECTS,
  createEmptyTally,
  emptyTally,
  tally,
  mergeTallies,
} from './tally/tally.js';
export type { Tally, TallyInput, Counts, ByKey, RatedSubject, TallyDisciplineSubject } from './tally/tally.js';

// Rating: rule sets by year, member and organization rating, quota, rules for a year
export * from './rating/index.js';

// Discipline: forms, checks, statute of limitations, effects, tallies
export * from './discipline/index.js';

// Review cycle (kiểm điểm): records, findings, commitments, remediation, summaries, bridges
export * from './review/index.js';

// Reports: unit hierarchy, roll-up, reconciliation, sealing, Vietnamese rendering
export * from './report/index.js';

// Narrative reader: tallies and manifestation mentions out of Vietnamese report prose
export * from './extract/index.js';
