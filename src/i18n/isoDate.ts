/**
 * An ISO calendar date, `YYYY-MM-DD`: a Vietnamese calendar day, never an instant.
 * @category Vocabulary
 */
export type IsoDate = string;
