import { describe, expectTypeOf, it } from 'vitest';
import type { RatingLevel } from '../../src/i18n/vocabulary.js';
import { checkQuota } from '../../src/rating/checkQuota.js';
import type { RatingQuotaCheck } from '../../src/rating/checkQuota.js';
import { rateMember } from '../../src/rating/rateMember.js';
import { createMemberRater, rateMembers } from '../../src/rating/rateMembers.js';
import type { MemberRatingOutcome } from '../../src/rating/rateMembers.js';
import { findRatingRuleSet, ratingRuleSetFor, type RatingRuleSetChoice, type RatingRuleSetId } from '../../src/rating/registry.js';
import { getRulesForYear, rulesFor } from '../../src/rating/rulesFor.js';
import type { RatingRuleSet } from '../../src/rating/types.js';
import { rateOrganization } from '../../src/rating/rateOrganization.js';
import { safeRateMember, safeRateOrganization } from '../../src/rating/safe.js';
import type { MemberRatingFacts, OrganizationRatingFacts, RatingLevelCounts, RatingOptions, RatingResult } from '../../src/rating/types.js';
import type { RatingQuotaOptions } from '../../src/rating/checkQuota.js';
import type { SafeResult } from '../../src/errors.js';

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
  it('checkQuota and getRulesForYear', () => {
    expectTypeOf(checkQuota(['good'], { year: 2025 })).toEqualTypeOf<RatingQuotaCheck>();
    expectTypeOf(getRulesForYear(2025).criteria[0]!.use).toEqualTypeOf<'applied' | 'informational' | 'unverified'>();
  });
});

describe('typed inputs: a misspelt field, a wrong enum value or a wrong option name does not compile', () => {
  const facts: MemberRatingFacts = { year: 2025, role: 'nonLeader', score: 80 };
  const org: OrganizationRatingFacts = { year: 2025, kind: 'partyCell' };

  it('rateMember', () => {
    expectTypeOf(rateMember).parameter(0).toEqualTypeOf<MemberRatingFacts>();
    expectTypeOf(rateMember).parameter(1).toEqualTypeOf<RatingOptions | undefined>();
    // @ts-expect-error misspelt field
    rateMember({ yaer: 2025, role: 'nonLeader' });
    // @ts-expect-error wrong enum value
    rateMember({ year: 2025, role: 'boss' });
    // @ts-expect-error wrong option name
    rateMember(facts, { bandRead: 'strict' });
    // @ts-expect-error wrong option value
    rateMember(facts, { bandReading: 'loose' });
    // @ts-expect-error unknown input is not accepted any more
    rateMember(JSON.parse('{}') as unknown);
  });

  it('rateOrganization', () => {
    expectTypeOf(rateOrganization).parameter(0).toEqualTypeOf<OrganizationRatingFacts>();
    expectTypeOf(rateOrganization).parameter(1).toEqualTypeOf<RatingOptions | undefined>();
    // @ts-expect-error misspelt field
    rateOrganization({ year: 2025, kind: 'partyCell', scor: 90 });
    // @ts-expect-error wrong enum value
    rateOrganization({ year: 2025, kind: 'club' });
    // @ts-expect-error wrong option name
    rateOrganization(org, { ruleSett: 'qd366' });
  });

  it('rateMembers and createMemberRater', () => {
    expectTypeOf(rateMembers).parameter(0).toEqualTypeOf<readonly MemberRatingFacts[]>();
    expectTypeOf(rateMembers).parameter(1).toEqualTypeOf<RatingOptions | undefined>();
    expectTypeOf(createMemberRater).parameter(1).toEqualTypeOf<RatingOptions | undefined>();
    // @ts-expect-error misspelt field
    rateMembers([facts, { yaer: 2025 }]);
    // @ts-expect-error wrong enum value
    rateMembers([{ year: 2025, proposedLevel: 'great' }]);
    // @ts-expect-error wrong option name
    rateMembers([facts], { assumeNoEvent: true });
    // @ts-expect-error wrong option name
    createMemberRater('qd366', { assumeNoEvent: true });
    const rate = createMemberRater('qd366');
    // @ts-expect-error misspelt field
    rate({ yaer: 2025 });
  });

  it('safeRateMember and safeRateOrganization', () => {
    expectTypeOf(safeRateMember).parameter(0).toEqualTypeOf<MemberRatingFacts>();
    expectTypeOf(safeRateOrganization).parameter(0).toEqualTypeOf<OrganizationRatingFacts>();
    expectTypeOf(safeRateMember(facts)).toEqualTypeOf<SafeResult<RatingResult>>();
    // @ts-expect-error misspelt field
    safeRateMember({ yaer: 2025 });
    // @ts-expect-error wrong enum value
    safeRateOrganization({ year: 2025, kind: 'club' });
    // @ts-expect-error wrong option name
    safeRateMember(facts, { scoreDecimal: 2 });
  });

  it('checkQuota', () => {
    expectTypeOf(checkQuota).parameter(0).toEqualTypeOf<readonly RatingLevel[] | RatingLevelCounts>();
    expectTypeOf(checkQuota).parameter(1).toEqualTypeOf<RatingQuotaOptions>();
    // @ts-expect-error misspelt field
    checkQuota({ excellent: 1, god: 2, satisfactory: 0, unsatisfactory: 0 }, { year: 2025 });
    // @ts-expect-error wrong enum value
    checkQuota(['great'], { year: 2025 });
    // @ts-expect-error wrong option name
    checkQuota(['good'], { yaer: 2025 });
    // @ts-expect-error wrong option value
    checkQuota(['good'], { year: 2025, rounding: 'up' });
  });

  it('getRulesForYear and findRatingRuleSet', () => {
    expectTypeOf(getRulesForYear).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(getRulesForYear).parameter(1).toEqualTypeOf<RatingRuleSetChoice | undefined>();
    expectTypeOf(findRatingRuleSet).parameter(1).toEqualTypeOf<RatingRuleSetChoice | undefined>();
    getRulesForYear(2025, { ruleSetBy: 'yearStart' });
    // @ts-expect-error a year is a number
    getRulesForYear('2025');
    // @ts-expect-error wrong enum value
    getRulesForYear(2025, { ruleSetBy: 'yearMiddle' });
    // @ts-expect-error wrong option name
    getRulesForYear(2025, { rulesSet: 'qd366' });
    // @ts-expect-error wrong option name
    findRatingRuleSet(2023, { ruleSetby: 'yearStart' });
  });

  it('the former names still compile for one minor', () => {
    expectTypeOf(rulesFor).toEqualTypeOf(getRulesForYear);
    expectTypeOf(ratingRuleSetFor).toEqualTypeOf(findRatingRuleSet);
    rulesFor(2025, { at: 'yearStart' });
    ratingRuleSetFor(2023, { at: 'yearStart' });
    // @ts-expect-error wrong enum value
    rulesFor(2025, { at: 'yearMiddle' });
  });

  it('the rule-set ids come from the registry list; public rule sets carry no engine hook', () => {
    expectTypeOf<RatingRuleSetId>().toEqualTypeOf<'hd27' | 'hd16' | 'hd21' | 'qd124' | 'qd366'>();
    expectTypeOf<RatingRuleSet>().not.toHaveProperty('evaluateMember');
    expectTypeOf<RatingRuleSet>().not.toHaveProperty('evaluateOrganization');
  });
});
