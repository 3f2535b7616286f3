import { describe, expect, it } from 'vitest';
import { manifestationGroups, manifestations } from '../../src/index.js';
import { fixtureJson } from '../support/fixtures.js';

/**
 * The catalog must not drift from the domain reference: when the reference gains a verified text,
 * this test fails until src/catalog/data.ts is updated (one edit). It reads the copy of
 * ../shared/domain/manifestations.json kept in tests/fixtures/shared/domain/, so it runs in any
 * clone; tests/support/fixtures.test.ts fails when that copy no longer matches ../shared (in CI),
 * and `node scripts/sync-fixtures.mjs` refreshes it.
 */
interface RefItem {
  id: string;
  group: number;
  number: number;
  status: 'verified' | 'partial' | 'unverified';
  vi: string | null;
  viPartial: string | null;
  gistVi: string | null;
  sources: string[];
}
interface Ref {
  document: { number: string; signedDate: string };
  groups: { group: number; headingVi: string }[];
  items: RefItem[];
}

const ref = fixtureJson<Ref>('domain/manifestations.json');

describe('catalog vs domain/manifestations.json (tests/fixtures copy of ../shared)', () => {
  it('has the same 27 ids in the same order, with group and number', () => {
    expect(manifestations.map((m) => [m.id, m.group, m.number])).toEqual(ref.items.map((i) => [i.id, i.group, i.number]));
  });

  it('keeps every text status of the reference', () => {
    expect(manifestations.map((m) => m.textStatus)).toEqual(ref.items.map((i) => i.status));
  });

  it.each(ref.items.filter((i) => i.status === 'verified'))('verified text of $id is byte-identical (NFC)', (item) => {
    const m = manifestations.find((x) => x.id === item.id);
    expect(m?.textVi).toBe(item.vi);
    expect(Buffer.from(m?.textVi ?? '', 'utf8').equals(Buffer.from(item.vi ?? '', 'utf8'))).toBe(true);
    expect(m?.textVi).toBe(m?.textVi?.normalize('NFC'));
  });

  it.each(ref.items.filter((i) => i.status === 'partial'))('partial text of $id is the seen part, unchanged', (item) => {
    const m = manifestations.find((x) => x.id === item.id);
    expect(m?.textVi).toBe(item.viPartial);
  });

  it.each(ref.items.filter((i) => i.status === 'unverified'))('unverified $id carries no official text', (item) => {
    const m = manifestations.find((x) => x.id === item.id);
    expect(m?.textVi).toBeNull();
    expect(m?.gistVi).toBe(item.gistVi);
  });

  it('keeps the sources and the group headings of the reference', () => {
    expect(manifestations.map((m) => m.sources)).toEqual(ref.items.map((i) => i.sources));
    expect(manifestationGroups.map((g) => g.headingVi)).toEqual(ref.groups.map((g) => g.headingVi));
  });

  it('cites the document the reference names', () => {
    for (const m of manifestations) {
      expect(m.citation.document.signedOn).toBe(ref.document.signedDate);
      expect(m.citation.document.key.startsWith(ref.document.number)).toBe(true);
    }
  });
});
