import { describe, expect, it } from 'vitest';
import { extractTallies, extractionToTally, reconcileExtraction, type ExtractionResult } from '../../src/extract/index.js';

// Our own texts in the genre (hierarchy-review-reports.md §3.5 patterns), one phenomenon each.
const view = (r: ExtractionResult): string[] =>
  r.tallies.filter((t) => t.repeatOf === undefined).map((t) => `${t.measure}/${t.category}/${t.subject}/${t.count}`);

describe('numbers', () => {
  it('reads thousands dots, zero padding and number words', () => {
    const r = extractTallies(
      'Năm 2023, toàn tỉnh có 12.345 đảng viên được xếp loại hoàn thành tốt nhiệm vụ; khiển trách 02 đồng chí; cảnh cáo mười lăm đảng viên; khai trừ hai mươi mốt đảng viên và cách chức một trăm linh năm trường hợp.',
    );
    expect(view(r)).toEqual([
      'rating/good/individual/12345',
      'discipline/reprimand/individual/2',
      'discipline/warning/individual/15',
      'discipline/expulsion/individual/21',
      'discipline/removalFromPost/individual/105',
    ]);
  });

  it('reads "hai tổ chức đảng", "ba nghìn đảng viên", "năm người" but not "một số cán bộ" or "năm 2020"', () => {
    const r = extractTallies('Năm 2020, huyện xử lý kỷ luật hai tổ chức đảng và năm người; kiểm điểm ba nghìn đảng viên; một số cán bộ còn né tránh.');
    expect(view(r)).toEqual(['discipline/total/collective/2', 'discipline/total/individual/5', 'reviewed/total/individual/3000']);
  });

  it('ignores years, dates, times, terms, document numbers, phones, money, percentages, page counters and the list name', () => {
    const text = [
      'Cập nhật ngày: 17/09/2018 | 09:49 GMT+7',
      'Thực hiện Kế hoạch số 23-KH/TU ngày 7-12-2016 và Quy định số 433/QĐ-Thu, nhiệm kỳ 2020-2025, giai đoạn 2016 - 2018, Nghị quyết Trung ương 4 khóa XII.',
      'Giá trị sản xuất đạt 790 tỷ đồng, đạt 111,3%; thu nhập bình quân 39,9 triệu đồng.',
      'Cán bộ phải soi rọi 27 biểu hiện suy thoái.',
      'Liên hệ tòa soạn: +84.0204.3 856 624',
      '3,731',
    ].join('\n');
    const r = extractTallies(text);
    expect(r.tallies).toEqual([]);
    expect(r.unclassified).toEqual([]);
  });

  it('keeps approximations, fractions and percentages with the count', () => {
    const r = extractTallies('Có gần 120 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ; 32/44 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, chiếm 72,7%.');
    expect(r.tallies.map((t) => [t.count, t.approx, t.of, t.percent])).toEqual([
      [120, 'under', undefined, undefined],
      [32, undefined, 44, 72.7],
    ]);
  });

  it('reads a zero stated by negation', () => {
    const r = extractTallies('Không có tổ chức cơ sở đảng nào bị xếp loại không hoàn thành nhiệm vụ.');
    expect(r.tallies.map((t) => [t.measure, t.category, t.count, t.zeroByNegation])).toEqual([['rating', 'unsatisfactory', 0, true]]);
  });
});

describe('subjects and word order', () => {
  it('reads the subject after the form ("khiển trách 15 đồng chí") and before it ("30 đảng viên … khiển trách")', () => {
    const r = extractTallies(
      'Đã khiển trách 15 đồng chí. 30 đảng viên xử lý bằng hình thức khiển trách. 2 tổ chức đảng xử lý bằng hình thức cảnh cáo. 4 cán bộ bị cách chức.',
    );
    expect(view(r)).toEqual([
      'discipline/reprimand/individual/15',
      'discipline/reprimand/individual/30',
      'discipline/warning/collective/2',
      'discipline/removalFromPost/individual/4',
    ]);
  });

  it('tells TCCSĐ from chi bộ trực thuộc', () => {
    const r = extractTallies('Có 12 TCCSĐ và 40 chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên.');
    expect(r.tallies.map((t) => [t.unitKind, t.category, t.count])).toEqual([
      ['tccsd', 'goodOrBetter', 12],
      ['directBranch', 'goodOrBetter', 40],
    ]);
  });

  it('shares a cue along a list joined by commas and "và", and stops at semicolons', () => {
    const r = extractTallies('Ủy ban kiểm tra đã thi hành kỷ luật 3 tổ chức đảng, 27 đảng viên và 4 cán bộ; 9 đảng viên bị nhắc nhở.');
    expect(view(r)).toEqual([
      'discipline/total/collective/3',
      'discipline/total/individual/27',
      'discipline/total/individual/4',
      'reminder/reminder/individual/9',
    ]);
  });

  it('reads collectives and individuals named before a shared predicate', () => {
    const r = extractTallies('Qua kiểm điểm, có 3 tập thể và 14 cá nhân được xác định có biểu hiện suy thoái.');
    expect(view(r)).toEqual(['degradationFound/total/collective/3', 'degradationFound/total/individual/14']);
  });
});

