import { describe, expect, it } from 'vitest';
import { NUMBER_TOKEN, tokenize, tokenizeClassified } from '../../src/extract/tokenize.js';

// The flags of tokenizeClassified line up with the tokens after numbers are merged, and the key
// memo shared with tokenize never hands one word's flags to another.
describe('tokenizeClassified', () => {
  const classify = (key: string): number => (key.length % 7) + 1;

  it('gives each word token its classification, each number NUMBER_TOKEN and every other token 0, aligned after merging numbers', () => {
    const text = 'Kỷ luật 2.447 đảng viên, 32/44 tổ chức (chiếm 72,7%); ngày 17/09/2018 khiển trách hai người.';
    const { tokens, flags } = tokenizeClassified(text, classify);
    expect(tokens.map((t) => t.key)).toEqual(tokenize(text).map((t) => t.key));
    expect(flags.length).toBe(tokens.length);
    tokens.forEach((t, i) => expect(flags[i], `${i} ${t.key}`).toBe(t.kind === 'word' ? classify(t.key) : t.kind === 'number' ? NUMBER_TOKEN : 0));
    expect(tokens.filter((t) => t.kind === 'number').length).toBe(5);
  });

  it('classifies a word memoized by a plain tokenize call, and follows a change of classifier', () => {
    tokenize('nhắc nhở phê bình');
    const a = tokenizeClassified('nhắc nhở phê bình', classify);
    expect([...a.flags]).toEqual(a.tokens.map((t) => classify(t.key)));
    const other = (key: string): number => (key === 'bình' ? 9 : 3);
    const b = tokenizeClassified('nhắc nhở phê bình', other);
    expect([...b.flags]).toEqual([3, 3, 3, 9]);
  });
});
