/**
 * QĐ 69-QĐ/TW (06-07-2022), status Q2:
 *
 * - Điều 7 repeats the Charter's lists and adds "cách chức (nếu có chức vụ)";
 * - Điều 4: "5 năm (60 tháng)", "10 năm (120 tháng)", the same exempt lists ("dân tộc" added),
 *   read with HD 05-HD/UBKTTW (discovery start, periods not counted; paraphrased);
 * - Điều 2 khoản 5: "Sau 12 tháng, kể từ ngày công bố quyết định kỷ luật … thì quyết định kỷ luật
 *   đương nhiên chấm dứt hiệu lực", for organizations and members, with HD 05 counting time served
 *   under a decision whose form was changed.
 * @module
 */
import type { SubjectLimitationRule } from './limitationTypes.js';
import * as SRC from '../sources.js';
import { CHARTER_35_2_FORMS } from '../../legal/charter.js';
import type { DisciplineRuleSetDefinition, FormListRules, LimitationRules } from './types.js';

/** Members' limitation under QĐ 69 Điều 4. @internal */
export const QD69_MEMBERS: SubjectLimitationRule = {
  periodMonths: { reprimand: 60, warning: 120, removalFromPost: 120 },
  noLimitationForms: ['expulsion'],
  exemptions: ['internalPolitics', 'defenceSecurityForeignHarmingNationalInterest', 'illegalDiploma'],
  periodSource: SRC.qd69art4member,
  exemptSource: SRC.qd69art4member,
  restartSource: SRC.qd69art4,
  continuingSource: SRC.hd05start,
  discoveryStart: true,
  excludedPeriods: true,
};

/** Organizations' limitation under QĐ 69 Điều 4. @internal */
export const QD69_ORGANIZATIONS: SubjectLimitationRule = {
  periodMonths: { reprimand: 60, warning: 120 },
  noLimitationForms: ['dissolution'],
  exemptions: ['internalPolitics', 'defenceSecurityForeignHarmingNationalInterest'],
  periodSource: SRC.qd69art4org,
  exemptSource: SRC.qd69art4org,
  restartSource: SRC.qd69art4,
  continuingSource: SRC.hd05start,
  discoveryStart: true,
  excludedPeriods: true,
};

/** The QĐ 69 limitation rules (Điều 4), kept by QĐ 264. @internal */
export const QD69_LIMITATION: LimitationRules = {
  id: 'qd69',
  label: { vi: 'QĐ 69-QĐ/TW', en: 'QĐ 69-QĐ/TW' },
  sources: [SRC.qd69art4],
  members: QD69_MEMBERS,
  organizations: QD69_ORGANIZATIONS,
};

/** QĐ 69's first day (06-07-2022). @internal */
export const QD69_FROM = '2022-07-06';

/** The Charter's lists, cited with QĐ 69 Điều 7 as well. @internal */
export const QD69_FORM_LISTS: FormListRules = {
  organization: { forms: CHARTER_35_2_FORMS.organization, requiresPost: [], sources: [SRC.charter35, SRC.qd69art7org] },
  officialMember: { forms: CHARTER_35_2_FORMS.officialMember, requiresPost: ['removalFromPost'], sources: [SRC.charter35, SRC.qd69art7official] },
  probationaryMember: { forms: CHARTER_35_2_FORMS.probationaryMember, requiresPost: [], sources: [SRC.charter35, SRC.qd69art7probationary] },
};

/** QĐ 69: form lists, limitation, expiry. @internal */
export const qd69RuleSet: DisciplineRuleSetDefinition<'qd69'> = {
  id: 'qd69',
  label: { vi: 'QĐ 69-QĐ/TW', en: 'QĐ 69-QĐ/TW' },
  validFrom: QD69_FROM,
  sources: [SRC.qd69art7org, SRC.qd69art7official, SRC.qd69art7probationary, SRC.qd69art4, SRC.qd69art2c5],
  formLists: QD69_FORM_LISTS,
  limitation: QD69_LIMITATION,
  expiry: {
    label: { vi: 'QĐ 69-QĐ/TW', en: 'QĐ 69-QĐ/TW' },
    months: 12,
    subjects: ['organization', 'officialMember', 'probationaryMember'],
    source: SRC.qd69art2c5,
    changedFormCountsServedTime: SRC.hd05changedForm,
  },
};
