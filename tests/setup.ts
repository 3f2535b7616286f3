import fc from 'fast-check';

/**
 * Property tests run with a fixed seed so that CI is reproducible: a failure names its seed and
 * counterexample, and the same run fails again. Set FC_SEED to another number, or to `random`,
 * to explore further locally (for example `FC_SEED=random npx vitest run`).
 */
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20161030 : Number(seed) });
