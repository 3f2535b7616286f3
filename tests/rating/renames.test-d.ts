import { describe, expectTypeOf, it } from 'vitest';
import { checkQuota, createMemberRater, type CheckQuotaOptions, type MemberRater, type RatingQuotaOptions } from '../../src/index.js';

/** Issue 16 renames of the rating area, as types: the new names are the ones used, the old ones the same types. */
describe('rating renames (types)', () => {
  it('checkQuota takes CheckQuotaOptions; RatingQuotaOptions is the same type', () => {
    expectTypeOf(checkQuota).parameter(1).toEqualTypeOf<CheckQuotaOptions>();
    expectTypeOf<RatingQuotaOptions>().toEqualTypeOf<CheckQuotaOptions>();
  });

  it('createMemberRater takes { ruleSet, ...options }, or (deprecated) the id first', () => {
    expectTypeOf(createMemberRater({ ruleSet: 'qd366', assumeNoEvents: true })).toEqualTypeOf<MemberRater>();
    expectTypeOf(createMemberRater('qd366', { assumeNoEvents: true })).toEqualTypeOf<MemberRater>();
    // @ts-expect-error: the options form names its rule set
    createMemberRater({ assumeNoEvents: true });
    // @ts-expect-error: a misspelt option fails to compile in the options form too
    createMemberRater({ ruleSet: 'qd366', assumeNoEvent: true });
  });
});