describe('measures', () => {
  it('keeps reminders, pending cases, procedures, proposals and referrals apart from discipline', () => {
    const r = extractTallies(
      'Nhắc nhở 6 đảng viên; đang xem xét xử lý 2 đồng chí. Ủy ban kiểm tra thực hiện quy trình xem xét thi hành kỷ luật đối với 3 cá nhân. Đề nghị thi hành kỷ luật 1 tổ chức đảng. Ban Thường vụ gợi ý kiểm điểm đối với 5 tập thể. Có 2 trường hợp bị xóa tên.',
    );
    expect(view(r)).toEqual([
      'reminder/reminder/individual/6',
      'pending/pending/individual/2',
      'disciplineProcedure/total/individual/3',
      'proposedDiscipline/total/collective/1',
      'suggestedReview/total/collective/5',
      'nonDisciplinary/removalFromRolls/individual/2',
    ]);
  });

  it('does not read "không hoàn thành xuất sắc nhiệm vụ" as unsatisfactory, nor "giải thể" as dissolution', () => {
    const r = extractTallies('Có 3 đảng viên bị xếp loại không hoàn thành xuất sắc nhiệm vụ. Huyện đã giải thể 05 Đảng bộ cơ sở.');
    expect(r.tallies.filter((t) => t.category === 'unsatisfactory' || t.category === 'dissolution')).toEqual([]);
    expect(r.unclassified.map((u) => [u.count, u.reason, u.hint])).toContainEqual([5, 'otherMeasure', 'reorganisation']);
  });

  it('reports an unclassifiable count as unclassified rather than guessing', () => {
    const r = extractTallies('Hội nghị có 250 đảng viên tham dự đầy đủ. Trong năm có 45 đảng viên chuyển sinh hoạt.');
    expect(r.tallies).toEqual([]);
    expect(r.unclassified.map((u) => [u.count, u.subject])).toEqual([
      [250, 'individual'],
      [45, 'individual'],
    ]);
  });

  it('reads an award as unclassified even when a level is named', () => {
    const r = extractTallies("Tỉnh ủy tặng Bằng khen cho 2 tập thể 'Hoàn thành xuất sắc nhiệm vụ'.");
    expect(r.tallies).toEqual([]);
    expect(r.unclassified[0]?.hint).toBe('award');
  });
});

describe('breakdowns', () => {
  it('finds a mismatch and explains it in both languages', () => {
    const r = extractTallies('Đã thi hành kỷ luật 20 đảng viên, trong đó khiển trách 10 đảng viên, cảnh cáo 6 đảng viên.');
    const b = r.breakdowns[0];
    expect(b?.check.status).toBe('partsBelowTotal');
    expect(b?.check.difference).toBe(-4);
    expect(b?.check.explanation.textVi).toContain('10 + 6 = 16');
    expect(b?.check.explanation.textEn).toContain('total printed: 20');
  });

  it('reads parenthetical parts without nouns, inheriting the subject', () => {
    const r = extractTallies('Thi hành kỷ luật 80 tổ chức đảng (khiển trách 57, cảnh cáo 23) và 2.869 đảng viên (khiển trách 1.168, cảnh cáo 551, cách chức 18, khai trừ 1.132).');
    expect(r.breakdowns.map((b) => b.check.status)).toEqual(['addsUp', 'addsUp']);
    expect(r.tallies.filter((t) => t.role === 'part').every((t) => t.subject !== 'unknown')).toBe(true);
  });

  it('links a "Cụ thể" sentence to the total of the sentence before', () => {
    const r = extractTallies('Năm qua, các cấp ủy đã thi hành kỷ luật 40 đảng viên. Cụ thể, có 25 đảng viên bị khiển trách; 10 đảng viên bị cảnh cáo; 5 đảng viên bị khai trừ.');
    expect(r.breakdowns.map((b) => [b.kind, b.check.status])).toEqual([['detail', 'addsUp']]);
  });

  it('treats a single "trong đó" count as a non-additive subset', () => {
    const r = extractTallies('Kỷ luật 62 đảng viên, trong đó có 13 cấp ủy viên cơ sở (chiếm 20,9%).');
    expect(r.tallies.map((t) => [t.count, t.role, t.percent])).toEqual([
      [62, 'standalone', undefined],
      [13, 'subset', 20.9],
    ]);
    expect(r.breakdowns).toEqual([]);
  });
});

