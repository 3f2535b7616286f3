import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';
import { Nq4Error } from '../../src/errors.js';
import { getDisciplineEffects, type DisciplineDecision } from '../../src/discipline/effects.js';

const reprimand: DisciplineDecision = { subject: 'officialMember', form: 'reprimand', decidedOn: '2023-01-05', announcedOn: '2023-01-05' };

describe('expiry (QĐ 69 Điều 2 khoản 5; example 15)', () => {
  it('#15 a reprimand announced 05-01-2023 lapses from 05-01-2024', () => {
    expect(getDisciplineEffects(reprimand, { on: '2024-01-04' }).status).toBe('inEffect');
    const r = getDisciplineEffects(reprimand, { on: '2024-01-05' });
    expect(r.status).toBe('expired');
    expect(r.inEffect).toBe(false);
    expect(r.expiresOn).toBe('2024-01-05');
    expect(r.explanation.textVi).toContain('khoản 5 Điều 2 Quy định số 69-QĐ/TW');
  });

  it('the other boundary reading moves the end one day later', () => {
    const r = getDisciplineEffects(reprimand, { on: '2024-01-05', endsOnAnniversary: false });
    expect(r.status).toBe('inEffect');
    expect(r.expiresOn).toBe('2024-01-06');
  });

  it('before its announcement it is not yet in effect', () => {
    expect(getDisciplineEffects(reprimand, { on: '2023-01-04' }).status).toBe('notYetInEffect');
  });

  it('expulsion and dissolution never lapse', () => {
    expect(getDisciplineEffects({ subject: 'officialMember', form: 'expulsion', decidedOn: '2023-01-05' }, { on: '2030-01-01' }).status).toBe('permanent');
    const d = getDisciplineEffects({ subject: 'organization', form: 'dissolution', decidedOn: '2023-01-05' }, { on: '2030-01-01' });
    expect(d.status).toBe('permanent');
    expect(d.inEffect).toBe(true);
    expect(d.expiresOn).toBeUndefined();
  });

  it('a complaint moves the start to the complaint decision; a pending complaint keeps it in effect', () => {
    const settled = getDisciplineEffects({ ...reprimand, complaint: { filedOn: '2023-01-20', resolvedOn: '2023-04-10' } }, { on: '2024-02-01' });
    expect(settled.status).toBe('inEffect');
    expect(settled.expiresOn).toBe('2024-04-10');
    const pending = getDisciplineEffects({ ...reprimand, complaint: { filedOn: '2023-01-20' } }, { on: '2025-01-01' });
    expect(pending.status).toBe('inEffect');
    expect(pending.expiresOn).toBeUndefined();
  });

  it('a new violation within the 12 months stops the automatic expiry; one after does not', () => {
    const within = getDisciplineEffects({ ...reprimand, laterViolationsOn: ['2023-06-01'] }, { on: '2024-06-01' });
    expect(within.status).toBe('inEffect');
    expect(within.expiresOn).toBeUndefined();
    const after = getDisciplineEffects({ ...reprimand, laterViolationsOn: ['2024-02-01'] }, { on: '2024-06-01' });
    expect(after.status).toBe('expired');
  });

  it('a changed form counts the time served under the earlier decision (HD 05, QĐ 69 only)', () => {
    const changed = { subject: 'officialMember', form: 'warning', decidedOn: '2023-06-01', changesDecisionAnnouncedOn: '2023-01-05' } as const;
    const r = getDisciplineEffects(changed, { on: '2024-01-05' });
    expect(r.status).toBe('expired');
    expect(r.expiresOn).toBe('2024-01-05');
    expect(r.explanation.caveats.some((c) => c.en.includes('news summary'))).toBe(true);
    expect(getDisciplineEffects({ ...changed, changesDecisionAnnouncedOn: undefined }, { on: '2024-01-05' }).status).toBe('inEffect');
  });

  it('QĐ 30 era: one year, members only; QĐ 22 era and QĐ 212: unknown unless assumeContinuity', () => {
    const qd30 = getDisciplineEffects({ subject: 'officialMember', form: 'warning', decidedOn: '2019-03-01' }, { on: '2020-03-01' });
    expect(qd30.status).toBe('expired');
    expect(qd30.explanation.textVi).toContain('Quy định số 30-QĐ/TW');
    expect(getDisciplineEffects({ subject: 'organization', form: 'warning', decidedOn: '2019-03-01' }, { on: '2020-03-01' }).status).toBe('unknown');
    const qd22 = { subject: 'officialMember', form: 'warning', decidedOn: '2021-10-01' } as const;
    const u = getDisciplineEffects(qd22, { on: '2023-01-01' });
    expect(u.status).toBe('unknown');
    expect(u.inEffect).toBeUndefined();
    const c = getDisciplineEffects(qd22, { on: '2023-01-01', assumeContinuity: true });
    expect(c.status).toBe('expired');
    expect(c.explanation.textEn).toContain('(assumeContinuity: true)');
    expect(getDisciplineEffects({ subject: 'officialMember', form: 'warning', decidedOn: '2026-09-01' }, { on: '2028-01-01' }).status).toBe('unknown');
  });
});

