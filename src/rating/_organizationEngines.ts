/**
 * How each rating rule set rates an organization, by rule-set id: read from the rule-set modules
 * registered in `registry.ts`, apart from the engine rule sets (`ratingEngines`), so that a bundle
 * that only rates members leaves the organization rules out.
 * @internal
 */
export { organizationEvaluator } from './registry.js';