describe('text forms', () => {
  const nfc = 'Huyện đã khiển trách 15 đồng chí, cảnh cáo 5 đồng chí và khai trừ 2 đảng viên khỏi Đảng. Tự chuyển hóa.';
  it('gives the same reading for NFC, NFD and the other tone placement, with spans into the original', () => {
    const nfd = nfc.normalize('NFD');
    const other = nfc.replace('hóa', 'hoá');
    const a = extractTallies(nfc);
    for (const variant of [nfd, other]) {
      const b = extractTallies(variant);
      expect(view(b)).toEqual(view(a));
      for (const t of b.tallies) expect(variant.slice(t.span[0], t.span[1])).toBe(t.quote);
      expect(b.tallies.map((t) => t.quote.normalize('NFC'))).toEqual(a.tallies.map((t) => t.quote));
    }
  });

  it('reads curly quotes and non-breaking spaces', () => {
    const text = 'Có 451\u00a0tổ chức cơ sở đảng “Hoàn thành tốt nhiệm vụ” và 27\u202ftổ chức cơ sở đảng ‘Hoàn thành nhiệm vụ’.';
    const r = extractTallies(text);
    expect(view(r)).toEqual(['rating/good/collective/451', 'rating/satisfactory/collective/27']);
  });

  it('reads wrapped lines as one sentence, and a blank line as a break', () => {
    const text = 'Huyện đã xử lý kỷ luật 5 tổ chức đảng,\n12 đảng viên vi phạm.\n\n3 đảng viên chuyển sinh hoạt';
    const r = extractTallies(`${text}\n`);
    expect(view(r)).toEqual(['discipline/total/collective/5', 'discipline/total/individual/12']);
    expect(extractTallies(`${text}\n`, { lineBreaks: 'sentence' }).tallies.map((t) => t.measure)).toEqual(['discipline', 'violationFound']);
  });

  it('reports counts of a cut-off last sentence as truncated, unless asked to keep them', () => {
    const text = 'Đảng bộ xã tổng kết năm 2021. Kết quả: 28 đảng viên hoàn thành xuất sắc nhiệm vụ; 35 đảng viên hoàn thành nhiệm vụ, đảng viên không chiế';
    expect(extractTallies(text).unclassified.map((u) => u.reason)).toEqual(['truncated', 'truncated']);
    expect(view(extractTallies(text, { truncatedTail: 'keep' }))).toEqual(['rating/excellent/individual/28', 'rating/satisfactory/individual/35']);
    // A single sentence without a full stop is a snippet, read as it is.
    expect(view(extractTallies('Huyện đã kỷ luật 5 đảng viên'))).toEqual(['discipline/total/individual/5']);
  });

  it('marks a repeated statement (headline and body) instead of counting it twice', () => {
    const r = extractTallies('Cửa Lò: 10 tổ chức cơ sở đảng được xếp loại hoàn thành xuất sắc nhiệm vụ\n\nTrong năm, 10 tổ chức cơ sở đảng được xếp loại hoàn thành xuất sắc nhiệm vụ.');
    expect(r.tallies.map((t) => t.repeatOf)).toEqual([undefined, 0]);
  });
});

