import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { DISCIPLINE_FORM_SEVERITY, type DisciplineForm } from '../../src/i18n/vocabulary.js';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { checkLimitation, safeCheckLimitation, type LimitationInput } from '../../src/discipline/limitation.js';
import { limitationRuleSets } from '../../src/discipline/limitationRules.js';

function issuesOf(run: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Nq4Error);
    return (error as Nq4Error).issues.map((i) => ({ code: i.code, path: i.path }));
  }
  throw new Error('expected an Nq4Error');
}

const member = (over: Partial<LimitationInput>): LimitationInput => ({
  subject: 'officialMember',
  warrantedForm: 'reprimand',
  violationOn: '2019-03-10',
  conclusionOn: '2023-08-15',
  ...over,
});

describe('worked examples 1–12 (discipline.md §9)', () => {
  it('#1 reprimand, concluded within five years: within, deadline 10-03-2024 under QĐ 69', () => {
    const r = checkLimitation(member({}));
    expect(r.status).toBe('within');
    expect(r.deadline).toBe('2024-03-10');
    expect(r.periodMonths).toBe(60);
    expect(r.ruleSet?.id).toBe('qd69');
    expect(r.explanation.textVi).toContain('điểm b khoản 2 Điều 4 Quy định số 69-QĐ/TW');
    expect(r.explanation.textEn).toContain('Article 4(2)(b)');
  });

  it('#2 reprimand, concluded after five years: time-barred, deadline 10-03-2022', () => {
    const r = checkLimitation(member({ violationOn: '2017-03-10', conclusionOn: '2022-09-20' }));
    expect(r.status).toBe('timeBarred');
    expect(r.deadline).toBe('2022-03-10');
    expect(r.explanation.textVi).toContain('không bị kỷ luật');
  });

  it('#3 same dates, warning: within, deadline 10-03-2027', () => {
    const r = checkLimitation(member({ warrantedForm: 'warning', violationOn: '2017-03-10', conclusionOn: '2022-09-20' }));
    expect(r.status).toBe('within');
    expect(r.deadline).toBe('2027-03-10');
    expect(r.periodMonths).toBe(120);
  });

  it('#4 removal from post concluded exactly on the anniversary: both readings of O-2, named', () => {
    const facts = member({ warrantedForm: 'removalFromPost', violationOn: '2013-06-01', conclusionOn: '2023-06-01' });
    const inclusive = checkLimitation(facts);
    expect(inclusive.status).toBe('within');
    expect(inclusive.deadline).toBe('2023-06-01');
    expect(inclusive.optionsThatMattered).toContain('anniversaryInclusive');
    expect(inclusive.explanation.textEn).toContain('(anniversaryInclusive: true)');
    const exclusive = checkLimitation(facts, { anniversaryInclusive: false });
    expect(exclusive.status).toBe('timeBarred');
    expect(exclusive.deadline).toBe('2023-05-31');
    expect(exclusive.optionsThatMattered).toContain('anniversaryInclusive');
  });

  it('#5 expulsion: no limitation', () => {
    const r = checkLimitation(member({ warrantedForm: 'expulsion', violationOn: '2005-06-15', conclusionOn: '2024-04-12' }));
    expect(r.status).toBe('noLimitation');
    expect(r.deadline).toBeUndefined();
    expect(r.explanation.textVi).toContain('không áp dụng thời hiệu');
  });

  it('#6 a new violation before the old deadline restarts it: deadline 01-12-2025, within', () => {
    const r = checkLimitation(member({ violationOn: '2016-02-01', laterViolationsOn: ['2020-12-01'], conclusionOn: '2024-10-01' }));
    expect(r.status).toBe('within');
    expect(r.deadline).toBe('2025-12-01');
    expect(r.countedFrom).toBe('2020-12-01');
    expect(r.restarts).toEqual([{ violationOn: '2020-12-01', effect: 'restarted', deadlineBefore: '2021-02-01', deadlineAfter: '2025-12-01' }]);
    // B itself is within too.
    expect(checkLimitation(member({ violationOn: '2020-12-01', conclusionOn: '2024-10-01' })).status).toBe('within');
  });

  it('#7 a new violation after the old deadline does not revive it (O-6): A time-barred, B within', () => {
    const a = checkLimitation(member({ violationOn: '2016-02-01', laterViolationsOn: ['2021-06-01'], conclusionOn: '2022-10-10' }));
    expect(a.status).toBe('timeBarred');
    expect(a.deadline).toBe('2021-02-01');
    expect(a.restarts[0]?.effect).toBe('afterDeadline');
    const b = checkLimitation(member({ violationOn: '2021-06-01', conclusionOn: '2022-10-10' }));
    expect(b.status).toBe('within');
    expect(b.deadline).toBe('2026-06-01');
  });

  it('#8 organization, warning, concluded in 2020: QĐ 07, within, deadline 01-05-2022', () => {
    const r = checkLimitation({ subject: 'organization', warrantedForm: 'warning', violationOn: '2012-05-01', conclusionOn: '2020-03-15' });
    expect(r.status).toBe('within');
    expect(r.deadline).toBe('2022-05-01');
    expect(r.ruleSet?.id).toBe('qd102-qd07');
    expect(r.explanation.textVi).toContain('Điều 5 Quy định số 07-QĐi/TW');
  });

  it('#9 organization, dissolution: no limitation', () => {
    const r = checkLimitation({ subject: 'organization', warrantedForm: 'dissolution', violationOn: '2010-01-01', conclusionOn: '2023-06-30' });
    expect(r.status).toBe('noLimitation');
    expect(r.explanation.textVi).toContain('điểm a khoản 2 Điều 4');
  });

  it('#10 illegal diploma: no limitation for a member under QĐ 102; the flag is rejected for an organization', () => {
    const r = checkLimitation(member({ warrantedForm: 'warning', violationOn: '2008-01-01', conclusionOn: '2021-06-01', exemptions: { illegalDiploma: true } }));
    expect(r.status).toBe('noLimitation');
    expect(r.ruleSet?.id).toBe('qd102-qd07');
    expect(r.explanation.textVi).toContain('khoản 2 Điều 3 Quy định số 102-QĐ/TW');
    // Without the flag the same case is time-barred: the flag is what changed it.
    expect(checkLimitation(member({ warrantedForm: 'warning', violationOn: '2008-01-01', conclusionOn: '2021-06-01' })).status).toBe('timeBarred');
    const issues = issuesOf(() =>
      checkLimitation({ subject: 'organization', warrantedForm: 'warning', violationOn: '2008-01-01', conclusionOn: '2021-06-01', exemptions: { illegalDiploma: true } }),
    );
    expect(issues).toEqual([{ code: 'not_applicable', path: ['exemptions', 'illegalDiploma'] }]);
  });

  it('#11 member concluded before QĐ 102: unknown; with preQd102 = noLimitation: no checkLimitation, flagged', () => {
    const facts = member({ violationOn: '2012-03-01', conclusionOn: '2016-09-01' });
    const r = checkLimitation(facts);
    expect(r.status).toBe('unknown');
    expect(r.deadline).toBeUndefined();
    expect(r.ruleSet).toBeUndefined();
    expect(r.explanation.textEn).toContain('15 November 2017');
    expect(r.explanation.textEn).not.toMatch(/Outcome: (within|time-barred)/);
    const p = checkLimitation(facts, { preQd102: 'noLimitation' });
    expect(p.status).toBe('noLimitation');
    expect(p.explanation.textEn).toContain('unconfirmed');
    expect(p.optionsThatMattered).toContain('preQd102');
    const c = checkLimitation(facts, { assumeContinuity: true });
    expect(c.status).toBe('within');
    expect(c.deadline).toBe('2017-03-01');
    expect(c.assumedContinuity).toBe(true);
    expect(c.explanation.textVi).toContain('(assumeContinuity: true)');
    // The more specific preQd102 reading wins over assumed continuity.
    expect(checkLimitation(facts, { assumeContinuity: true, preQd102: 'noLimitation' }).status).toBe('noLimitation');
  });

  it('#12 leap-day start: clamped to 28-02-2025, time-barred; the next-day convention gives within', () => {
    const facts = member({ violationOn: '2020-02-29', conclusionOn: '2025-03-01' });
    const r = checkLimitation(facts);
    expect(r.status).toBe('timeBarred');
    expect(r.deadline).toBe('2025-02-28');
    expect(r.ruleSet?.id).toBe('qd69-qd264');
    expect(r.optionsThatMattered).toEqual(['monthEnd']);
    const n = checkLimitation(facts, { monthEnd: 'nextDay' });
    expect(n.status).toBe('within');
    expect(n.deadline).toBe('2025-03-01');
  });
});

