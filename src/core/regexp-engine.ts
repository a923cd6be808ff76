/**
 * How V8 runs Rampart's regular expressions, and why Rampart no longer changes it at run time.
 *
 * The scanners run a few hundred large expressions on every text. By default V8 runs a new expression
 * in its bytecode interpreter and compiles it later ("tier-up"); started with `--no-regexp-tier-up` it
 * compiles every expression to machine code on its first run. Measured on the injection scanner over
 * the 5,673 development texts of at most 2 KB (bench/injection-scan-latency.ts), the steady cost per
 * text is about 2× higher with V8's default (session 19: 246 against 128 µs, main-thread CPU).
 *
 * Until session 19 this module set the flag with `v8.setFlagsFromString` when it was imported. V8 does
 * not support changing flags while code runs, and that one broke: an expression that had already run
 * before the change (the TypeScript loader's `\.([cm]?ts|[tj]sx)(?:$|[?#])`, Node's own module
 * resolution) later jumped into memory that held no code, and the process died with SIGSEGV — in 1 of
 * 17 single runs over our 14,238 test texts and about a quarter of the runs that load two source trees
 * (core dumps: the crash is in that loader expression's native code, called on a module path). Set at
 * start-up (`node --no-regexp-tier-up …`) the same runs never crashed (10 of 10), nor did V8's default (13 of 13).
 *
 * So the flag is now given when the process starts: `bin/rampart` starts its CLI and gateway with it
 * (set RAMPART_REGEXP_TIER_UP=1 to keep V8's default), and the npm scripts that measure speed pass it
 * to node. A host that embeds the library chooses for its own process: `node --no-regexp-tier-up app.js`
 * for the faster scanners, or nothing for V8's default.
 */
export const NATIVE_REGEXP_FLAG = '--no-regexp-tier-up';

/** Whether this process compiles expressions straight to machine code (it was started with NATIVE_REGEXP_FLAG). */
export const NATIVE_REGEXPS = process.execArgv.includes(NATIVE_REGEXP_FLAG);

/** How this process runs regular expressions, as the eval CLI reports it beside its latency. */
export function regexpEngineMode(): 'native' | 'tier-up' {
  return NATIVE_REGEXPS ? 'native' : 'tier-up';
}