describe('more phrasings of the genre', () => {
  it('reads "level: count" lines', () => {
    const r = extractTallies('Kết quả xếp loại đảng viên năm 2022: Hoàn thành xuất sắc nhiệm vụ: 120 đảng viên; hoàn thành tốt nhiệm vụ: 1.045 đảng viên; không hoàn thành nhiệm vụ: 3 đảng viên.');
    expect(view(r)).toEqual(['rating/excellent/individual/120', 'rating/good/individual/1045', 'rating/unsatisfactory/individual/3']);
  });

  it('prefers the form named after the noun over a general "thi hành kỷ luật"', () => {
    const r = extractTallies('Ủy ban kiểm tra thi hành kỷ luật 5 đảng viên bằng hình thức khiển trách.');
    expect(view(r)).toEqual(['discipline/reprimand/individual/5']);
  });

  it('reads "đề nghị … thi hành kỷ luật" as a proposal, also along the list', () => {
    const r = extractTallies('Ủy ban kiểm tra đề nghị cấp có thẩm quyền thi hành kỷ luật 3 đảng viên, 1 tổ chức đảng.');
    expect(view(r)).toEqual(['proposedDiscipline/total/individual/3', 'proposedDiscipline/total/collective/1']);
  });

  it('takes a bare count followed by "trong đó" parts of one measure as their total', () => {
    const r = extractTallies('Đảng bộ có 1.234 đảng viên, trong đó 120 đảng viên hoàn thành xuất sắc nhiệm vụ, 1.000 đảng viên hoàn thành tốt nhiệm vụ, 114 đảng viên hoàn thành nhiệm vụ.');
    expect(view(r)).toEqual([
      'rating/total/individual/1234',
      'rating/excellent/individual/120',
      'rating/good/individual/1000',
      'rating/satisfactory/individual/114',
    ]);
    expect(r.breakdowns[0]?.check.status).toBe('addsUp');
  });

  it('reads a zero for discipline stated by negation', () => {
    const r = extractTallies('Trong năm, không có đảng viên nào bị kỷ luật.');
    expect(r.tallies.map((t) => [t.measure, t.category, t.count, t.zeroByNegation])).toEqual([['discipline', 'total', 0, true]]);
  });
});

describe('inspection reports', () => {
  it('reads "kết luận 30 tổ chức đảng" (not a document number) and bare parts after "trong đó:"', () => {
    const r = extractTallies(
      'UBKT đã kiểm tra 45 tổ chức đảng khi có dấu hiệu vi phạm; kết luận 30 tổ chức đảng, 98 đảng viên có vi phạm. Cấp ủy đã xử lý kỷ luật 28 đảng viên, trong đó: khiển trách 15, cảnh cáo 8, cách chức 2, khai trừ 3.',
    );
    expect(view(r)).toEqual([
      'inspected/total/collective/45',
      'violationFound/total/collective/30',
      'violationFound/total/individual/98',
      'discipline/total/individual/28',
      'discipline/reprimand/individual/15',
      'discipline/warning/individual/8',
      'discipline/removalFromPost/individual/2',
      'discipline/expulsion/individual/3',
    ]);
    expect(r.breakdowns.map((b) => b.check.status)).toEqual(['addsUp']);
  });
});

describe('breakdowns over semicolons', () => {
  it('goes on past ";" while the items are counts or outcomes, by subject kind', () => {
    const r = extractTallies(
      'Đã thi hành kỷ luật 2 tổ chức đảng, 15 đảng viên, trong đó: khiển trách 1 tổ chức, 10 đảng viên; cảnh cáo 1 tổ chức, 4 đảng viên; khai trừ 1 đảng viên.',
    );
    const b = r.breakdowns.map((x) => [r.tallies[x.total]?.count, x.parts.map((p) => r.tallies[p]?.count), x.check.status]);
    expect(b).toEqual([
      [15, [10, 4, 1], 'addsUp'],
      [2, [1, 1], 'addsUp'],
    ]);
  });

  it('stops at ";" before an independent statement', () => {
    const r = extractTallies('Kỷ luật 12 đảng viên, trong đó khiển trách 8 đảng viên, cảnh cáo 4 đảng viên; Ban Thường vụ gợi ý kiểm điểm 3 tập thể.');
    expect(r.breakdowns.map((x) => x.parts.length)).toEqual([2]);
    expect(r.tallies.at(-1)?.measure).toBe('suggestedReview');
  });
});