describe('start of the period and periods not counted (examples 19–20)', () => {
  it('#19 continuing violation counted from its known end (HD 05); from its start it is time-barred', () => {
    const facts = member({ violationOn: '2016-03-01', violationEndedOn: '2018-06-30', conclusionOn: '2023-03-15' });
    const r = checkLimitation(facts);
    expect(r.status).toBe('within');
    expect(r.deadline).toBe('2023-06-30');
    expect(r.countedFrom).toBe('2018-06-30');
    expect(r.optionsThatMattered).toContain('countFrom');
    expect(r.explanation.caveats.some((c) => c.en.includes('rests on guidance known only from a summary'))).toBe(true);
    const s = checkLimitation(facts, { countFrom: 'violationStart' });
    expect(s.status).toBe('timeBarred');
    expect(s.deadline).toBe('2021-03-01');
  });

  it('#20 hospital stay of 90 days extends the deadline to 08-06-2024 only when given', () => {
    const base = member({ conclusionOn: '2024-05-20' });
    expect(checkLimitation(base).status).toBe('timeBarred');
    const r = checkLimitation({ ...base, excludedPeriods: [{ from: '2024-02-01', to: '2024-04-30' }] });
    expect(r.status).toBe('within');
    expect(r.excludedDays).toBe(90);
    expect(r.deadline).toBe('2024-06-08');
    expect(r.optionsThatMattered).toContain('excludedPeriods');
  });

  // Issue 13 item 3; discipline.md §3.4 (HD 05 known only through a news summary [S73], P) and §8 O-17
  // (adding the days to the deadline is the library's choice, I): the answer that flips on it says so.
  it('periods not counted: the result names its basis as paraphrased and inferred, with a caveat and the choice in words', () => {
    const r = checkLimitation(member({ conclusionOn: '2024-05-20', excludedPeriods: [{ from: '2024-02-01', to: '2024-04-30' }] }));
    expect(r.status).toBe('within');
    const reason = r.explanation.reasons.find((x) => x.code === 'excludedPeriods');
    expect(reason?.citations.map((c) => c.status)).toEqual(['paraphrased', 'inferred']);
    expect(reason?.citations[0]?.note?.vi).toContain('bản tin tóm tắt');
    expect(reason?.citations[0]?.note?.vi).toContain('suy luận');
    // The verdict itself rests on the inference too.
    expect(r.explanation.reasons.find((x) => x.code === 'concludedInTime')?.citations.map((c) => c.status)).toEqual(['quotedSecondHand', 'inferred']);
    expect(r.explanation.textVi).toContain('theo bản diễn giải Hướng dẫn số 05-HD/UBKTTW');
    expect(r.explanation.textVi).toContain('suy ra từ khoản 2 Điều 4 Quy định số 69-QĐ/TW');
    expect(r.explanation.textVi).toContain('Kết quả này chỉ có được nhờ trừ thời gian không tính vào thời hiệu');
    expect(r.explanation.textEn).toContain('This result holds only because periods not counted were deducted');
    expect(r.explanation.textVi).toContain('- Trừ thời gian không tính vào thời hiệu (cộng vào hạn cuối); nếu không trừ thời gian nào, kết quả sẽ là "đã hết thời hiệu kỷ luật" (hạn cuối 10-3-2024). (excludedPeriods: true)');
    // Deducted but not decisive: the basis and the caveat on the method stay, the "only because" one does not.
    const d = checkLimitation(member({ conclusionOn: '2023-05-20', excludedPeriods: [{ from: '2022-02-01', to: '2022-04-30' }] }));
    expect(d.excludedDays).toBe(89);
    expect(d.optionsThatMattered).not.toContain('excludedPeriods');
    expect(d.explanation.textVi).toContain('cộng số ngày đó vào hạn cuối là cách tính của thư viện');
    expect(d.explanation.textVi).not.toContain('chỉ có được nhờ');
  });

  // Issue 13, "what a person reads": no decision code (O-1 … O-17) in any text of the result.
  it('no decision code in the texts a person reads, whichever options mattered', () => {
    const cases = [
      checkLimitation(member({ conclusionOn: '2024-05-20', excludedPeriods: [{ from: '2024-02-01', to: '2024-04-30' }] })),
      checkLimitation(member({ violationOn: '2016-03-01', violationEndedOn: '2018-06-30', conclusionOn: '2023-03-15' })),
      checkLimitation(member({ violationOn: '2013-06-01', warrantedForm: 'removalFromPost', conclusionOn: '2023-06-01' })),
      checkLimitation(member({ violationOn: '2020-02-29', conclusionOn: '2025-03-01' })),
      checkLimitation(member({ violationOn: '2023-01-01', conclusionOn: '2026-09-01' }), { assumeContinuity: true }),
      checkLimitation(member({ violationOn: '2012-03-01', conclusionOn: '2016-09-01' }), { preQd102: 'noLimitation' }),
    ];
    for (const r of cases) {
      for (const t of [r.explanation.textVi, r.explanation.textEn]) expect(t).not.toMatch(/\b[OD]-?\d+\b|§/);
      for (const c of r.explanation.reasons.flatMap((x) => x.citations)) expect(`${c.note?.vi ?? ''} ${c.note?.en ?? ''}`).not.toMatch(/\bO-\d+\b|§/);
    }
    expect(cases.some((r) => r.optionsThatMattered.length > 0)).toBe(true);
  });

  it('a pause after the conclusion does not extend the deadline (regression)', () => {
    const r = checkLimitation(member({ conclusionOn: '2024-05-20', excludedPeriods: [{ from: '2024-06-01', to: '2024-12-31' }] }));
    expect(r.status).toBe('timeBarred');
    expect(r.deadline).toBe('2024-03-10');
    expect(r.excludedDays).toBe(0);
  });

  it('a pause starting after the period ran out does not revive it (regression)', () => {
    const r = checkLimitation(member({ conclusionOn: '2024-05-20', excludedPeriods: [{ from: '2024-04-01', to: '2024-06-30' }] }));
    expect(r.status).toBe('timeBarred');
    expect(r.deadline).toBe('2024-03-10');
    expect(r.excludedDays).toBe(0);
  });

  it('a pause straddling the unpaused deadline counts in full: the clock resumes after it', () => {
    // Deadline 10-03-2024; pause 01-03..31-03 (31 days): 10 days were left on 01-03, so the clock runs out 10-04.
    const r = checkLimitation(member({ conclusionOn: '2024-04-10', excludedPeriods: [{ from: '2024-03-01', to: '2024-03-31' }] }));
    expect(r.excludedDays).toBe(31);
    expect(r.deadline).toBe('2024-04-10');
    expect(r.status).toBe('within');
    expect(checkLimitation(member({ conclusionOn: '2024-04-11', excludedPeriods: [{ from: '2024-03-01', to: '2024-03-31' }] })).status).toBe('timeBarred');
  });

  it('a second pause reached only thanks to the first one is counted too', () => {
    // 90 days (01-02..30-04) push the deadline to 08-06; a pause 01-06..10-06 then falls inside the running period.
    const r = checkLimitation(
      member({ conclusionOn: '2024-06-18', excludedPeriods: [{ from: '2024-02-01', to: '2024-04-30' }, { from: '2024-06-01', to: '2024-06-10' }] }),
    );
    expect(r.excludedDays).toBe(100);
    expect(r.deadline).toBe('2024-06-18');
    expect(r.status).toBe('within');
    const late = checkLimitation(
      member({ conclusionOn: '2024-06-19', excludedPeriods: [{ from: '2024-02-01', to: '2024-04-30' }, { from: '2024-06-01', to: '2024-06-10' }] }),
    );
    expect(late.status).toBe('timeBarred');
  });

  it('overlapping excluded periods are counted once', () => {
    const r = checkLimitation(
      member({ conclusionOn: '2024-05-20', excludedPeriods: [{ from: '2024-02-01', to: '2024-03-31' }, { from: '2024-03-01', to: '2024-04-30' }] }),
    );
    expect(r.excludedDays).toBe(90);
  });

  it('excluded periods are not deducted under QĐ 102, with a caveat', () => {
    const r = checkLimitation(member({ violationOn: '2016-01-10', conclusionOn: '2021-02-01', excludedPeriods: [{ from: '2020-01-01', to: '2020-12-31' }] }));
    expect(r.ruleSet?.id).toBe('qd102-qd07');
    expect(r.excludedDays).toBe(0);
    expect(r.status).toBe('timeBarred');
    expect(r.explanation.caveats.some((c) => c.en.includes('only in guidance on QĐ 69'))).toBe(true);
  });

  it('counts from discovery when the end can not be fixed (QĐ 69 only)', () => {
    const r = checkLimitation(member({ violationOn: '2015-01-01', endUndeterminable: true, discoveredOn: '2020-01-01', conclusionOn: '2024-06-01' }));
    expect(r.countedFrom).toBe('2020-01-01');
    expect(r.status).toBe('within');
    const old = checkLimitation(member({ violationOn: '2015-01-01', endUndeterminable: true, discoveredOn: '2020-01-01', conclusionOn: '2021-06-01' }));
    expect(old.countedFrom).toBe('2015-01-01');
    expect(old.status).toBe('timeBarred');
  });
});

