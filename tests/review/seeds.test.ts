import { describe, expect, it } from 'vitest';
import { mergeTallies } from '../../src/tally/tally.js';
import { disciplineReferrals, findReviewIssues, parseReview, summarizeReviews, type ReviewFindingInput } from '../../src/review/index.js';
import { canThoReviews, kRongNoReviews, readSeed } from './fixtures.js';

describe('seed 001, Krông Nô 2021: the suggested-review funnel', () => {
  const seed = readSeed('001_eeaf8759887ce700.txt');
  const reviews = kRongNoReviews();

  it('the seed says what the fixture encodes', () => {
    expect(seed).toContain('Ban Thường vụ Huyện ủy giới thiệu kiểm điểm đối với 8 tập thể và 13 cá nhân');
    expect(seed).toContain('thực hiện quy trình xem xét thi hành kỷ luật đối với 2 tập thể và 5 cá nhân');
  });

  it('is a valid set of reviews', () => {
    expect(findReviewIssues(reviews)).toEqual([]);
  });

  it('summarises 8 + 13 suggested, 2 + 5 into the discipline procedure', () => {
    const s = summarizeReviews(reviews);
    expect(s.suggested).toEqual({ collective: 8, individual: 13 });
    expect(s.referredToDiscipline).toEqual({ collective: 2, individual: 5 });
    expect(s.reviewed).toEqual({ collective: 8, individual: 13 });
    expect(s.tally.suggestedReviews).toEqual({ collective: 8, individual: 13 });
    expect(s.tally.disciplineProcedures).toEqual({ collective: 2, individual: 5 });
    expect(s.tally.disciplines).toEqual({});
    expect(s.text.vi).toContain('8 tập thể và 13 cá nhân được cấp trên gợi ý kiểm điểm');
    expect(s.text.vi).toContain('2 tập thể và 5 cá nhân được chuyển xem xét thi hành kỷ luật');
    expect(s.text.en).toContain('8 collectives and 13 individuals on the higher level');
  });

  it('per-year summaries add up to the whole', () => {
    const years = [2017, 2018, 2019, 2020];
    const parts = years.map((y) => summarizeReviews(reviews.filter((r) => r.period.year === y)).tally);
    expect(mergeTallies(...parts)).toEqual(summarizeReviews(reviews).tally);
  });

  it('gives the discipline area 7 referrals: 2 organizations and 5 members', () => {
    const refs = disciplineReferrals(reviews);
    expect(refs).toHaveLength(7);
    expect(refs.filter((r) => r.disciplineSubject === 'organization')).toHaveLength(2);
    expect(refs.filter((r) => r.disciplineSubject === 'member')).toHaveLength(5);
    expect(refs[0]?.explanation.textVi).toContain('xem xét thi hành kỷ luật');
    expect(refs[0]?.explanation.textEn).toContain('Article 35(2) of the Party Charter');
  });
});

describe('seed 004, Cần Thơ 2017: 6 collectives and 32 individuals found with manifestations', () => {
  const seed = readSeed('004_26c33ccc72d710b1.txt');
  const reviews = canThoReviews();

  it('the seed says what the fixture encodes', () => {
    expect(seed).toContain('có 6 tập thể và 32 cá nhân được xác định có biểu hiện suy thoái');
    expect(seed).toContain('khiển trách 1 tập thể, nhắc nhở 5 tập thể; cảnh cáo 2 cá nhân, khiển trách 9 cá nhân; xếp loại đảng viên không hoàn thành nhiệm vụ đối với 4 cá nhân và nhắc nhở 17 cá nhân');
  });

  it('follows the 2016 guidance (HD 27 with CV 1825)', () => {
    expect(disciplineReferrals(reviews)).toEqual([]);
    expect(findReviewIssues(reviews)).toEqual([]);
  });

  it('summarises as the text says, keeping reminders and ratings out of discipline', () => {
    const s = summarizeReviews(reviews);
    expect(s.foundWithManifestations).toEqual({ collective: 6, individual: 32 });
    expect(s.tally.degradationFound).toEqual({ collective: 6, individual: 32 });
    expect(s.tally.disciplines).toEqual({ organization: { reprimand: 1 }, member: { warning: 2, reprimand: 9 } });
    expect(s.tally.nonDisciplinary).toEqual({ collective: { reminder: 5 }, individual: { reminder: 17 } });
    expect(s.tally.ratings).toEqual({ member: { unsatisfactory: 4 } });
    // "only 1 collective and 11 individuals received Charter discipline forms"
    const disciplined = Object.values(s.tally.disciplines).flatMap((c) => Object.values(c ?? {}));
    expect(disciplined.reduce((a, b) => a + (b ?? 0), 0)).toBe(12);
    expect(s.text.vi).toContain('6 tập thể và 32 cá nhân được xác định có biểu hiện suy thoái');
  });

  it('only concluded findings count when asked', () => {
    expect(summarizeReviews(reviews, { findings: 'concluded' }).foundWithManifestations).toEqual({ collective: 0, individual: 0 });
  });
});

