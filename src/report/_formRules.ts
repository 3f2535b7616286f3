/**
 * The closed lists of disciplinary forms per subject, as the report module applies them
 * (Điều lệ Đảng 2011 Điều 35 khoản 2, Q1; QĐ 69-QĐ/TW Điều 7, Q2; discipline.md §2.1):
 * tổ chức đảng khiển trách, cảnh cáo, giải tán; đảng viên chính thức khiển trách, cảnh cáo, cách
 * chức, khai trừ; đảng viên dự bị khiển trách, cảnh cáo. The lists are read from
 * `DISCIPLINE_FORM_LISTS` (src/discipline) so the table is written once; "đảng viên" of unstated
 * status may receive any form of either member list.
 * @internal
 * @module
 */
import { DISCIPLINE_FORM_LISTS } from '../discipline/forms.js';
import type { DisciplineForm } from '../i18n/vocabulary.js';
import type { Citation } from '../legal/citation.js';

/** Whose list applies: one of the Charter's three subjects, or a member of unstated status. @internal */
export type FormListSubject = 'organization' | 'officialMember' | 'probationaryMember' | 'anyMember';

const formsOf = (subject: 'organization' | 'officialMember' | 'probationaryMember'): readonly DisciplineForm[] =>
  DISCIPLINE_FORM_LISTS[subject].flatMap((v) => v.forms);

type Allowed = { readonly [S in FormListSubject]: ReadonlySet<DisciplineForm> };
let allowed: Allowed | undefined;

/** The lists as sets, built on first use (not at import, so a bundle that never checks a form drops them). */
function allowedForms(): Allowed {
  return (allowed ??= {
    organization: new Set(formsOf('organization')),
    officialMember: new Set(formsOf('officialMember')),
    probationaryMember: new Set(formsOf('probationaryMember')),
    anyMember: new Set([...formsOf('officialMember'), ...formsOf('probationaryMember')]),
  });
}

/** True when the Charter's closed list for the subject contains the form. @internal */
export function formAllowedFor(subject: FormListSubject, form: DisciplineForm): boolean {
  return allowedForms()[subject].has(form);
}

/**
 * The citation of a subject's closed list (Điều lệ Điều 35 khoản 2, the first source of the
 * subject's first list in `DISCIPLINE_FORM_LISTS`). @internal
 */
export function formListSource(subject: FormListSubject): Citation | undefined {
  return DISCIPLINE_FORM_LISTS[subject === 'anyMember' ? 'officialMember' : subject][0]?.sources[0];
}