describe('calendar edges', () => {
  it.each([
    ['2019-01-31', 60, '2024-01-31'],
    ['2019-08-31', 60, '2024-08-31'],
    ['2019-03-31', 120, '2029-03-31'],
    ['2020-02-29', 120, '2030-02-28'],
    ['2016-02-29', 60, '2021-02-28'],
    ['2012-12-31', 120, '2022-12-31'],
  ])('a start on %s with a %i-month period ends on %s', (start, months, deadline) => {
    const form: DisciplineForm = months === 60 ? 'reprimand' : 'warning';
    const r = checkLimitation(member({ warrantedForm: form, violationOn: start, conclusionOn: deadline }), { assumeContinuity: true });
    expect(r.deadline).toBe(deadline);
    expect(r.status).toBe('within');
  });

  it('the day after the anniversary is time-barred under both readings of O-2', () => {
    for (const anniversaryInclusive of [true, false]) {
      expect(checkLimitation(member({ conclusionOn: '2024-03-11' }), { anniversaryInclusive }).status).toBe('timeBarred');
    }
  });

  it('the day before the anniversary is within under both readings of O-2', () => {
    for (const anniversaryInclusive of [true, false]) {
      expect(checkLimitation(member({ conclusionOn: '2024-03-09' }), { anniversaryInclusive }).status).toBe('within');
    }
  });

  it('a start on the 31st before a 30-day month: clamp vs next day', () => {
    const facts = member({ violationOn: '2019-05-31', conclusionOn: '2024-05-31' });
    expect(checkLimitation(facts).deadline).toBe('2024-05-31');
    const f2 = member({ violationOn: '2019-10-31', warrantedForm: 'reprimand', conclusionOn: '2024-10-31' });
    expect(checkLimitation(f2).deadline).toBe('2024-10-31');
  });
});

