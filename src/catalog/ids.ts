/**
 * The 27 catalog ids, `G1-1` … `G3-9`, without the catalog's text: what schemas and lookups
 * that only check an id need (a tally of findings bundles these 27 strings, not the catalog).
 * A test checks them against the catalog data.
 * @internal
 */

/** The 27 ids in official order. @internal */
export const MANIFESTATION_IDS = [
  'G1-1', 'G1-2', 'G1-3', 'G1-4', 'G1-5', 'G1-6', 'G1-7', 'G1-8', 'G1-9',
  'G2-1', 'G2-2', 'G2-3', 'G2-4', 'G2-5', 'G2-6', 'G2-7', 'G2-8', 'G2-9',
  'G3-1', 'G3-2', 'G3-3', 'G3-4', 'G3-5', 'G3-6', 'G3-7', 'G3-8', 'G3-9',
] as const;
