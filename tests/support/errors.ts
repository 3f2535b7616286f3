import { Nq4Error } from '../../src/errors.js';

/**
 * The {@link Nq4Error} that `run` throws. Anything else thrown (a `TypeError` from deep inside)
 * is rethrown as it is, so the test fails on it; returning normally fails too.
 */
export function errorOf(run: () => unknown): Nq4Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Nq4Error) return error;
    throw error;
  }
  throw new Error('expected an Nq4Error');
}
