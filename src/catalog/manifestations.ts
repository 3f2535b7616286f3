import * as z from 'zod/mini';
import { fail, issue, missingFieldIssue, Nq4Error, textInput } from '../errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { Label } from '../i18n/label.js';
import type { TextStatus } from '../i18n/vocabulary.js';
import { cite, type Citation } from '../legal/citation.js';
import { NQ04_OF_2016 } from '../legal/documents.js';
import { GROUP_DATA, MANIFESTATION_DATA } from './data.js';
import { MANIFESTATION_IDS } from './ids.js';
import { CATALOG_MESSAGES } from './_messages.js';

/**
 * A group of manifestations: 1 political ideology, 2 ethics and lifestyle,
 * 3 "tự diễn biến", "tự chuyển hóa".
 * @category Catalog
 */
export type ManifestationGroupNumber = 1 | 2 | 3;

/**
 * A catalog id, exactly as the domain reference names it: `"G1-1"` … `"G3-9"`.
 * @category Catalog
 */
export type ManifestationId = `G${ManifestationGroupNumber}-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;

/** The ids module imports nothing (no cycle); its list is checked against the id type here, at compile time only. @internal */
export type _IdsAreManifestationIds<T extends ManifestationId = (typeof MANIFESTATION_IDS)[number]> = T;

/**
 * One of the 27 manifestations of NQ 04-NQ/TW.
 *
 * `textVi` is official wording only: the whole item when `textStatus` is `"verified"`, the part
 * seen (with `[…]` where text was not seen) when `"partial"`, and `null` when `"unverified"`.
 * Our English rendering `textEn` follows the same limits.
 * @category Catalog
 */
export interface Manifestation {
  /** `"G1-1"` … `"G3-9"`. */
  readonly id: ManifestationId;
  /** The group, 1–3. */
  readonly group: ManifestationGroupNumber;
  /** Position within the group, 1–9. */
  readonly number: number;
  /** How much of the official wording is verified. */
  readonly textStatus: TextStatus;
  /** Official Vietnamese wording (NFC), as far as verified; `null` when none was seen. */
  readonly textVi: string | null;
  /** A topic hint from an unofficial source (a mnemonic poem, a news summary); **never** official text. */
  readonly gistVi: string | null;
  /** Short label, in nq4's words. */
  readonly label: Label;
  /** nq4's own English rendering of the item, limited to what is verified. */
  readonly textEn: string;
  /** The citation: Part I of NQ 04-NQ/TW, this group and item. */
  readonly citation: Citation;
  /** The group's heading in Vietnamese (wording common to all sources). */
  readonly groupHeadingVi: string;
  /** Where the reference saw the wording. */
  readonly sources: readonly string[];
}

/**
 * A group of nine manifestations, with its heading and labels.
 * @category Catalog
 */
export interface ManifestationGroup {
  /** 1, 2 or 3. */
  readonly group: ManifestationGroupNumber;
  /** Heading in Vietnamese: the wording every source shares; the resolution's own heading line was not seen. */
  readonly headingVi: string;
  /** Heading in English (nq4's rendering). */
  readonly headingEn: string;
  /** Short label. */
  readonly label: Label;
  /** The ids of its nine items, in order. */
  readonly ids: readonly ManifestationId[];
  /** Citation: Part I of NQ 04-NQ/TW. */
  readonly citation: Citation;
}

// The resolution itself, not the whole document table: the catalog is all `getManifestation` needs.
const RESOLUTION = NQ04_OF_2016;
const LIST_NOTE: Label = CATALOG_MESSAGES.listNote;

/**
 * The 27 manifestations in official order, deeply frozen.
 *
 * @example
 * ```ts
 * import { manifestations } from 'nq4';
 * manifestations.length; // 27
 * manifestations.filter((m) => m.textStatus === 'verified').length; // 12
 * ```
 * @category Catalog
 */
export const manifestations: readonly Manifestation[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ MANIFESTATION_DATA.map(
    (d): Manifestation => ({
      id: d.id,
      group: d.group,
      number: d.number,
      textStatus: d.textStatus,
      textVi: d.textVi,
      gistVi: d.gistVi,
      label: { vi: d.labelVi, en: d.labelEn },
      textEn: d.textEn,
      citation: cite(
        RESOLUTION,
        {
          part: 'I',
          item: { vi: `biểu hiện ${d.number} thuộc nhóm ${d.group}`, en: `item ${d.number} of group ${d.group}` },
          effectiveFrom: RESOLUTION.signedOn,
          note: LIST_NOTE,
        },
        d.textStatus === 'verified' ? 'quotedSecondHand' : d.textStatus === 'partial' ? 'quotedPartial' : 'unverified',
      ),
      groupHeadingVi: GROUP_DATA[d.group - 1]?.headingVi ?? '',
      sources: d.sources,
    }),
  ),
);

/**
 * The three groups with their headings, labels and item ids, deeply frozen.
 *
 * @example
 * ```ts
 * import { manifestationGroups } from 'nq4';
 * manifestationGroups[1].headingVi; // 'Biểu hiện suy thoái về đạo đức, lối sống'
 * ```
 * @category Catalog
 */
export const manifestationGroups: readonly ManifestationGroup[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ GROUP_DATA.map(
    (g): ManifestationGroup => ({
      group: g.group,
      headingVi: g.headingVi,
      headingEn: g.headingEn,
      label: { vi: g.labelVi, en: g.labelEn },
      ids: MANIFESTATION_DATA.filter((d) => d.group === g.group).map((d) => d.id),
      citation: cite(RESOLUTION, { part: 'I', effectiveFrom: RESOLUTION.signedOn, note: LIST_NOTE }, 'quotedSecondHand'),
    }),
  ),
);

const BY_ID: ReadonlyMap<string, Manifestation> = /* @__PURE__ */ new Map(/* @__PURE__ */ manifestations.map((m) => [m.id, m]));

/**
 * True when `id` is one of the 27 catalog ids (a type guard).
 *
 * @example
 * ```ts
 * import { isManifestationId } from 'nq4';
 * isManifestationId('G2-7'); // true
 * isManifestationId('G2-10'); // false
 * ```
 * @category Catalog
 */
export function isManifestationId(id: unknown): id is ManifestationId {
  return typeof id === 'string' && BY_ID.has(id);
}

/**
 * A `zod/mini` schema accepting exactly the 27 catalog ids, for callers and areas that compose
 * schemas (it works inside classic `zod` schemas too). Marked pure: an app that does not use it
 * does not bundle zod for it.
 * @example
 * ```ts
 * import { manifestationIdSchema } from 'nq4';
 * manifestationIdSchema.safeParse('G3-9').success; // true
 * manifestationIdSchema.safeParse('G3-10').success; // false
 * ```
 * @category Catalog
 */
export const manifestationIdSchema: z.ZodMiniEnum<{ [K in ManifestationId]: K }> = /* @__PURE__ */ z.enum(MANIFESTATION_IDS);

/**
 * The manifestation with this id.
 *
 * @example
 * ```ts
 * import { getManifestation } from 'nq4';
 * getManifestation('G2-7').label.en; // 'Embezzlement, corruption, abuse of office'
 * ```
 * @throws {@link Nq4Error} `unknown_id` naming the id when it is not `G1-1` … `G3-9`.
 * @category Catalog
 */
export function getManifestation(id: ManifestationId | string): Manifestation {
  // A table lookup is the whole check: no schema, so an app that only reads the catalog bundles no zod.
  const valid = textInput(id, 32, ['id']);
  const m = BY_ID.get(valid.trim().toUpperCase());
  if (m) return m;
  // Echo the id only when it has the shape of a catalog id: anything else may be personal data.
  const idLike = /^G\d{1,2}-\d{1,2}$/i.test(valid.trim());
  const message = CATALOG_MESSAGES.unknownId(idLike ? `"${valid.trim()}"` : undefined);
  return fail('unknown_id', ['id'], message.vi, message.en);
}

/**
 * The group with this number.
 *
 * @example
 * ```ts
 * import { getManifestationGroup } from 'nq4';
 * getManifestationGroup(3).label.en; // '"Self-evolution", "self-transformation"'
 * ```
 * @throws {@link Nq4Error} `invalid_value` for a number other than 1, 2 or 3 (`missing` when absent).
 * @category Catalog
 */
export function getManifestationGroup(group: ManifestationGroupNumber): ManifestationGroup {
  if (group === 1 || group === 2 || group === 3) return manifestationGroups[group - 1] as ManifestationGroup;
  throw new Nq4Error([
    group === undefined
      ? missingFieldIssue(['group'])
      : issue('invalid_value', ['group'], CATALOG_MESSAGES.groupInvalid.vi, CATALOG_MESSAGES.groupInvalid.en),
  ]);
}
