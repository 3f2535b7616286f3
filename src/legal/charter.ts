/**
 * The Party Charter's clauses that more than one area applies, each built once (issue 16: "one
 * cited constant per clause in legal/"). Discipline, review and the report area read the closed
 * lists of forms of Điều 35 khoản 2 from here, so a bundle that only checks a report's forms does
 * not carry the discipline area's other sources.
 * @internal
 * @module
 */
import type { DisciplineForm } from '../i18n/vocabulary.js';
import { cite } from './citation.js';
import { CHARTER_2011 } from './documents.js';
import type { Citation } from './types.js';

/**
 * Điều lệ Đảng (2011) Điều 35 khoản 2, quoted: the closed lists of disciplinary forms for a party
 * organization, an official member and a probationary member. @internal
 */
export const CHARTER_35_2: Citation = /* @__PURE__ */ cite(
  CHARTER_2011,
  {
    article: 35,
    clause: 2,
    quoteVi:
      '2. Hình thức kỷ luật :\n- Đối với tổ chức đảng : khiển trách, cảnh cáo, giải tán;\n- Đối với đảng viên chính thức : khiển trách, cảnh cáo, cách chức, khai trừ;\n- Đối với đảng viên dự bị : khiển trách, cảnh cáo.',
    effectiveFrom: '2011-01-19',
  },
  'quoted',
);

/** The forms of Điều 35 khoản 2, per subject, in the Charter's order ({@link CHARTER_35_2}). @internal */
export const CHARTER_35_2_FORMS = {
  organization: ['reprimand', 'warning', 'dissolution'],
  officialMember: ['reprimand', 'warning', 'removalFromPost', 'expulsion'],
  probationaryMember: ['reprimand', 'warning'],
} as const satisfies Readonly<Record<'organization' | 'officialMember' | 'probationaryMember', readonly DisciplineForm[]>>;
