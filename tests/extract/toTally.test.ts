import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { extractTallies, extractionToTally, reconcileExtraction } from '../../src/extract/index.js';
import { fixture } from '../support/fixtures.js';


describe('extractionToTally', () => {
  it('counts a total through its parts, mapping individuals to member and collectives to organization (seed 000)', () => {
    const r = extractTallies(fixture('seeds/000_966d660263fac988.txt'));
    const { tally, placed, unplaced } = extractionToTally(r);
    expect(tally.disciplines).toEqual({
      member: { reprimand: 30, warning: 12, removalFromPost: 5, expulsion: 3 },
      organization: { reprimand: 2, warning: 2 },
    });
    expect(placed).toHaveLength(6);
    expect(unplaced).toEqual([
      { index: 0, reason: 'coveredByParts' },
      { index: 5, reason: 'coveredByParts' },
    ]);
    expect(Object.isFrozen(tally)).toBe(true);
  });

  it('keeps reminders, pending and ratings apart from discipline, and findings by subject kind (seed 004)', () => {
    const r = extractTallies(fixture('seeds/004_26c33ccc72d710b1.txt'));
    const { tally, unplaced } = extractionToTally(r);
    expect(tally.disciplines).toEqual({ organization: { reprimand: 1 }, member: { warning: 7, reprimand: 24, removalFromPost: 1 } });
    // "xếp loại đảng viên không hoàn thành nhiệm vụ đối với 4 cá nhân" among the outcomes is a rating
    // outcome given as a disposition (§4): unsatisfactoryRating, as reconcileExtraction classifies it.
    expect(tally.nonDisciplinary).toEqual({ collective: { reminder: 5 }, individual: { unsatisfactoryRating: 4, reminder: 17, pending: 1 } });
    expect(tally.ratings).toEqual({});
    // The findings of a disposition are a measure of their own, not covered by the outcomes.
    expect(tally.degradationFound).toEqual({ collective: 6, individual: 32 });
    expect(unplaced.map((u) => u.reason)).toEqual(['noSlot', 'subsetTotal']);
  });

  it('places ratings by unit kind and leaves "trở lên" out (seed 001)', () => {
    const r = extractTallies(fixture('seeds/001_eeaf8759887ce700.txt'));
    const { tally, unplaced } = extractionToTally(r);
    expect(tally.ratings).toEqual({ tccsd: { satisfactory: 5 }, directBranch: { satisfactory: 25 }, member: { satisfactory: 220 } });
    expect(tally.suggestedReviews).toEqual({ collective: 8, individual: 13 });
    expect(tally.disciplineProcedures).toEqual({ collective: 2, individual: 5 });
    expect(unplaced.filter((u) => u.reason === 'noCategory')).toHaveLength(5);
  });

  it('counts a repeated statement once unless asked', () => {
    const r = extractTallies('Khiển trách 3 đảng viên.\n\nTrong năm, khiển trách 3 đảng viên.');
    expect(extractionToTally(r).tally.disciplines.member?.reprimand).toBe(3);
    expect(extractionToTally(r, { includeRepeats: true }).tally.disciplines.member?.reprimand).toBe(6);
  });
});

describe('a breakdown stated twice', () => {
  it('marks the second statement and its parts as repeats, so the Tally counts them once', () => {
    const r = extractTallies('Thi hành kỷ luật 5 đảng viên (khiển trách 3, cảnh cáo 2).\n\nNhư vậy, đã thi hành kỷ luật 5 đảng viên (khiển trách 3, cảnh cáo 2).');
    expect(r.tallies.map((t) => t.repeatOf)).toEqual([undefined, undefined, undefined, 0, 1, 2]);
    expect(extractionToTally(r).tally.disciplines.member).toEqual({ reprimand: 3, warning: 2 });
  });
});

