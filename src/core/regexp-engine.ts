import { setFlagsFromString } from 'node:v8';

/**
 * Makes V8 compile every regular expression to machine code on its first run (`--no-regexp-tier-up`),
 * for the whole process, when this module is first imported. The package entry, the CLI and each
 * scanner module import it before anything else, so the flag is set before their expressions first run.
 *
 * Why: the scanners run a few hundred large expressions on every text. By default V8 runs a new
 * expression in its bytecode interpreter and compiles it later ("tier-up"). Measured on the
 * injection scanner over the 5,673 development texts of at most 2 KB (bench/injection-scan-latency.ts,
 * alternating runs on one machine), the steady cost per text was 205–285 µs with V8's default and
 * 120–193 µs without tier-up; the share of CPU time spent inside regular expressions fell from 37% to
 * 13%, and `rampart eval injection` over all development files went from 464 to 295 µs per text.
 * We did not find which V8 path keeps those expressions slow; the flag is the measured remedy.
 * The PII bench and the gateway bench (one prompt shape) did not move either way.
 *
 * The cost: an expression used once is compiled to machine code instead of bytecode, which takes more
 * time and memory for that one use. A host process that prefers V8's default sets
 * RAMPART_REGEXP_TIER_UP=1 before loading Rampart.
 */
export const NATIVE_REGEXPS = process.env.RAMPART_REGEXP_TIER_UP !== '1';

/**
 * Set once per process, however many copies of this module load (two installed versions, a test
 * runner that re-evaluates modules, a benchmark that loads two source trees): V8 does not support
 * changing flags while code runs, and processes that set this one again after expressions had been
 * compiled crashed now and then (SIGSEGV) in session 19's two-tree comparisons.
 */
const APPLIED = Symbol.for('rampart.regexp-tier-up-disabled');
const processState = globalThis as { [APPLIED]?: boolean };
if (NATIVE_REGEXPS && processState[APPLIED] !== true) {
  setFlagsFromString('--no-regexp-tier-up');
  processState[APPLIED] = true;
}
