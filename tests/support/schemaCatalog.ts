/**
 * The checks every area's schema catalog (`src/<area>/schemaCatalog.ts`, the source of
 * `schemas/`) goes through, written once: a value parses with a schema; each input schema accepts
 * its valid examples and rejects a misspelt one; each schema converts to JSON Schema both ways.
 */
import { expect, it } from 'vitest';
import * as z from 'zod/mini';

/** `value` parses with `schema`; otherwise the first issues are the failure message. */
export function parse(schema: z.ZodMiniType, value: unknown): void {
  const r = z.safeParse(schema, value);
  expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
}

/** Examples per input key: values the schema accepts, and one with a misspelt field. */
export type InputExamples<K extends string> = Record<K, { readonly valid: readonly unknown[]; readonly invalid: unknown }>;

/** One test per input schema: it accepts every valid example and rejects the misspelt one. */
export function itAcceptsValidAndRejectsMisspelt<K extends string>(inputs: Readonly<Record<K, z.ZodMiniType>>, examples: InputExamples<K>): void {
  for (const [key, schema] of Object.entries(inputs) as [K, z.ZodMiniType][]) {
    it(`${key}: accepts a valid argument, rejects a misspelt field`, () => {
      for (const v of examples[key].valid) parse(schema, v);
      expect(z.safeParse(schema, examples[key].invalid).success).toBe(false);
    });
  }
}

/** One test per schema of the catalog: it converts with `io: 'input'` and `io: 'output'`. */
export function itConvertsToJsonSchema(catalog: { readonly inputs: Readonly<Record<string, z.ZodMiniType>>; readonly outputs: Readonly<Record<string, z.ZodMiniType>> }): void {
  for (const [name, schema] of [...Object.entries(catalog.inputs), ...Object.entries(catalog.outputs)]) {
    it(`${name}: io input and io output`, () => {
      for (const io of ['input', 'output'] as const) {
        const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
        expect(json.$schema, `${name} (${io})`).toMatch(/json-schema/);
      }
    });
  }
}
