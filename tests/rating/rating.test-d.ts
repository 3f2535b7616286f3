import { describe, expectTypeOf, it } from 'vitest';
import type { RatingLevel } from '../../src/i18n/vocabulary.js';
import { checkQuota } from '../../src/rating/checkQuota.js';
import type { RatingQuotaCheck } from '../../src/rating/checkQuota.js';
import { rateMember } from '../../src/rating/rateMember.js';
import { createMemberRater, rateMembers } from '../../src/rating/rateMembers.js';
import type { MemberRatingOutcome } from '../../src/rating/rateMembers.js';
import { rulesFor } from '../../src/rating/rulesFor.js';
import type { MemberRatingFacts, RatingResult } from '../../src/rating/types.js';

describe('rating types', () => {
  it('rateMember returns a RatingResult with typed levels', () => {
    const r = rateMember({ year: 2025 });
    expectTypeOf(r).toEqualTypeOf<RatingResult>();
    expectTypeOf(r.level).toEqualTypeOf<RatingLevel | undefined>();
    expectTypeOf(r.status).toEqualTypeOf<'rated' | 'notRated' | 'unclassified'>();
    expectTypeOf(r.allowedLevels).toEqualTypeOf<readonly RatingLevel[]>();
  });
  it('the fast rater takes typed facts and returns an outcome', () => {
    const rate = createMemberRater('qd366');
    expectTypeOf(rate).parameter(0).toEqualTypeOf<MemberRatingFacts>();
    expectTypeOf(rate).returns.toEqualTypeOf<MemberRatingOutcome>();
    expectTypeOf<'undetermined'>().toMatchTypeOf<MemberRatingOutcome>();
    expectTypeOf(rateMembers([]).outcomes).toEqualTypeOf<readonly MemberRatingOutcome[]>();
  });
  it('facts reject unknown levels at compile time', () => {
    expectTypeOf<MemberRatingFacts['proposedLevel']>().toEqualTypeOf<RatingLevel | undefined>();
    expectTypeOf<{ year: 2025; role: 'nonLeader' }>().toMatchTypeOf<MemberRatingFacts>();
    expectTypeOf<{ year: 2025; role: 'boss' }>().not.toMatchTypeOf<MemberRatingFacts>();
  });
  it('checkQuota and rulesFor', () => {
    expectTypeOf(checkQuota(['good'], { year: 2025 })).toEqualTypeOf<RatingQuotaCheck>();
    expectTypeOf(rulesFor(2025).criteria[0]!.use).toEqualTypeOf<'applied' | 'informational' | 'unverified'>();
  });
});
