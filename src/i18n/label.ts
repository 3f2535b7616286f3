/**
 * A user-facing text in both languages of the library.
 * @category Labels
 */
export interface Label {
  /** Vietnamese (NFC). */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * The two languages nq4 writes in.
 * @category Labels
 */
export type Language = 'vi' | 'en';
