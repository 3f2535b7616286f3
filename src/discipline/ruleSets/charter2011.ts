/**
 * The Party Charter 2011 (Điều lệ Đảng, 19-01-2011), status Q1:
 *
 * > "Điều 35. … 2. Hình thức kỷ luật :
 * > - Đối với tổ chức đảng : khiển trách, cảnh cáo, giải tán;
 * > - Đối với đảng viên chính thức : khiển trách, cảnh cáo, cách chức, khai trừ;
 * > - Đối với đảng viên dự bị : khiển trách, cảnh cáo."
 *
 * and Điều 36 (who decides), read with QĐ 22 Điều 11 and QĐ 296 Điều 10 in the authority table of
 * `../decidingBodies.ts`. Nothing on limitation, expiry or planning was seen before the later
 * regulations: those stay absent.
 * @module
 */
import { CHARTER_35_2_FORMS } from '../../legal/charter.js';
import { CHARTER_AUTHORITY_TABLE, CHARTER_LEVELS_COVERED, type DecidingBodyRules } from '../decidingBodies.js';
import * as SRC from '../sources.js';
import type { DisciplineRuleSetDefinition } from './types.js';

/** The Charter's first day (19-01-2011). @internal */
export const CHARTER_2011_FROM = '2011-01-19';

/** The Charter's closed lists of forms (Điều 35 khoản 2, built once in `legal/charter.ts`). @internal */
export const CHARTER_FORM_LISTS = {
  organization: { forms: CHARTER_35_2_FORMS.organization, requiresPost: [], sources: [SRC.charter35] },
  officialMember: { forms: CHARTER_35_2_FORMS.officialMember, requiresPost: ['removalFromPost'], sources: [SRC.charter35, SRC.postBeforeQd69] },
  probationaryMember: { forms: CHARTER_35_2_FORMS.probationaryMember, requiresPost: [], sources: [SRC.charter35] },
} as const satisfies DisciplineRuleSetDefinition['formLists'];

/** The deciding-body rules of Điều 36, with the district level. @internal */
export const CHARTER_DECIDING_BODIES: DecidingBodyRules = { table: CHARTER_AUTHORITY_TABLE, levelsCovered: CHARTER_LEVELS_COVERED, districtLevel: true };

/** The Charter 2011: the form lists and the deciding bodies. @internal */
export const charter2011RuleSet: DisciplineRuleSetDefinition<'charter2011'> = {
  id: 'charter2011',
  label: { vi: 'Điều lệ Đảng (2011)', en: 'Party Charter (2011)' },
  validFrom: CHARTER_2011_FROM,
  sources: [SRC.charter35, SRC.charter36c1branch, SRC.charter36c1grassroots, SRC.charter36c2, SRC.charter36c3, SRC.charter36c4],
  formLists: CHARTER_FORM_LISTS,
  decidingBodies: CHARTER_DECIDING_BODIES,
};
