import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, Nq4Error } from '../src/index.js';
import { fromZodIssues, parseInput, toSafe } from '../src/errors.js';

describe('Nq4Error at the zod boundary', () => {
  const schema = z.strictObject({
    name: z.string(),
    count: z.number().int().min(0),
    items: z.array(z.strictObject({ form: z.enum(['reprimand', 'warning']) })),
  });

  it('lists every issue with its path and a bilingual message', () => {
    try {
      parseInput(schema, { count: -1.5, items: [{ form: 'fine' }], extra: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Nq4Error);
      const e = error as Nq4Error;
      const byPath = Object.fromEntries(e.issues.map((i) => [formatPath(i.path), i.code]));
      expect(byPath).toMatchObject({ name: 'missing', 'items[0].form': 'invalid_value', extra: 'unknown_key' });
      expect(Object.keys(byPath)).toContain('count');
      for (const i of e.issues) {
        expect(i.messageVi.length).toBeGreaterThan(0);
        expect(i.messageEn.length).toBeGreaterThan(0);
      }
    }
  });

  it('never echoes the input value, which may be personal data', () => {
    const secret = 'Nguyễn Văn Bí Mật 0912345678';
    try {
      parseInput(schema, { name: 42, count: secret, items: secret });
      expect.unreachable();
    } catch (error) {
      const e = error as Nq4Error;
      expect(e.message).not.toContain('Nguyễn');
      expect(e.messageVi).not.toContain('0912345678');
      expect(JSON.stringify(e.issues)).not.toContain('Bí Mật');
    }
  });

  it('prefixes paths for later arguments and maps custom domain issues', () => {
    const refined = z.number().refine((n) => n < 10, {
      params: { nq4Code: 'inconsistent', messageVi: 'Quá lớn.', messageEn: 'Too large.' },
    });
    const issues = fromZodIssues(refined.safeParse(11).error?.issues ?? [], ['options', 'limit']);
    expect(issues).toEqual([{ code: 'inconsistent', path: ['options', 'limit'], messageVi: 'Quá lớn.', messageEn: 'Too large.' }]);
  });

  it('freezes its issues and formats paths', () => {
    const e = new Nq4Error([{ code: 'missing', path: ['a', 0, 'b'], messageVi: 'x', messageEn: 'y' }]);
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(e.message).toBe('a[0].b: y');
    expect(formatPath([])).toBe('(input)');
  });

  it('toSafe returns the error instead of throwing, and rethrows programming errors', () => {
    const r = toSafe(() => parseInput(schema, null));
    expect(r.success).toBe(false);
    expect(() =>
      toSafe(() => {
        throw new RangeError('bug');
      }),
    ).toThrow(RangeError);
  });
});
