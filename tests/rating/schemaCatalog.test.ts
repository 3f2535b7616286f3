import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { itAcceptsValidAndRejectsMisspelt, itConvertsToJsonSchema, parse } from '../support/schemaCatalog.js';
import * as ratingArea from '../../src/rating/index.js';
import { checkQuota, rateMember, rateMembers, rateOrganization, rulesFor, type RatingResult } from '../../src/rating/index.js';
import { ratingSchemaCatalog as catalog } from '../../src/rating/schemaCatalog.js';
import type { OrganizationRatingFacts } from '../../src/rating/types.js';
import { member2025 } from './_fixtures.js';

/**
 * The catalog behind `schemas/`: every output schema accepts the real results of the functions
 * (a field a result has and the schema lacks, or a wrong type, fails the parse: the schemas are
 * strict), every input schema accepts a valid argument and rejects a misspelt field, and every
 * schema converts to JSON Schema both ways.
 */


/** Members across every rule set and the main paths: rated, notRated, incomplete, forced, leader, proposal. */
const memberResults = (): RatingResult[] => [
  rateMember(member2025()),
  rateMember(member2025({ score: 95, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 4 }, proposedLevel: 'excellent' })),
  rateMember(member2025({ exemptFromActivity: true })),
  rateMember(member2025({ admittedOn: '2025-09-01', reviewOn: '2025-12-10' })),
  rateMember(member2025({ disciplines: [{ form: 'reprimand', decidedOn: '2025-03-01', relatedToOfficialDuty: true, selfReportedAndRemedied: true }] })),
  rateMember(member2025({ role: 'leader', leader: { unitsLed: 4, unitsLedUnsatisfactory: 3, lowConfidenceVotePercent: 60 } })),
  rateMember(member2025({ score: 59.96 }), { scoreDecimals: 1, gapFallback: 'unsatisfactory' }),
  rateMember(member2025({ score: 60, tasks: { assigned: 10, completed: 10, onTime: 7, exceeded: 0 } })),
  rateMember({ year: 2025 }),
  rateMember({ year: 2025, score: 80 }, { ruleSet: 'hd21' }),
  rateMember({ year: 2016, score: 80 }),
  rateMember({ year: 2018, criteria: { taskResults: 'good', other: 'good' } }),
  rateMember({ year: 2020, criteria: { taskResults: 'excellent', other: 'good' }, civilServiceLevel: 'excellent', sickLeaveMonths: 4 }, { assumeNoEvents: true }),
  rateMember({ year: 2023, criteria: { taskResults: 'poor', other: 'good' }, sickLeaveMonths: 4 }, { sickLeaveV3: 'actualWork' }),
  rateMember({ year: 2023, score: 80 }, { ruleSetAt: 'yearStart', acceptParaphrasedCriteria: true }),
];

const organization = (over: Partial<OrganizationRatingFacts> & Pick<OrganizationRatingFacts, 'year' | 'kind'>): OrganizationRatingFacts => over;
const organizationResults = (): RatingResult[] => [
  rateOrganization(organization({ year: 2016, kind: 'partyCell', members: { excellent: 1, good: 2, satisfactory: 1, unsatisfactory: 5 } })),
  rateOrganization(organization({ year: 2018, kind: 'partyCommittee', subUnits: { excellent: 1, good: 5, satisfactory: 2, unsatisfactory: 0 } })),
  rateOrganization(organization({ year: 2020, kind: 'partyCell', members: { excellent: 2, good: 8, satisfactory: 0, unsatisfactory: 0 }, criteria: { taskResults: 'excellent', other: 'good' } })),
  rateOrganization(organization({ year: 2023, kind: 'leadershipCollective', disunityConcluded: true }), { acceptParaphrasedCriteria: true }),
  rateOrganization(organization({ year: 2025, kind: 'leadershipCollective', score: 92, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 3 }, proposedLevel: 'good' })),
  rateOrganization(organization({ year: 2025, kind: 'agency', score: 40 })),
  rateOrganization(organization({ year: 2025, kind: 'partyCell', score: 95 })),
];

