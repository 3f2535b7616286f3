/**
 * How each rating rule set rates an organization, by rule-set id. Kept apart from the engine rule
 * sets (`ratingEngines`) so that a bundle that only rates members leaves the organization rules
 * out; the public rule sets carry the same functions as `evaluateOrganization`.
 * @internal
 */
import { hd16Organization } from './ruleSets/hd16.js';
import { hd21Organization } from './ruleSets/hd21.js';
import { hd27Organization } from './ruleSets/hd27.js';
import { qd124Organization } from './ruleSets/qd124.js';
import { qd366Organization } from './ruleSets/qd366.js';
import type { RatingRuleSet } from './types.js';

const BY_ID: Readonly<Record<string, RatingRuleSet['evaluateOrganization']>> = /* @__PURE__ */ Object.freeze({
  hd27: hd27Organization,
  hd16: hd16Organization,
  hd21: hd21Organization,
  qd124: qd124Organization,
  qd366: qd366Organization,
});

/** The organization rating of the rule set `id` (one of `ratingEngines`). @internal */
export function organizationEvaluator(id: string): RatingRuleSet['evaluateOrganization'] {
  const f = BY_ID[id];
  if (f === undefined) throw new TypeError('nq4 internal: no organization rating for ' + id);
  return f;
}