describe('restart chains', () => {
  it('chains several restarts, each within the running period', () => {
    const r = checkLimitation(member({ violationOn: '2010-01-01', laterViolationsOn: ['2018-01-01', '2014-06-01', '2022-12-31'], conclusionOn: '2027-06-01' }), {
      assumeContinuity: true,
    });
    expect(r.assumedContinuity).toBe(true);
    expect(r.restarts.map((x) => x.effect)).toEqual(['restarted', 'restarted', 'restarted']);
    expect(r.restarts.map((x) => x.violationOn)).toEqual(['2014-06-01', '2018-01-01', '2022-12-31']);
    expect(r.deadline).toBe('2027-12-31');
    expect(r.status).toBe('within');
  });

  it('a gap in the chain stops it: later acts can not revive', () => {
    const r = checkLimitation(member({ violationOn: '2010-01-01', laterViolationsOn: ['2014-06-01', '2020-01-01', '2023-01-01'], conclusionOn: '2024-06-01' }));
    expect(r.restarts.map((x) => x.effect)).toEqual(['restarted', 'afterDeadline', 'afterDeadline']);
    expect(r.status).toBe('timeBarred');
    expect(r.deadline).toBe('2019-06-01');
  });

  it('a later violation after the conclusion changes nothing', () => {
    const r = checkLimitation(member({ laterViolationsOn: ['2025-01-01'] }));
    expect(r.restarts[0]?.effect).toBe('afterConclusion');
    expect(r.deadline).toBe('2024-03-10');
  });

  it('a later violation inside a continuing violation does not restart from before its end', () => {
    const r = checkLimitation(member({ violationOn: '2016-03-01', violationEndedOn: '2018-06-30', laterViolationsOn: ['2017-01-01'], conclusionOn: '2023-03-15' }));
    expect(r.restarts[0]?.effect).toBe('notAfterStart');
    expect(r.deadline).toBe('2023-06-30');
  });

  it('restarts work the same way under QĐ 102 and QĐ 07', () => {
    const m = checkLimitation(member({ violationOn: '2012-01-01', laterViolationsOn: ['2016-06-01'], conclusionOn: '2021-01-01' }));
    expect(m.ruleSet?.id).toBe('qd102-qd07');
    expect(m.status).toBe('within');
    expect(m.explanation.textVi).toContain('điểm b khoản 1 Điều 3 Quy định số 102-QĐ/TW');
    const o = checkLimitation({ subject: 'organization', warrantedForm: 'reprimand', violationOn: '2012-01-01', laterViolationsOn: ['2016-06-01'], conclusionOn: '2021-01-01' });
    expect(o.status).toBe('within');
    expect(o.explanation.textVi).toContain('Quy định số 07-QĐi/TW');
  });
});

