import { describe, expectTypeOf, it } from 'vitest';
import type {
  DisciplineCheckResult,
  DisciplineEffectsResult,
  LimitationResult,
  RatingQuotaCheck,
  RatingResult,
  ReconcileResult,
  ReviewRatingFactsResult,
  RuleResult,
  VerifySealResult,
} from '../../src/index.js';

// docs/conventions.md, "Results": a result a person acts on has the one base (status, ruleSet,
// options, explanation).
describe('results on the one base', () => {
  it('rating, quota, discipline, report and review results extend RuleResult', () => {
    expectTypeOf<RatingResult>().toExtend<RuleResult>();
    expectTypeOf<RatingQuotaCheck>().toExtend<RuleResult>();
    expectTypeOf<LimitationResult>().toExtend<RuleResult>();
    expectTypeOf<DisciplineCheckResult>().toExtend<RuleResult>();
    expectTypeOf<DisciplineEffectsResult>().toExtend<RuleResult>();
    expectTypeOf<ReconcileResult>().toExtend<RuleResult>();
    expectTypeOf<VerifySealResult>().toExtend<RuleResult>();
    expectTypeOf<ReviewRatingFactsResult>().toExtend<RuleResult>();
  });
  it('a result without a status is not on the base', () => {
    expectTypeOf<{ options: []; explanation: RatingResult['explanation'] }>().not.toExtend<RuleResult>();
  });
});