describe('patterns of hierarchy-review-reports.md §3.5 beyond the seeds', () => {
  it('reads "x trong tổng số y … được đánh giá", "không TCCSĐ nào" and a percentage after the level', () => {
    const r = extractTallies(
      '662 trong tổng số 686 tổ chức cơ sở đảng (TCCSĐ) được đánh giá; 604 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 91,2%; không TCCSĐ nào bị xếp loại không hoàn thành nhiệm vụ.',
    );
    expect(r.tallies.map((t) => [t.measure, t.category, t.count, t.of, t.percent, t.zeroByNegation])).toEqual([
      ['rating', 'total', 662, 686, undefined, undefined],
      ['rating', 'good', 604, undefined, 91.2, undefined],
      ['rating', 'unsatisfactory', 0, undefined, undefined, true],
    ]);
  });

  it('reads a subset share, a change against last year and forms detailed in the next sentence', () => {
    const r = extractTallies(
      'Thi hành kỷ luật 62 đảng viên, trong đó có 13 cấp ủy viên cơ sở (chiếm 20,9%), giảm 18 đảng viên so cùng kỳ. Về hình thức: khiển trách 28 (chiếm 45%), cảnh cáo 21 (34%), cách chức 1 (2%), khai trừ 12 (19%).',
    );
    expect(r.tallies.map((t) => [t.category, t.count, t.role])).toEqual([
      ['total', 62, 'total'],
      ['total', 13, 'subset'],
      ['reprimand', 28, 'part'],
      ['warning', 21, 'part'],
      ['removalFromPost', 1, 'part'],
      ['expulsion', 12, 'part'],
    ]);
    expect(r.breakdowns.map((b) => [b.kind, b.check.status])).toEqual([['detail', 'addsUp']]);
    expect(r.unclassified.map((u) => [u.count, u.hint])).toEqual([[18, 'change']]);
  });
});

describe('numbers too large to hold exactly', () => {
  it('reports a number above Number.MAX_SAFE_INTEGER as unclassified (tooLarge), never Infinity or a rounded count', () => {
    for (const digits of ['9'.repeat(400), '12345678901234567890']) {
      const r = extractTallies(`Kỷ luật ${digits} đảng viên.`);
      expect(r.tallies).toEqual([]);
      expect(r.unclassified.map((u) => [u.reason, u.noun])).toEqual([['tooLarge', 'đảng viên']]);
      expect(() => extractionToTally(r)).not.toThrow();
    }
    // The largest exact integer is still a count.
    expect(extractTallies(`Kỷ luật ${Number.MAX_SAFE_INTEGER} đảng viên.`).tallies.map((t) => t.count)).toEqual([Number.MAX_SAFE_INTEGER]);
  });
});

describe('member status', () => {
  it('keeps "đảng viên dự bị" / "đảng viên chính thức" as their own unit kinds, so khai trừ of a probationary member is flagged', () => {
    const r = extractTallies('khai trừ 2 đảng viên dự bị');
    expect(r.tallies.map((t) => [t.measure, t.category, t.unitKind, t.count])).toEqual([['discipline', 'expulsion', 'probationaryMember', 2]]);
    expect(reconcileExtraction(r).findings.map((f) => [f.finding.code, f.finding.severity])).toEqual([['formImpossibleForSubject', 'error']]);
    // Filed under probationaryMember when asked; under member by default (the report round trip).
    expect(extractionToTally(r, { memberStatus: 'asStated' }).tally.disciplines).toEqual({ probationaryMember: { expulsion: 2 } });
    expect(extractionToTally(r).tally.disciplines).toEqual({ member: { expulsion: 2 } });
    const official = extractTallies('Khiển trách 3 đảng viên chính thức.');
    expect(official.tallies.map((t) => t.unitKind)).toEqual(['officialMember']);
    expect(extractionToTally(official, { memberStatus: 'asStated' }).tally.disciplines).toEqual({ officialMember: { reprimand: 3 } });
    expect(extractTallies('Khiển trách 3 đảng viên.').tallies.map((t) => t.unitKind)).toEqual(['member']);
  });
});