describe('the same case under each version (O-7, O-9)', () => {
  const reprimand = (conclusionOn: string, subject: LimitationInput['subject'] = 'officialMember') =>
    checkLimitation({ subject, warrantedForm: 'reprimand', violationOn: '2013-01-01', laterViolationsOn: ['2016-12-01'], conclusionOn });

  it.each([
    ['2016-12-31', undefined, 'unknown'],
    ['2017-11-15', 'qd102', 'within'],
    ['2018-09-01', 'qd102-qd07', 'within'],
    ['2021-11-30', 'qd102-qd07', 'within'],
    ['2021-12-02', 'qd102-qd07', 'timeBarred'],
    ['2022-07-06', 'qd69', 'timeBarred'],
    ['2025-02-14', 'qd69-qd264', 'timeBarred'],
    ['2026-08-17', 'qd212', 'unknown'],
  ])('member concluded %s → rule set %s, %s', (conclusionOn, id, status) => {
    const r = reprimand(conclusionOn);
    expect(r.ruleSet?.id).toBe(id);
    expect(r.status).toBe(status);
  });

  it('organizations: unknown before QĐ 07 (28-08-2018), QĐ 07 from that day', () => {
    expect(reprimand('2018-08-27', 'organization').status).toBe('unknown');
    expect(reprimand('2018-08-27', 'organization').ruleSet?.id).toBe('qd102');
    expect(reprimand('2018-08-28', 'organization').status).toBe('within');
  });

  it('QĐ 212: unknown with its reason, unless assumeContinuity, which is named', () => {
    const facts = member({ violationOn: '2023-01-01', conclusionOn: '2026-09-01' });
    const r = checkLimitation(facts);
    expect(r.status).toBe('unknown');
    expect(r.explanation.textVi).toContain('212-QĐ/TW');
    const c = checkLimitation(facts, { assumeContinuity: true });
    expect(c.status).toBe('within');
    expect(c.assumedContinuity).toBe(true);
    expect(c.deadline).toBe('2028-01-01');
    expect(c.optionsThatMattered).toContain('assumeContinuity');
    expect(c.explanation.textEn).toContain('(assumeContinuity: true)');
    expect(c.explanation.caveats.some((x) => x.en.includes('By the choice to assume continuity'))).toBe(true);
  });

  it('ruleSetBy = violationDate picks the rule set by the violation', () => {
    const facts = member({ violationOn: '2020-01-01', conclusionOn: '2023-01-01' });
    expect(checkLimitation(facts).ruleSet?.id).toBe('qd69');
    expect(checkLimitation(facts, { ruleSetBy: 'violationDate' }).ruleSet?.id).toBe('qd102-qd07');
    // Violation before QĐ 102 (no text), conclusion under QĐ 102 + QĐ 07: the choice decides.
    const r = checkLimitation(member({ violationOn: '2016-06-01', conclusionOn: '2019-01-01' }), { ruleSetBy: 'violationDate' });
    expect(r.status).toBe('unknown');
    expect(r.optionsThatMattered).toContain('ruleSetBy');
    expect(r.options).toEqual(r.explanation.options);
  });

  it('ruleSet forces a version; an unknown id is an Nq4Error', () => {
    expect(checkLimitation(member({}), { ruleSet: 'qd102-qd07' }).ruleSet?.id).toBe('qd102-qd07');
    expect(issuesOf(() => checkLimitation(member({}), { ruleSet: 'qd999' }))).toEqual([{ code: 'unknown_id', path: ['options', 'ruleSet'] }]);
  });

  it('the registry is the discipline area registry', () => {
    expect(limitationRuleSets.area).toBe('discipline');
    expect(limitationRuleSets.ruleSets.map((r) => r.id)).toEqual(['qd102', 'qd102-qd07', 'qd69', 'qd69-qd264', 'qd212']);
  });
});