describe('ratingSchemaCatalog outputs parse real results', () => {
  it('RatingResult: rateMember under every rule set and path', () => {
    const results = memberResults();
    expect(new Set(results.map((r) => r.ruleSet.id))).toEqual(new Set(['hd27', 'hd16', 'hd21', 'qd124', 'qd366']));
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['rated', 'notRated', 'unclassified']));
    expect(results.some((r) => r.proposal !== undefined)).toBe(true);
    expect(results.some((r) => r.blockedBy.length > 0)).toBe(true);
    expect(results.some((r) => r.forcedLevel !== undefined && r.discretionAvailable)).toBe(true);
    expect(results.some((r) => r.missing.length > 0)).toBe(true);
    expect(results.some((r) => r.unverified.length > 0)).toBe(true);
    expect(results.some((r) => r.options.length > 0)).toBe(true);
    for (const r of results) parse(catalog.outputs.RatingResult, r);
  });

  it('RatingResult: rateOrganization for every kind', () => {
    const results = organizationResults();
    expect(new Set(results.map((r) => r.subject))).toEqual(new Set(['organization']));
    for (const r of results) parse(catalog.outputs.RatingResult, r);
  });

  it('RatingResult: a result with a field the type lacks, or a missing field, is rejected', () => {
    const r = rateMember(member2025());
    expect(z.safeParse(catalog.outputs.RatingResult, { ...r, extra: 1 }).success).toBe(false);
    const { explanation: _dropped, ...withoutExplanation } = r;
    expect(z.safeParse(catalog.outputs.RatingResult, withoutExplanation).success).toBe(false);
  });

  it('BatchRating: rateMembers', () => {
    const batch = rateMembers([member2025(), member2025({ exemptFromActivity: true }), { year: 2025 }, { year: 2020, score: 80 }], { assumeNoEvents: false });
    expect(batch.outcomes).toHaveLength(4);
    parse(catalog.outputs.BatchRating, batch);
    parse(catalog.outputs.BatchRating, rateMembers([]));
  });

  it('RatingQuotaCheck: checkQuota within, exceeded, with the exception, for organizations, unverified', () => {
    const checks = [
      checkQuota({ excellent: 7, good: 23, satisfactory: 0, unsatisfactory: 0 }, { year: 2020 }),
      checkQuota({ excellent: 6, good: 24, satisfactory: 0, unsatisfactory: 0 }, { year: 2020, formula: 'pool', rounding: 'round', minimumOne: true, groupId: 'g1' }),
      checkQuota(['excellent', 'good', 'good', 'good', 'good', 'satisfactory'], { year: 2025, outstandingUnitException: true }),
      checkQuota({ excellent: 1, good: 4, satisfactory: 0, unsatisfactory: 0 }, { year: 2020, subject: 'organization' }),
      checkQuota({ excellent: 0, good: 2, satisfactory: 0, unsatisfactory: 0 }, { ruleSet: 'qd366' }),
      checkQuota({ excellent: 1, good: 2, satisfactory: 0, unsatisfactory: 0 }, { year: 2016 }),
    ];
    expect(new Set(checks.map((c) => c.status))).toEqual(new Set(['within', 'exceeded', 'unverified']));
    for (const c of checks) parse(catalog.outputs.RatingQuotaCheck, c);
  });

  it('RatingRules: rulesFor every rule set', () => {
    const all = [2016, 2018, 2020, 2023, 2025].map((y) => rulesFor(y));
    expect(all.map((r) => r.ruleSet.id)).toEqual(['hd27', 'hd16', 'hd21', 'qd124', 'qd366']);
    for (const r of [...all, rulesFor(2023, { at: 'yearStart' }), rulesFor(2014, { ruleSet: 'qd366' })]) parse(catalog.outputs.RatingRules, r);
  });
});