describe('number-before-form breakdowns', () => {
  it('reads "N + form" items of a parenthesis, a "gồm:" list or "với các hình thức:" as the parts', () => {
    const parts = (text: string): unknown => {
      const r = extractTallies(text);
      return [view(r), r.breakdowns.map((b) => [b.total, b.parts, b.check.status]), r.unclassified.length];
    };
    expect(parts('Thi hành kỷ luật 10 đảng viên (5 khiển trách, 3 cảnh cáo, 2 khai trừ).')).toEqual([
      ['discipline/total/individual/10', 'discipline/reprimand/individual/5', 'discipline/warning/individual/3', 'discipline/expulsion/individual/2'],
      [[0, [1, 2, 3], 'addsUp']],
      0,
    ]);
    expect(parts('Đã kỷ luật 7 đảng viên, gồm: 4 khiển trách, 2 cảnh cáo, 1 cách chức.')).toEqual([
      ['discipline/total/individual/7', 'discipline/reprimand/individual/4', 'discipline/warning/individual/2', 'discipline/removalFromPost/individual/1'],
      [[0, [1, 2, 3], 'addsUp']],
      0,
    ]);
    expect(parts('Kỷ luật 6 đảng viên với các hình thức: 3 khiển trách, 2 cảnh cáo, 1 khai trừ.')).toEqual([
      ['discipline/total/individual/6', 'discipline/reprimand/individual/3', 'discipline/warning/individual/2', 'discipline/expulsion/individual/1'],
      [[0, [1, 2, 3], 'addsUp']],
      0,
    ]);
    expect(extractionToTally(extractTallies('Thi hành kỷ luật 10 đảng viên (5 khiển trách, 3 cảnh cáo, 2 khai trừ).')).tally.disciplines).toEqual({
      member: { reprimand: 5, warning: 3, expulsion: 2 },
    });
  });
});

describe('"hoàn thành nhiệm vụ trở lên"', () => {
  it('reads satisfactoryOrBetter, nests "tốt nhiệm vụ trở lên" in it, and reconciles it as satisfactory or better', () => {
    const a = extractTallies('Năm 2023 có 190 chi bộ hoàn thành nhiệm vụ trở lên.');
    expect(a.unclassified).toEqual([]);
    expect(a.tallies.map((t) => [t.measure, t.category, t.unitKind, t.count])).toEqual([['rating', 'satisfactoryOrBetter', 'partyOrganization', 190]]);
    expect(extractionToTally(a).unplaced.map((u) => u.reason)).toEqual(['noCategory']);
    const b = extractTallies('Có 2.667 đảng viên hoàn thành nhiệm vụ trở lên, trong đó 2.447 đảng viên hoàn thành tốt nhiệm vụ trở lên.');
    expect(b.tallies.map((t) => [t.category, t.count, t.role, t.partOf])).toEqual([
      ['satisfactoryOrBetter', 2667, 'standalone', undefined],
      ['goodOrBetter', 2447, 'subset', 0],
    ]);
    const figures = reconcileExtraction(b).report.groups.flatMap((g) => [g.total, ...(g.subsets ?? []), ...(g.parts ?? [])]);
    expect(figures.find((f) => f?.value === 2667)).toMatchObject({ measure: 'rating', category: 'satisfactory', orBetter: true });
    // A bare "chi bộ" is ambiguous (chi bộ cơ sở or trực thuộc): left partyOrganization.
    expect(extractTallies('Có 9 chi bộ hoàn thành tốt nhiệm vụ trở lên.').tallies.map((t) => t.unitKind)).toEqual(['partyOrganization']);
  });
});

describe('"trong số", "tổng số" and "x/y"', () => {
  it('reads the count after "trong số"/"tổng số" as a total (the later count its subset), and keeps denominators', () => {
    const a = extractTallies('Trong số 62 đảng viên bị kỷ luật có 13 cấp ủy viên.');
    expect(a.tallies.map((t) => [t.measure, t.category, t.count, t.role, t.partOf])).toEqual([
      ['discipline', 'total', 62, 'standalone', undefined],
      ['discipline', 'total', 13, 'subset', 0],
    ]);
    expect(a.unclassified).toEqual([]);
    expect(extractionToTally(a).unplaced.map((u) => u.reason)).toEqual(['noCategory', 'subsetTotal']);
    const b = extractTallies('Có 662 trong tổng số 686 tổ chức cơ sở đảng được đánh giá');
    expect(b.tallies.map((t) => [t.measure, t.count, t.of])).toEqual([['rating', 662, 686]]);
    const c = extractTallies('3/112 đảng viên không hoàn thành nhiệm vụ');
    expect(c.tallies.map((t) => [t.category, t.count, t.of])).toEqual([['unsatisfactory', 3, 112]]);
    const d = extractTallies('Trong tổng số 686 tổ chức cơ sở đảng được đánh giá, có 662 tổ chức hoàn thành nhiệm vụ.');
    expect(d.tallies.map((t) => [t.category, t.count, t.role])).toEqual([
      ['total', 686, 'standalone'],
      ['satisfactory', 662, 'subset'],
    ]);
    // "số" before an identifier stays an identifier.
    expect(extractTallies('Theo Quyết định số 12, kỷ luật 3 đảng viên.').tallies.map((t) => t.count)).toEqual([3]);
  });
});