describe('seed 003, Giang Thành 2019: the "5 biểu hiện cơ bản" as findings against catalog items', () => {
  const seed = readSeed('003_5c695452df66635a.txt');
  const point = (n: number): string => {
    const m = new RegExp(`\\(${n}\\)\\s*([^\\n]+?)[;.]?\\s*\\n`).exec(seed);
    if (!m?.[1]) throw new Error(`point ${n} not found in seed 003`);
    return m[1].trim();
  };

  it('the seed lists five points', () => {
    expect(seed).toContain('trong Đảng bộ còn 5 biểu hiện cơ bản cần phải được tập trung khắc phục');
    expect(point(1)).toContain('Chưa tích cực nghiên cứu, học tập lý luận');
    expect(point(5)).toContain('thiếu tu dưỡng rèn luyện đạo đức');
  });

  // Mapping (read against the catalog's verified and partial wording):
  // (1) "Chưa tích cực nghiên cứu, học tập lý luận, chủ trương, đường lối, nghị quyết của Đảng, chính sách, pháp luật
  //     của Nhà nước" → G1-3 ("lười học tập … chủ trương, đường lối, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước");
  // (2) "chưa gương mẫu trong công tác, … đùn đẩy trách nhiệm" → G1-4 ("không gương mẫu trong công tác; né tránh trách nhiệm");
  // (3) "nể nang, né tránh, ngại va chạm" → G1-5; "nói không đi đôi với làm, hứa nhiều làm ít" → G1-6 (two items);
  // (4) "không sâu sát cơ sở, thiếu kiểm tra, đôn đốc … thiếu trách nhiệm trước những khó khăn, bức xúc và đòi hỏi chính
  //     đáng của nhân dân" → G2-5; "thiếu gương mẫu trong công tác" → G1-4 again (merged with (2));
  // (5) "thiếu tu dưỡng rèn luyện đạo đức phải xử lý kỷ luật" → group 2 only (ethics and lifestyle), no item named.
  const findings = (): ReviewFindingInput[] => [
    { manifestation: 'G1-3', identifiedBy: 'collective', evidence: point(1) },
    { manifestation: 'G1-4', identifiedBy: 'collective', evidence: point(2) },
    { manifestation: 'G1-5', identifiedBy: 'collective', evidence: point(3) },
    { manifestation: 'G1-6', identifiedBy: 'collective', evidence: point(3) },
    { manifestation: 'G2-5', identifiedBy: 'collective', evidence: point(4) },
    { manifestation: 'G1-4', identifiedBy: 'collective', evidence: point(4) },
    { group: 2, identifiedBy: 'collective', evidence: point(5) },
  ];

  it('become five catalog items and one group-only finding, the repeated G1-4 merged', () => {
    const r = parseReview({
      unitId: 'huyen-giang-thanh',
      subject: { type: 'partyOrganization', id: 'dang-bo-huyen-giang-thanh' },
      period: { year: 2018 },
      kind: 'annual',
      place: { kind: 'ownLevel', unitId: 'huyen-uy-giang-thanh' },
      findings: findings(),
    });
    expect(r.findings.map((f) => f.manifestation ?? `group ${f.group}`)).toEqual(['G1-3', 'G1-4', 'G1-5', 'G1-6', 'G2-5', 'group 2']);
    expect(r.findings[1]?.evidence).toEqual([point(2), point(4)]);
    const s = summarizeReviews([r]);
    expect(s.foundByItem).toEqual({ 'G1-3': 1, 'G1-4': 1, 'G1-5': 1, 'G1-6': 1, 'G2-5': 1 });
    expect(s.foundByGroupOnly).toEqual({ '2': 1 });
    expect(s.foundByGroup).toEqual({ '1': 1, '2': 1, '3': 0 });
    expect(s.foundWithManifestations).toEqual({ collective: 1, individual: 0 });
  });
});