describe('exemptions', () => {
  it('internal politics and defence/security exempt both subjects', () => {
    for (const subject of ['officialMember', 'organization'] as const) {
      for (const flag of ['internalPolitics', 'defenceSecurityForeignHarmingNationalInterest'] as const) {
        const r = checkLimitation({ subject, warrantedForm: 'reprimand', violationOn: '2001-01-01', conclusionOn: '2023-01-01', exemptions: { [flag]: true } });
        expect(r.status).toBe('noLimitation');
      }
    }
  });

  it('a false flag changes nothing', () => {
    expect(checkLimitation(member({ conclusionOn: '2025-01-01', exemptions: { internalPolitics: false } })).status).toBe('timeBarred');
  });
});

describe('bad input', () => {
  it('a conclusion before the violation', () => {
    expect(issuesOf(() => checkLimitation(member({ conclusionOn: '2019-03-09' })))).toEqual([{ code: 'date_order', path: ['conclusionOn'] }]);
  });
  it('30 February', () => {
    expect(issuesOf(() => checkLimitation(member({ violationOn: '2019-02-30' })))).toEqual([{ code: 'invalid_date', path: ['violationOn'] }]);
  });
  it('unknown codes', () => {
    const issues = issuesOf(() => checkLimitation({ ...member({}), subject: 'cadre' as never, warrantedForm: 'fine' as never }));
    expect(issues.map((i) => i.path[0]).sort()).toEqual(['subject', 'warrantedForm']);
    expect(issues.every((i) => i.code === 'invalid_value')).toBe(true);
  });
  it('a non-disciplinary measure as the warranted form', () => {
    const e = issuesOf(() => checkLimitation(member({ warrantedForm: 'removalFromRolls' as never })));
    expect(e).toEqual([{ code: 'rule_violation', path: ['warrantedForm'] }]);
  });
  it('a form outside the subject list, with the xóa tên path for a probationary member', () => {
    try {
      checkLimitation({ subject: 'probationaryMember', warrantedForm: 'expulsion', violationOn: '2020-01-01', conclusionOn: '2021-01-01' });
      expect.unreachable();
    } catch (error) {
      const i = (error as Nq4Error).issues[0];
      expect(i.code).toBe('rule_violation');
      expect(i.path).toEqual(['warrantedForm']);
      expect(i.messageVi).toContain('xóa tên');
      expect(i.source?.document.key).toContain('30-QĐ/TW');
    }
    expect(issuesOf(() => checkLimitation({ subject: 'organization', warrantedForm: 'removalFromPost', violationOn: '2020-01-01', conclusionOn: '2021-01-01' }))[0]?.code).toBe(
      'rule_violation',
    );
  });
  it('other orders, unknown fields and a missing discovery date', () => {
    expect(issuesOf(() => checkLimitation(member({ violationEndedOn: '2019-01-01' })))).toEqual([{ code: 'date_order', path: ['violationEndedOn'] }]);
    expect(issuesOf(() => checkLimitation(member({ laterViolationsOn: ['2019-03-10'] })))).toEqual([{ code: 'date_order', path: ['laterViolationsOn', 0] }]);
    expect(issuesOf(() => checkLimitation(member({ endUndeterminable: true })))).toEqual([{ code: 'missing', path: ['discoveredOn'] }]);
    expect(issuesOf(() => checkLimitation({ ...member({}), extra: 1 } as never))).toEqual([{ code: 'unknown_key', path: ['extra'] }]);
    expect(issuesOf(() => checkLimitation(member({}), { monthEnd: 'round' as never }))).toEqual([{ code: 'invalid_value', path: ['options', 'monthEnd'] }]);
    expect(issuesOf(() => checkLimitation(member({ excludedPeriods: [{ from: '2024-02-01', to: '2024-01-01' }] })))).toEqual([
      { code: 'date_order', path: ['excludedPeriods', 0, 'to'] },
    ]);
  });
  it('safeLimitation returns the error instead of throwing', () => {
    const r = safeCheckLimitation(member({ violationOn: '2023-02-30' }));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].path).toEqual(['violationOn']);
  });
});

