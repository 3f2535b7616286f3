/**
 * Every text the catalog writes, keyed by code, Vietnamese and English side by side: the note its
 * citations carry and the messages of its lookups' errors.
 * @module
 */
import type { Label } from '../i18n/label.js';

/** The texts of the catalog and its lookups. */
export const CATALOG_MESSAGES = {
  /** The note on every catalog citation: where the list sits in the resolution. */
  listNote: {
    vi: 'Danh mục nằm ở Phần I của Nghị quyết; số và tên tiểu mục chưa được đối chiếu.',
    en: 'The list sits in Part I of the resolution; the sub-section number and heading were not seen.',
  } satisfies Label,
  /** `unknown_id` of `getManifestation`; `shown` is the quoted id when it has an id's shape, else undefined. */
  unknownId: (shown: string | undefined): Label => ({
    vi: `Mã biểu hiện ${shown ?? 'đã cho'} không có trong danh mục (G1-1 … G3-9).`,
    en: `Manifestation id ${shown ?? 'given'} is not in the catalog (G1-1 … G3-9).`,
  }),
  /** `invalid_value` of `getManifestationGroup`. */
  groupInvalid: { vi: 'Giá trị không hợp lệ; chấp nhận: 1, 2, 3.', en: 'Invalid value; expected one of: 1, 2, 3.' } satisfies Label,
};