/** A valid argument and one with a misspelt field (or, for a scalar, a wrong value), per input. */
const examples: Record<keyof typeof catalog.inputs, { readonly valid: readonly unknown[]; readonly invalid: unknown }> = {
  'rateMember.facts': { valid: [member2025(), { year: 2025 }], invalid: { yaer: 2025 } },
  'rateMember.options': { valid: [undefined, { ruleSet: 'hd21', assumeNoEvents: true }], invalid: { assumeNoEvent: true } },
  'rateOrganization.facts': { valid: [{ year: 2016, kind: 'partyCell', members: { excellent: 1, good: 2, satisfactory: 1, unsatisfactory: 5 } }], invalid: { year: 2025, kind: 'partyCell', member: {} } },
  'rateOrganization.options': { valid: [{ acceptParaphrasedCriteria: true }], invalid: { acceptParaphrased: true } },
  'rateMembers.facts': { valid: [[member2025(), { year: 2020 }], []], invalid: [member2025(), { year: 2025, scroe: 80 }] },
  'rateMembers.options': { valid: [{ scoreDecimals: 1 }], invalid: { scoreDecimal: 1 } },
  'createMemberRater.options': { valid: [{ ruleSet: 'qd366', bandReading: 'strict' }], invalid: { ruleSet: 'qd366', bandreading: 'strict' } },
  'checkQuota.ratings': { valid: [['excellent', 'good'], { excellent: 1, good: 4, satisfactory: 0, unsatisfactory: 0 }], invalid: { excelent: 1, good: 4, satisfactory: 0, unsatisfactory: 0 } },
  'checkQuota.options': { valid: [{ year: 2020, formula: 'pool' }], invalid: { yaer: 2020 } },
  'getRulesForYear.year': { valid: [2025], invalid: 2025.5 },
  'getRulesForYear.options': { valid: [undefined, { ruleSetBy: 'yearStart' }, { at: 'yearStart' }], invalid: { ruleset: 'qd366' } },
  'findRatingRuleSet.year': { valid: [2025], invalid: 2025.5 },
  'findRatingRuleSet.options': { valid: [undefined, { ruleSet: 'hd21' }, { ruleSetBy: 'yearStart' }], invalid: { ruleSetAt: 'yearStart' } },
  'rulesFor.year': { valid: [2025], invalid: 2025.5 },
  'rulesFor.options': { valid: [undefined, { at: 'yearStart' }], invalid: { ruleset: 'qd366' } },
};

describe('ratingSchemaCatalog inputs', () => {
  it('lists every public function of the area that validates its arguments, in argument order', () => {
    const deprecatedAliases = new Set(['ratingRuleSetFor', 'rulesFor']); // the same function as findRatingRuleSet, listed under its new name only
    const notValidated = deprecatedAliases;
    const wrappers = /^safe[A-Z]/; // same arguments as the function they wrap
    const functions = Object.entries(ratingArea)
      .filter(([name, value]) => typeof value === 'function' && !notValidated.has(name) && !wrappers.test(name))
      .map(([name]) => name)
      .sort();
    const listed = [...new Set(Object.keys(catalog.inputs).map((k) => k.split('.')[0]))].filter((n) => !deprecatedAliases.has(n as string)).sort();
    expect(listed).toEqual(functions);
    expect(Object.keys(catalog.inputs).filter((k) => k.startsWith('rateMember.'))).toEqual(['rateMember.facts', 'rateMember.options']);
    expect(Object.keys(catalog.inputs).filter((k) => k.startsWith('checkQuota.'))).toEqual(['checkQuota.ratings', 'checkQuota.options']);
  });

  itAcceptsValidAndRejectsMisspelt(catalog.inputs, examples);

  it('the input schemas are the ones the functions parse with (a misspelt field is an error there too)', () => {
    expect(() => rateMember({ yaer: 2025 } as never)).toThrow();
    expect(() => rulesFor(2025, { ruleset: 'qd366' } as never)).toThrow();
    expect(() => checkQuota({ excelent: 1, good: 4, satisfactory: 0, unsatisfactory: 0 } as never, { year: 2020 })).toThrow();
  });
});

describe('ratingSchemaCatalog converts to JSON Schema', () => {
  itConvertsToJsonSchema(catalog);

  it('objects are closed and the facts keep their required fields', () => {
    const facts = z.toJSONSchema(catalog.inputs['rateOrganization.facts'], { io: 'input', unrepresentable: 'any' }) as { additionalProperties?: unknown; required?: string[] };
    expect(facts.additionalProperties).toBe(false);
    expect(facts.required).toEqual(['year', 'kind']);
    const result = z.toJSONSchema(catalog.outputs.RatingResult, { io: 'output', unrepresentable: 'any' }) as { required?: string[] };
    expect(result.required).toEqual(['subject', 'status', 'allowedLevels', 'discretionAvailable', 'blockedBy', 'missing', 'unverified', 'ruleSet', 'options', 'explanation']);
  });
});
