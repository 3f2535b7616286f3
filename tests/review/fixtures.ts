import type { ReviewInput } from '../../src/review/index.js';
import { fixture } from '../support/fixtures.js';

/** Read a seed report (tests/fixtures/shared/seeds, a copy of ../shared/seeds), NFC. */
export function readSeed(name: string): string {
  return fixture(`seeds/${name}`).normalize('NFC');
}

/** A minimal valid review of a member at their party branch. */
export function memberReview(id: string, year: number, extra: Partial<ReviewInput> = {}): ReviewInput {
  return {
    unitId: 'cb-1',
    subject: { type: 'member', id },
    period: { year },
    kind: 'annual',
    place: { kind: 'branch', unitId: 'cb-1' },
    ...extra,
  };
}

/**
 * Seed 001 (Krông Nô, 2021): "Ban Thường vụ Huyện ủy giới thiệu kiểm điểm đối với 8 tập thể và 13
 * cá nhân …"; "Sau kiểm điểm, Ủy ban Kiểm tra Huyện ủy tiến hành kiểm tra dấu hiệu vi phạm và thực
 * hiện quy trình xem xét thi hành kỷ luật đối với 2 tập thể và 5 cá nhân." The years (2017–2020,
 * "hơn 4 năm") are spread by the fixture; the text does not give them. Each individual, a leader,
 * also has the annual review at their party branch (two places, counted once).
 */
export function kRongNoReviews(): ReviewInput[] {
  const suggestedBy = 'Ban Thường vụ Huyện ủy Krông Nô';
  const ubkt = 'Ủy ban Kiểm tra Huyện ủy Krông Nô';
  const out: ReviewInput[] = [];
  for (let i = 0; i < 8; i += 1) {
    const id = `tap-the-${i + 1}`;
    out.push({
      unitId: 'huyen-krong-no',
      subject: { type: 'partyOrganization', id, organizationKind: 'tccsd' },
      period: { year: 2017 + (i % 4) },
      kind: 'suggested',
      suggestion: { suggestedBy, issues: ['Những vấn đề bức xúc, nổi cộm, có biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa”'] },
      place: { kind: 'ownLevel', unitId: id },
      ...(i < 2 ? { outcome: { disciplineReferral: { by: ubkt } } } : {}),
    });
  }
  for (let i = 0; i < 13; i += 1) {
    const id = `ca-nhan-${i + 1}`;
    const year = 2017 + (i % 4);
    out.push({
      unitId: 'huyen-krong-no',
      subject: { type: 'member', id, leader: true },
      period: { year },
      kind: 'suggested',
      suggestion: { suggestedBy, issues: ['Có biểu hiện suy thoái trong lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị được giao'] },
      place: { kind: 'leadershipCollective', unitId: `tap-the-lanh-dao-${i + 1}` },
      ...(i < 5 ? { outcome: { disciplineReferral: { by: ubkt } } } : {}),
    });
    out.push({
      unitId: `chi-bo-${i + 1}`,
      subject: { type: 'member', id, leader: true },
      period: { year },
      kind: 'annual',
      place: { kind: 'branch', unitId: `chi-bo-${i + 1}` },
    });
  }
  return out;
}

/**
 * Seed 004 (Cần Thơ, 13/12/2017), the 2016 review: "có 6 tập thể và 32 cá nhân được xác định có
 * biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống. Các cấp ủy đảng đã tiến hành xử lý
 * kỷ luật: khiển trách 1 tập thể, nhắc nhở 5 tập thể; cảnh cáo 2 cá nhân, khiển trách 9 cá nhân;
 * xếp loại đảng viên không hoàn thành nhiệm vụ đối với 4 cá nhân và nhắc nhở 17 cá nhân."
 * The text does not say which group each finding is in: the fixture records a group-1-only
 * finding for each subject.
 */
export function canThoReviews(): ReviewInput[] {
  const out: ReviewInput[] = [];
  const finding = [{ group: 1 as const, identifiedBy: ['self', 'collective'] as const, evidence: 'Được xác định qua kiểm điểm tự phê bình và phê bình năm 2016.' }];
  for (let i = 0; i < 6; i += 1) {
    const id = `tap-the-${i + 1}`;
    out.push({
      unitId: 'thanh-pho-can-tho',
      subject: { type: 'partyOrganization', id },
      period: { year: 2016 },
      kind: 'annual',
      place: { kind: 'ownLevel', unitId: id },
      findings: finding,
      outcome: i === 0 ? { discipline: 'reprimand' } : { nonDisciplinary: ['reminder'] },
    });
  }
  for (let i = 0; i < 32; i += 1) {
    const outcome =
      i < 2 ? { discipline: 'warning' as const } : i < 11 ? { discipline: 'reprimand' as const } : i < 15 ? { rating: 'unsatisfactory' as const } : { nonDisciplinary: ['reminder' as const] };
    out.push({
      unitId: 'thanh-pho-can-tho',
      subject: { type: 'member', id: `ca-nhan-${i + 1}` },
      period: { year: 2016 },
      kind: 'annual',
      place: { kind: 'branch', unitId: `chi-bo-${(i % 5) + 1}` },
      findings: finding,
      outcome,
    });
  }
  return out;
}
