import { describe, expect, it } from 'vitest';
import { charter35 } from '../../src/discipline/sources.js';
import { disciplineReferrals } from '../../src/index.js';

describe('disciplineReferrals cites the Charter once, as the discipline area does', () => {
  it('the referral reason carries the discipline area’s Điều 35 khoản 2 citation, not a second rendering of it', () => {
    const [ref] = disciplineReferrals([
      {
        unitId: 'huyen',
        subject: { type: 'member', id: 'cb-9', membership: 'official', leader: true },
        period: { year: 2018 },
        kind: 'suggested',
        suggestion: { suggestedBy: 'Ban Thường vụ Huyện ủy', issues: ['Thiếu trách nhiệm'] },
        place: { kind: 'leadershipCollective', unitId: 'ubnd-xa' },
        findings: [{ manifestation: 'G1-4', identifiedBy: 'higherLevel' }],
        outcome: { disciplineReferral: { by: 'Ủy ban Kiểm tra Huyện ủy', on: '2019-01-15' } },
      },
    ]);
    const cited = ref?.explanation.reasons.flatMap((r) => r.citations) ?? [];
    expect(cited.filter((c) => c.article === 35)).toEqual([charter35]);
  });
});