describe('extractionToTally goodOrBetter option', () => {
  const text = 'Toàn huyện có 2.567 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó 120 đảng viên hoàn thành xuất sắc nhiệm vụ; 220 đảng viên hoàn thành nhiệm vụ.';
  it('leaves "trở lên" unplaced by default', () => {
    const { tally, unplaced } = extractionToTally(extractTallies(text));
    expect(tally.ratings).toEqual({ member: { excellent: 120, satisfactory: 220 } });
    expect(unplaced).toEqual([{ index: 0, reason: 'noCategory' }]);
  });
  it('splits it when the excellent count is stated and the option asks', () => {
    const { tally, unplaced } = extractionToTally(extractTallies(text), { goodOrBetter: 'splitWhenExcellentStated' });
    expect(tally.ratings).toEqual({ member: { good: 2447, excellent: 120, satisfactory: 220 } });
    expect(unplaced).toEqual([]);
  });
  it('does not split without a stated excellent count', () => {
    const r = extractTallies('Toàn huyện có 2.447 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên; 220 đảng viên hoàn thành nhiệm vụ.');
    expect(extractionToTally(r, { goodOrBetter: 'splitWhenExcellentStated' }).unplaced).toEqual([{ index: 0, reason: 'noCategory' }]);
  });
});

describe('extractionToTally regressions', () => {
  it('places the findings of a findings → outcomes disposition (not coveredByParts)', () => {
    const r = extractTallies(
      'Qua kiểm điểm, có 6 tập thể và 32 cá nhân được xác định có biểu hiện suy thoái về tư tưởng chính trị. Các cấp ủy đảng đã tiến hành xử lý kỷ luật: khiển trách 1 tập thể, nhắc nhở 5 tập thể; cảnh cáo 2 cá nhân, khiển trách 9 cá nhân, nhắc nhở 21 cá nhân.',
    );
    expect(r.breakdowns.map((b) => b.kind)).toEqual(['disposition', 'disposition']);
    const { tally, unplaced } = extractionToTally(r);
    expect(tally.degradationFound).toEqual({ collective: 6, individual: 32 });
    expect(unplaced.filter((u) => u.reason === 'coveredByParts')).toEqual([]);
  });

  it('files KHTNV listed among outcomes as reconcileExtraction does (unsatisfactoryRating), a standalone KHTNV as a rating', () => {
    const r = extractTallies(
      'Có 10 cá nhân được xác định có biểu hiện suy thoái. Các cấp ủy đã xử lý: khiển trách 2 cá nhân; xếp loại đảng viên không hoàn thành nhiệm vụ đối với 4 cá nhân và nhắc nhở 4 cá nhân.',
    );
    const khtnv = r.tallies.find((t) => t.category === 'unsatisfactory');
    expect(khtnv?.role).toBe('part');
    const x = reconcileExtraction(r);
    const figure = x.report.groups.flatMap((g) => g.parts ?? []).find((f) => f.id === `t${khtnv?.index}`);
    expect(figure).toMatchObject({ measure: 'nonDisciplinary', category: 'unsatisfactoryRating' });
    const { tally } = extractionToTally(r);
    expect(tally.nonDisciplinary.individual).toEqual({ unsatisfactoryRating: 4, reminder: 4 });
    expect(tally.ratings).toEqual({});
    expect(extractionToTally(extractTallies('Có 4 đảng viên không hoàn thành nhiệm vụ.')).tally.ratings).toEqual({ member: { unsatisfactory: 4 } });
  });

  it('refuses unknown options and wrong option values (JavaScript callers) instead of ignoring them', () => {
    const r = extractTallies('Khiển trách 2 đảng viên dự bị.');
    const issuesOf = (options: unknown): unknown => {
      try {
        extractionToTally(r, options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(Nq4Error);
        return (error as Nq4Error).issues.map((i) => [i.code, i.path]);
      }
      return 'no error';
    };
    expect(issuesOf({ memberstatus: 'asStated' })).toEqual([['unknown_key', ['options', 'memberstatus']]]);
    expect(issuesOf({ memberStatus: 'probationary' })).toEqual([['invalid_value', ['options', 'memberStatus']]]);
    expect(issuesOf({ includeRepeats: 'yes' })).toEqual([['invalid_type', ['options', 'includeRepeats']]]);
    expect(issuesOf(null)).toEqual([['invalid_type', ['options']]]);
    expect(issuesOf(undefined)).toBe('no error');
    expect(extractionToTally(r, { memberStatus: 'asStated' }).tally.disciplines).toEqual({ probationaryMember: { reprimand: 2 } });
  });
});
