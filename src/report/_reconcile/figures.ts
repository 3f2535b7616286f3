/**
 * Findings on one figure at a time: a negative or fractional count (reported, never fixed:
 * hierarchy-review-reports.md §3.2 "không được chỉnh, sửa số liệu theo suy đoán cân đối"), and a
 * discipline form the Charter does not give for the subject (Điều lệ Đảng Điều 35 khoản 2;
 * QĐ 69-QĐ/TW Điều 7).
 * @module
 */
import { DISCIPLINE_FORM_LABELS, type DisciplineForm } from '../../i18n/vocabulary.js';
import type { FigureSubject } from '../reconcileTypes.js';
import { formAllowedFor } from '../_formRules.js';
import { INDIVIDUAL_SUBJECTS, lazyDescribe, type FindingSink, type Located } from './context.js';
import { cites, OUTCOMES, REASONS, SUBJECT_LABELS } from './messages.js';

/** Forms the Charter does not allow for a subject (Điều 35 khoản 2). */
function impossibleForm(subject: FigureSubject | undefined, form: DisciplineForm): boolean {
  if (subject === undefined) return false;
  if (subject === 'officialMember' || subject === 'probationaryMember') return !formAllowedFor(subject, form);
  return !formAllowedFor(INDIVIDUAL_SUBJECTS.has(subject) ? 'anyMember' : 'organization', form);
}

/** Check each figure: counts, forms. */
export function checkFigures(all: readonly Located[], sink: FindingSink): void {
  for (const x of all) {
    const f = x.f;
    const formImpossible = f.measure === 'discipline' && f.category !== undefined && impossibleForm(f.subject, f.category as DisciplineForm);
    if (f.value >= 0 && Number.isInteger(f.value) && !formImpossible) continue;
    const fp = x.path;
    const d = lazyDescribe(f);
    const figures = [{ path: fp, value: f.value }];
    if (f.value < 0) {
      sink.add('negativeCount', 'error', fp, figures, OUTCOMES.negativeCount, [{ code: 'negativeCount', text: REASONS.negativeCount(d()), citations: [] }]);
    }
    if (!Number.isInteger(f.value)) {
      sink.add('nonIntegerCount', 'error', fp, [{ path: fp, value: f.value }], OUTCOMES.nonIntegerCount, [{ code: 'nonIntegerCount', text: REASONS.nonIntegerCount(d()), citations: [] }]);
    }
    if (formImpossible) {
      const form = DISCIPLINE_FORM_LABELS[f.category as DisciplineForm];
      const subject = SUBJECT_LABELS[f.subject as FigureSubject];
      sink.add('formImpossibleForSubject', 'error', fp, [{ path: fp, value: f.value }], OUTCOMES.formImpossibleForSubject, [
        { code: 'formImpossibleForSubject', text: REASONS.formImpossibleForSubject(d(), form, subject), citations: [cites().ART35, cites().QD69_ART7] },
      ]);
    }
  }
}
