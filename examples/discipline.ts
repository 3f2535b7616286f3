/**
 * A district's year of disciplinary cases (2024, invented for the example): for each case, the
 * limitation status at the conclusion date and a check of the proposed form; then the year's
 * tallies by form, non-disciplinary outcomes apart. Prints Vietnamese, then English.
 *
 * Run: npx tsx examples/discipline.ts
 */
import {
  checkDiscipline,
  checkLimitation,
  tallyDisciplines,
  type DisciplineCheckInput,
  type DisciplineRecord,
  type LimitationInput,
  formatDateEn,
  formatDateVi,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_SUBJECT_LABELS,
  NON_DISCIPLINARY_MEASURE_LABELS,
  type DisciplineForm,
  type NonDisciplinaryMeasure,
} from 'nq4';

interface Case {
  readonly ref: string;
  readonly facts: LimitationInput;
  readonly proposal: Omit<DisciplineCheckInput, 'subject'>;
}

const cases: readonly Case[] = [
  {
    ref: 'VV-01',
    facts: { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2019-03-10', conclusionOn: '2024-02-20' },
    proposal: { form: 'reprimand', decidedBy: 'branch', memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false, violationOnBranchGrounds: true },
  },
  {
    ref: 'VV-02',
    facts: { subject: 'officialMember', warrantedForm: 'reprimand', violationOn: '2018-11-02', conclusionOn: '2024-03-12' },
    proposal: { form: 'reprimand', decidedBy: 'branch', memberOfDecidingBranch: true, violationInDutyAssignedByHigherLevel: false, violationOnBranchGrounds: true },
  },
  {
    ref: 'VV-03',
    facts: { subject: 'officialMember', warrantedForm: 'warning', violationOn: '2016-05-20', laterViolationsOn: ['2021-01-15'], conclusionOn: '2024-04-02' },
    proposal: { form: 'warning', decidedBy: 'grassrootsCommittee' },
  },
  {
    ref: 'VV-04',
    facts: { subject: 'officialMember', warrantedForm: 'removalFromPost', violationOn: '2020-02-29', conclusionOn: '2024-05-08' },
    proposal: { form: 'removalFromPost', holdsPost: false, decidedBy: 'branch' },
  },
  {
    ref: 'VV-05',
    facts: { subject: 'officialMember', warrantedForm: 'expulsion', violationOn: '2012-07-01', conclusionOn: '2024-06-18' },
    proposal: { form: 'expulsion', decidedBy: 'standingCommittee', bodyLevel: 'district', decidedOn: '2024-06-25', committeeMember: false, managedByHigherCommittee: false },
  },
  {
    ref: 'VV-06',
    facts: { subject: 'probationaryMember', warrantedForm: 'warning', violationOn: '2023-09-09', conclusionOn: '2024-07-01' },
    proposal: { form: 'warning', decidedBy: 'branchCommittee' },
  },
  {
    ref: 'VV-07',
    facts: { subject: 'organization', warrantedForm: 'warning', violationOn: '2017-03-01', violationEndedOn: '2019-12-31', conclusionOn: '2024-09-10' },
    proposal: { form: 'warning', decidedBy: 'provincialOrDistrictCommittee', decidedOn: '2024-09-20' },
  },
  {
    ref: 'VV-08',
    facts: { subject: 'officialMember', warrantedForm: 'warning', violationOn: '2009-04-01', exemptions: { illegalDiploma: true }, conclusionOn: '2024-10-15' },
    proposal: { form: 'warning', decidedBy: 'grassrootsCommittee' },
  },
];

/** Outcomes that are not discipline, as the district's report lists them. */
const otherOutcomes: readonly DisciplineRecord[] = [
  { subject: 'member', outcome: 'reminder', count: 6 },
  { subject: 'member', outcome: 'unsatisfactoryRating', count: 3 },
  { subject: 'organization', outcome: 'lessonsLearnedReview', count: 2 },
  { subject: 'member', outcome: 'removalFromRolls', count: 1 },
];

for (const lang of ['vi', 'en'] as const) {
  const date = lang === 'vi' ? formatDateVi : formatDateEn;
  console.log(lang === 'vi' ? '=== Các vụ việc năm 2024 ===' : '=== Cases of 2024 ===');
  const records: DisciplineRecord[] = [];
  for (const c of cases) {
    const l = checkLimitation(c.facts);
    const check = checkDiscipline({ subject: c.facts.subject, ...c.proposal });
    const who = DISCIPLINE_SUBJECT_LABELS[c.facts.subject][lang];
    const form = DISCIPLINE_FORM_LABELS[c.facts.warrantedForm][lang];
    const deadline = l.deadline ? (lang === 'vi' ? `, hạn cuối ${date(l.deadline)}` : `, last day ${date(l.deadline)}`) : '';
    console.log(`${c.ref} · ${who} · ${form} · ${l.explanation.outcome.label[lang]}${deadline} · ${l.ruleSet?.label[lang] ?? '—'}`);
    if (l.optionsThatMattered.length > 0) console.log(`   ${lang === 'vi' ? 'tùy chọn ảnh hưởng' : 'options that mattered'}: ${l.optionsThatMattered.join(', ')}`);
    for (const b of check.broken) console.log(`   ✗ ${b.text[lang]}`);
    if (check.authority === 'unknown') console.log(`   ? ${lang === 'vi' ? 'thẩm quyền chưa xác định' : 'authority unknown'}`);
    // Only cases within the period (or with no limitation) and a clean check are counted as discipline.
    if ((l.status === 'within' || l.status === 'noLimitation') && check.ok) {
      records.push({ subject: c.facts.subject, outcome: c.facts.warrantedForm });
    }
  }
  const t = tallyDisciplines([...records, ...otherOutcomes]);
  console.log(lang === 'vi' ? '\n=== Tổng hợp theo hình thức ===' : '\n=== Tallies by form ===');
  for (const [subject, counts] of Object.entries(t.tally.disciplines)) {
    const label = subject === 'member' ? (lang === 'vi' ? 'đảng viên' : 'member') : DISCIPLINE_SUBJECT_LABELS[subject as keyof typeof DISCIPLINE_SUBJECT_LABELS][lang];
    const parts = Object.entries(counts ?? {}).map(([f, n]) => `${DISCIPLINE_FORM_LABELS[f as DisciplineForm][lang]} ${n}`);
    console.log(`${label}: ${parts.join('; ')}`);
  }
  console.log(lang === 'vi' ? 'Không phải kỷ luật (thống kê riêng):' : 'Not discipline (counted apart):');
  for (const [kind, counts] of Object.entries(t.tally.nonDisciplinary)) {
    const parts = Object.entries(counts ?? {}).map(([m, n]) => `${NON_DISCIPLINARY_MEASURE_LABELS[m as NonDisciplinaryMeasure][lang]} ${n}`);
    console.log(`  ${lang === 'vi' ? (kind === 'individual' ? 'cá nhân' : 'tập thể') : kind}: ${parts.join('; ')}`);
  }
  const d = t.disciplined;
  console.log(
    lang === 'vi'
      ? `Bị kỷ luật: ${d.individual ?? 0} cá nhân, ${d.collective ?? 0} tập thể.\n`
      : `Disciplined: ${d.individual ?? 0} individual(s), ${d.collective ?? 0} collective(s).\n`,
  );
}
