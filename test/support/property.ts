import fc from 'fast-check'

/*
 * How many inputs each property tries. A property names its full count;
 * `npm test` runs PROPERTY_RUNS times that (a fifth by default), and
 * `npm run test:slow`, which CI runs too, runs the full count. The inputs come
 * from one seeded sequence, so a shorter run tries the first of the same
 * inputs. FC_SEED picks another sequence; fast-check's failure message names
 * the seed and the path of the counterexample, and FC_SEED with the same
 * PROPERTY_RUNS replays it.
 */

const DEFAULT_FACTOR = 0.2

function factor(): number {
  const raw = process.env.PROPERTY_RUNS
  if (raw === undefined || raw === '') return DEFAULT_FACTOR
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(
      `PROPERTY_RUNS=${raw} is not a positive number: set it to the share of each property's full run count to try (1 runs them all, 0.2 a fifth).`
    )
  return value
}

/** The number of runs for a property whose full count is `full`: at least one. */
export function runs(full: number): number {
  return Math.max(1, Math.round(full * factor()))
}

/**
 * Configures fast-check for this test file: the seed is FC_SEED, else `seed`,
 * else a new one each run (fast-check prints it on failure); properties that
 * name no count get the scaled default of 100.
 */
export function configureProperties(seed?: number): void {
  const raw = process.env.FC_SEED
  const chosen = raw === undefined || raw === '' ? seed : Number(raw)
  if (chosen !== undefined && !Number.isSafeInteger(chosen))
    throw new Error(`FC_SEED=${raw} is not an integer: give the seed a failure message printed.`)
  fc.configureGlobal({ ...(chosen === undefined ? {} : { seed: chosen }), numRuns: runs(100) })
}