const isoDay = fc
  .record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= new Array(13).fill(31).map((v, i) => (i === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(i) ? 30 : v))[m]!)
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const memberForm = fc.constantFrom<DisciplineForm>('reprimand', 'warning', 'removalFromPost', 'expulsion');

describe('properties', () => {
  it('a later conclusion never turns timeBarred into within', () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, memberForm, fc.boolean(), (a, b, c, form, inclusive) => {
        const [v, c1, c2] = [a, b, c].sort() as [string, string, string];
        const r1 = checkLimitation(member({ warrantedForm: form, violationOn: v, conclusionOn: c1 }), { anniversaryInclusive: inclusive, assumeContinuity: true });
        const r2 = checkLimitation(member({ warrantedForm: form, violationOn: v, conclusionOn: c2 }), { anniversaryInclusive: inclusive, assumeContinuity: true });
        if (r1.status === 'timeBarred') expect(r2.status).not.toBe('within');
      }),
      { numRuns: 300 },
    );
  });

  it('a later conclusion never turns timeBarred into within, without assumed continuity either', () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, fc.constantFrom('officialMember', 'organization') as fc.Arbitrary<'officialMember' | 'organization'>, (a, b, c, subject) => {
        const [v, c1, c2] = [a, b, c].sort() as [string, string, string];
        const facts = { subject, warrantedForm: 'reprimand' as const, violationOn: v };
        const r1 = checkLimitation({ ...facts, conclusionOn: c1 });
        const r2 = checkLimitation({ ...facts, conclusionOn: c2 });
        if (r1.status === 'timeBarred') expect(r2.status).not.toBe('within');
      }),
      { numRuns: 300 },
    );
  });

  it('organizations: a more severe warranted form never gives a shorter period', () => {
    const orgForm = fc.constantFrom<DisciplineForm>('reprimand', 'warning', 'dissolution');
    const length = (r: ReturnType<typeof checkLimitation>) => (r.status === 'noLimitation' ? Infinity : (r.periodMonths ?? 0));
    fc.assert(
      fc.property(isoDay, isoDay, orgForm, orgForm, (a, b, f1, f2) => {
        const [v, c] = [a, b].sort() as [string, string];
        const [lo, hi] = DISCIPLINE_FORM_SEVERITY[f1] <= DISCIPLINE_FORM_SEVERITY[f2] ? [f1, f2] : [f2, f1];
        const run = (warrantedForm: DisciplineForm) => checkLimitation({ subject: 'organization', warrantedForm, violationOn: v, conclusionOn: c }, { assumeContinuity: true });
        expect(length(run(hi))).toBeGreaterThanOrEqual(length(run(lo)));
      }),
      { numRuns: 200 },
    );
  });

  it('a more severe warranted form never gives a shorter period', () => {
    const length = (r: ReturnType<typeof checkLimitation>) => (r.status === 'noLimitation' ? Infinity : (r.periodMonths ?? 0));
    fc.assert(
      fc.property(isoDay, isoDay, memberForm, memberForm, (a, b, f1, f2) => {
        const [v, c] = [a, b].sort() as [string, string];
        const [lo, hi] = DISCIPLINE_FORM_SEVERITY[f1] <= DISCIPLINE_FORM_SEVERITY[f2] ? [f1, f2] : [f2, f1];
        const opts = { assumeContinuity: true };
        const r1 = checkLimitation(member({ warrantedForm: lo, violationOn: v, conclusionOn: c }), opts);
        const r2 = checkLimitation(member({ warrantedForm: hi, violationOn: v, conclusionOn: c }), opts);
        expect(length(r2)).toBeGreaterThanOrEqual(length(r1));
        if (r1.status === 'within' || r1.status === 'noLimitation') expect(r2.status === 'within' || r2.status === 'noLimitation').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('results are deterministic, deeply frozen, and inputs are never mutated', () => {
    fc.assert(
      fc.property(isoDay, isoDay, fc.array(isoDay, { maxLength: 4 }), (a, b, later) => {
        const [v, c] = [a, b].sort() as [string, string];
        const laterViolationsOn = later.filter((d) => d > v);
        const input = deepFreeze(member({ violationOn: v, conclusionOn: c, laterViolationsOn, exemptions: { internalPolitics: false } }));
        const copy = structuredClone(input);
        const r = checkLimitation(input, deepFreeze({ assumeContinuity: true }));
        expect(input).toEqual(copy);
        expect(Object.isFrozen(r)).toBe(true);
        expect(Object.isFrozen(r.restarts)).toBe(true);
        expect(checkLimitation(input, { assumeContinuity: true })).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });

  it('a pause lying entirely after the conclusion or after the running deadline never changes the answer', () => {
    const day = fc.integer({ min: 0, max: 3000 });
    const dateOf = (base: string, n: number): string => {
      const d = new Date(`${base}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    };
    const pause = fc.tuple(day, fc.integer({ min: 0, max: 400 })).map(([a, len]) => ({ from: dateOf('2017-01-01', a), to: dateOf('2017-01-01', a + len) }));
    fc.assert(
      fc.property(day, day, fc.array(pause, { maxLength: 2 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 400 }), memberForm, fc.boolean(), (a, b, base, gap, len, form, afterConclusion) => {
        const [v, c] = [dateOf('2017-01-01', a), dateOf('2017-01-01', b)].sort() as [string, string];
        const facts = member({ warrantedForm: form, violationOn: v, conclusionOn: c, excludedPeriods: base });
        const r0 = checkLimitation(facts, { assumeContinuity: true });
        const after = afterConclusion || r0.deadline === undefined ? c : r0.deadline;
        const extra = { from: dateOf(after, gap), to: dateOf(after, gap + len) };
        const r1 = checkLimitation({ ...facts, excludedPeriods: [...base, extra] }, { assumeContinuity: true });
        expect(r1.status).toBe(r0.status);
        expect(r1.deadline).toBe(r0.deadline);
        expect(r1.excludedDays).toBe(r0.excludedDays);
      }),
      { numRuns: 300 },
    );
  });

  it('the deadline never precedes the day counted from', () => {
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        const [v, c] = [a, b].sort() as [string, string];
        const r = checkLimitation(member({ violationOn: v, conclusionOn: c }), { assumeContinuity: true });
        if (r.deadline !== undefined && r.countedFrom !== undefined) expect(r.deadline > r.countedFrom).toBe(true);
      }),
    );
  });
});