describe('bars', () => {
  it('removal from post: one-year bar on election and equivalent appointment from the decision', () => {
    const d = { subject: 'officialMember', form: 'removalFromPost', decidedOn: '2024-03-15' } as const;
    const during = getDisciplineEffects(d, { on: '2025-03-14' });
    expect(during.barsInForce.map((b) => b.code)).toContain('noElectionOrEquivalentAppointment');
    const bar = during.bars.find((b) => b.code === 'noElectionOrEquivalentAppointment');
    expect(bar).toMatchObject({ from: '2024-03-15', until: '2025-03-15', hardGate: true });
    expect(bar?.source.quoteVi).toContain('trong vòng một năm');
    expect(getDisciplineEffects(d, { on: '2025-03-15' }).barsInForce.map((b) => b.code)).not.toContain('noElectionOrEquivalentAppointment');
  });

  it('#17 a warning on 01-10-2022 (QĐ 80): no planning or higher appointment before 01-04-2025', () => {
    const d = { subject: 'officialMember', form: 'warning', decidedOn: '2022-10-01' } as const;
    const bar = getDisciplineEffects(d, { on: '2025-03-31' }).barsInForce.find((b) => b.code === 'noPlanningOrHigherAppointment');
    expect(bar).toMatchObject({ until: '2025-04-01', hardGate: false });
    expect(getDisciplineEffects(d, { on: '2025-04-01' }).barsInForce).toEqual([]);
    expect(getDisciplineEffects(d, { on: '2025-04-01' }).explanation.textEn).toContain('signing day of QĐ 80-QĐ/TW was not captured');
  });

  it('QĐ 377: "may be considered after" periods and removal from planning (HD 45)', () => {
    const r = getDisciplineEffects({ subject: 'officialMember', form: 'reprimand', decidedOn: '2025-11-01' }, { on: '2026-01-01' });
    expect(r.bars.map((b) => b.code)).toEqual(['mayBeConsideredForHigherPostAfter', 'removeFromPlanning']);
    expect(r.bars[0]?.until).toBe('2027-11-01');
    expect(r.bars[1]?.source.quoteVi).toContain('đưa ngay ra khỏi quy hoạch');
  });

  it('QĐ 105 era: at least 12 months from a reprimand', () => {
    const r = getDisciplineEffects({ subject: 'officialMember', form: 'reprimand', decidedOn: '2019-05-01' }, { on: '2020-04-30' });
    expect(r.barsInForce[0]).toMatchObject({ code: 'noPlanningOrHigherAppointment', until: '2020-05-01', hardGate: false });
    expect(r.barsInForce[0]?.label.vi).toContain('ít nhất 12 tháng');
  });

  it('organizations and expelled members carry no cadre bars', () => {
    expect(getDisciplineEffects({ subject: 'organization', form: 'warning', decidedOn: '2023-01-01' }, { on: '2023-06-01' }).bars).toEqual([]);
    expect(getDisciplineEffects({ subject: 'officialMember', form: 'expulsion', decidedOn: '2023-01-01' }, { on: '2023-06-01' }).bars).toEqual([]);
  });
});

describe('facts for the rating area (#16)', () => {
  it('#16 hands over exactly the rating contract fields', () => {
    const r = getDisciplineEffects(
      { subject: 'officialMember', form: 'reprimand', decidedOn: '2025-05-01', violationOn: '2024-11-01', relatedToOfficialDuty: true, selfReportedAndRemedied: false },
      { on: '2025-12-31' },
    );
    expect(r.forRating).toEqual({ form: 'reprimand', decidedOn: '2025-05-01', violationOn: '2024-11-01', relatedToOfficialDuty: true, selfReportedAndRemedied: false });
    expect(getDisciplineEffects({ ...reprimand, countedInYear: 2022 }, { on: '2023-02-01' }).forRating.countedInYear).toBe(2022);
  });
});

describe('input', () => {
  it('bad dates, orders and pairs name the field', () => {
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        expect(e).toBeInstanceOf(Nq4Error);
        return (e as Nq4Error).issues.map((i) => [i.code, i.path.join('.')]);
      }
      throw new Error('no error');
    };
    expect(issues(() => getDisciplineEffects({ ...reprimand, announcedOn: '2023-01-04' }, { on: '2024-01-01' }))).toEqual([['date_order', 'announcedOn']]);
    expect(issues(() => getDisciplineEffects({ ...reprimand, decidedOn: '2023-02-29', announcedOn: undefined }, { on: '2024-01-01' }))).toEqual([['invalid_date', 'decidedOn']]);
    expect(issues(() => getDisciplineEffects({ ...reprimand, subject: 'probationaryMember', form: 'removalFromPost' }, { on: '2024-01-01' }))).toEqual([['rule_violation', 'form']]);
    expect(issues(() => getDisciplineEffects({ ...reprimand, form: 'reminder' as never }, { on: '2024-01-01' }))).toEqual([['rule_violation', 'form']]);
    expect(issues(() => getDisciplineEffects(reprimand, { on: '2024-13-01' }))).toEqual([['invalid_date', 'options.on']]);
    expect(issues(() => getDisciplineEffects({ ...reprimand, complaint: { filedOn: '2023-02-01', resolvedOn: '2023-01-31' } }, { on: '2024-01-01' }))).toEqual([
      ['date_order', 'complaint.resolvedOn'],
    ]);
  });

  it('does not mutate frozen input', () => {
    const input = deepFreeze({ ...reprimand, laterViolationsOn: ['2023-09-01', '2023-03-01'] });
    const r = getDisciplineEffects(input, deepFreeze({ on: '2024-06-01' }));
    expect(input.laterViolationsOn).toEqual(['2023-09-01', '2023-03-01']);
    expect(Object.isFrozen(r)).toBe(true);
  });
});
