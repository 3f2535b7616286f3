import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DOCUMENT_KINDS,
  findPartyDocuments,
  formatDocumentId,
  Nq4Error,
  parseDocumentId,
  PARTY_DOCUMENTS,
  isSameDocumentId,
  type DocumentId,
} from '../../src/index.js';
import { frozen } from '../support/freeze.js';

describe('parseDocumentId / formatDocumentId', () => {
  it.each([
    ['04-NQ/TW', { number: 4, kind: 'NQ', issuer: 'TW' }, '04-NQ/TW'],
    ['04-KH/TW', { number: 4, kind: 'KH', issuer: 'TW' }, '04-KH/TW'],
    ['132-QĐ/TW', { number: 132, kind: 'QĐ', issuer: 'TW' }, '132-QĐ/TW'],
    ['132-QD/TW', { number: 132, kind: 'QĐ', issuer: 'TW' }, '132-QĐ/TW'],
    ['21-HD/BTCTW', { number: 21, kind: 'HD', issuer: 'BTCTW' }, '21-HD/BTCTW'],
    ['05-HD/UBKTTW', { number: 5, kind: 'HD', issuer: 'UBKTTW' }, '05-HD/UBKTTW'],
    ['07-QĐi/TW', { number: 7, kind: 'QĐi', issuer: 'TW' }, '07-QĐi/TW'],
    ['07-QDi/TW', { number: 7, kind: 'QĐi', issuer: 'TW' }, '07-QĐi/TW'],
    [' 366 - qđ / tw ', { number: 366, kind: 'QĐ', issuer: 'TW' }, '366-QĐ/TW'],
    ['số 23-KH/TU', { number: 23, kind: 'KH', issuer: 'TU' }, '23-KH/TU'],
    ['09-KH/DU', { number: 9, kind: 'KH', issuer: 'ĐU' }, '09-KH/ĐU'],
    ['11/HD-BTCTW', { number: 11, kind: 'HD', issuer: 'BTCTW' }, '11-HD/BTCTW'],
    ['1825-CV/BTCTW', { number: 1825, kind: 'CV', issuer: 'BTCTW' }, '1825-CV/BTCTW'],
  ])('%s', (input, id, official) => {
    expect(parseDocumentId(input)).toEqual(id);
    expect(formatDocumentId(parseDocumentId(input))).toBe(official);
  });

  it('accepts NFD input', () => {
    expect(parseDocumentId('132-QĐ/TW'.normalize('NFD'))).toEqual({ number: 132, kind: 'QĐ', issuer: 'TW' });
  });

  it.each(['', 'NQ04', '04-XX/TW', '04-NQ', 'abc-NQ/TW', '0-NQ/TW', '04-NQ/TW/extra'])('rejects %j with an Nq4Error', (bad) => {
    expect(() => parseDocumentId(bad)).toThrowError(Nq4Error);
  });

  it('names the field for malformed ids given to formatDocumentId', () => {
    try {
      formatDocumentId({ number: 1.5, kind: 'NQ', issuer: 'TW' });
      expect.unreachable();
    } catch (error) {
      expect((error as Nq4Error).issues[0].path).toEqual(['number']);
    }
  });

  const idArb: fc.Arbitrary<DocumentId> = fc.record({
    number: fc.integer({ min: 1, max: 99999 }),
    kind: fc.constantFrom(...DOCUMENT_KINDS),
    issuer: fc.constantFrom('TW', 'BTCTW', 'UBKTTW', 'VPTW', 'TU', 'HU', 'ĐU', 'BCĐ'),
  });

  it('round-trips: parse(format(id)) equals id, and format is stable (property)', () => {
    fc.assert(
      fc.property(idArb, (id) => {
        const text = formatDocumentId(frozen({ ...id }));
        expect(parseDocumentId(text)).toEqual(id);
        expect(formatDocumentId(parseDocumentId(text))).toBe(text);
      }),
    );
  });

  it('round-trips tolerant spellings to the same official form (property)', () => {
    fc.assert(
      fc.property(idArb, fc.constantFrom('', ' ', '  '), (id, sp) => {
        const loose = `${id.number}${sp}-${sp}${id.kind.replace('Đ', 'D')}${sp}/${sp}${id.issuer}`;
        expect(isSameDocumentId(parseDocumentId(loose), id)).toBe(true);
      }),
    );
  });
});

describe('party documents', () => {
  it('identifies documents by number, issuer and date: the two 132-QĐ/TW differ', () => {
    const both = findPartyDocuments('132-QD/TW');
    expect(both.map((d) => d.signedOn)).toEqual(['2018-03-08', '2023-10-27']);
    expect(both[0]?.key).not.toBe(both[1]?.key);
    expect(PARTY_DOCUMENTS.qd132of2018.key).toBe('132-QĐ/TW@2018-03-08');
  });

  it('keeps every document key unique', () => {
    const keys = Object.values(PARTY_DOCUMENTS).map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(PARTY_DOCUMENTS)).toBe(true);
    expect(Object.isFrozen(PARTY_DOCUMENTS.qd69of2022)).toBe(true);
  });
});
