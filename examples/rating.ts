/**
 * Rate the same chi bộ, and one of its members, for 2020 (QĐ 132 + HD 21) and for 2025
 * (QĐ 366 + HD 43), and print why the results differ, in Vietnamese and English.
 *
 * Run: npx tsx examples/rating.ts
 */
import { checkQuota, rateMember, rateOrganization, type RatingResult } from 'nq4';

const LEVEL_VI = { excellent: 'HTXSNV', good: 'HTTNV', satisfactory: 'HTNV', unsatisfactory: 'KHTNV' } as const;

/** The chi bộ: 12 rated members, one of them "không hoàn thành nhiệm vụ"; strong results. */
const cell = {
  kind: 'partyCell',
  members: { excellent: 2, good: 9, satisfactory: 0, unsatisfactory: 1 },
  criteria: { taskResults: 'excellent', other: 'good' },
  sameLevelBodiesGoodOrBetter: true,
  score: 92,
  tasks: { assigned: 20, completed: 20, onTime: 20, exceeded: 7 },
  shortcomingsFixed: true,
  subUnitsDisciplined: 0,
  disciplines: [],
  leadershipDisciplines: [],
} as const;

/** A member reprimanded in the year for a violation not tied to official duty. */
const member = (year: number) =>
  ({
    year,
    role: 'nonLeader',
    score: 82,
    tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 1 },
    criteria: { taskResults: 'good', other: 'good' },
    admittedOn: '2012-05-19',
    exemptFromActivity: false,
    suspended: false,
    degradationConcluded: false,
    prohibitedConductConcluded: false,
    civilServiceLevel: 'notCivilServant',
    sickLeaveMonths: 0,
    shortcomingsFixed: true,
    disciplines: [{ form: 'reprimand', decidedOn: `${year}-06-15`, relatedToOfficialDuty: false }],
  }) as const;

function summary(r: RatingResult): { vi: string; en: string } {
  if (r.level) return { vi: `${r.levelLabel?.vi} (${LEVEL_VI[r.level]})`, en: r.levelLabel?.en ?? r.level };
  return {
    vi: `chưa xác định một mức; cao nhất ${r.maxLevel ? LEVEL_VI[r.maxLevel] : '—'}; còn có thể: ${r.allowedLevels.map((l) => LEVEL_VI[l]).join(', ')}`,
    en: `no single level; at best ${r.maxLevel ?? '—'}; still possible: ${r.allowedLevels.join(', ')}`,
  };
}

function section(title: string, r2020: RatingResult, r2025: RatingResult): void {
  const a = summary(r2020);
  const b = summary(r2025);
  console.log(`\n=== ${title} ===`);
  console.log(`2020 (${r2020.ruleSet.label.vi}): ${a.vi}`);
  console.log(`2025 (${r2025.ruleSet.label.vi}): ${b.vi}`);
  console.log(`2020 (${r2020.ruleSet.label.en}): ${a.en}`);
  console.log(`2025 (${r2025.ruleSet.label.en}): ${b.en}`);
  console.log('\nVì sao khác nhau / Why they differ:');
  for (const [year, r] of [[2020, r2020], [2025, r2025]] as const) {
    for (const blocked of r.blockedBy) console.log(`- ${year}: ${blocked.text.vi}\n  ${blocked.text.en}`);
    for (const u of r.unverified) console.log(`- ${year} [${LEVEL_VI[u.level]}]: ${u.reason.vi}\n  ${u.reason.en}`);
  }
  console.log('\n--- Giải thích 2020 ---\n' + r2020.explanation.textVi);
  console.log('\n--- Explanation 2025 ---\n' + r2025.explanation.textEn);
}

section('Chi bộ / Party cell', rateOrganization({ ...cell, year: 2020 }), rateOrganization({ ...cell, year: 2025 }));
section('Đảng viên bị khiển trách / Reprimanded member', rateMember(member(2020)), rateMember(member(2025)));

const quota = checkQuota({ excellent: 3, good: 9, satisfactory: 0, unsatisfactory: 0 }, { year: 2025, groupId: 'chi-bo-1' });
console.log(`\n=== Tỉ lệ HTXSNV / Excellent quota (2025) ===\n${quota.explanation.textVi}\n\n${quota.explanation.textEn}`);
