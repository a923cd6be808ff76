import type { RawFinding, Scanner } from '../../core/types.js';
import { findCanary, foldText, type CanaryMatchForm, type FoldedText } from './match.js';

export { addCanary, canaryTokensIn, createCanary } from './token.js';
export type { Canary, CanaryOptions } from './token.js';

const SCORE_BY_FORM: Readonly<Record<CanaryMatchForm, number>> = {
  exact: 1,
  folded: 0.95,
  reversed: 0.9,
  rot13: 0.9,
  rot13_reversed: 0.9,
};

/** More tokens than any one session plants; beyond this the caller passed something else by mistake. */
const MAX_CANARIES = 64;
/** A canary is a short random marker; anything longer is a mistake (and would make matching costly). */
const MAX_TOKEN_CHARS = 1024;

/**
 * `canary`: blocks output that contains a canary token planted in the session's system prompt
 * (see `createCanary` / `addCanary`). The token can only get there if the prompt leaked, so one
 * hit is certain. It runs on every decoded view (`all-views`), so a token the model wrote in
 * base64, hex or URL-encoding is found too, and it sees through changed case, characters spread
 * out with spaces or punctuation, reversal and ROT13.
 *
 * The finding's detail names which canary (by index in `ctx.canaries`) and how it was disguised;
 * it never holds the token itself.
 */
export const canaryScanner: Scanner = {
  id: 'canary',
  directions: ['output', 'tool'],
  input: 'all-views',
  description: 'Blocks output containing a canary token planted in the system prompt (also encoded, spaced out, reversed, ROT13)',
  scan(text, ctx) {
    const canaries = ctx.canaries ?? [];
    if (canaries.length === 0) return [];
    if (canaries.length > MAX_CANARIES) throw new Error(`canary: at most ${MAX_CANARIES} canary tokens per check`);
    let folded: FoldedText | undefined;
    const foldOnce = () => (folded ??= foldText(text));
    const findings: RawFinding[] = [];
    canaries.forEach((token, index) => {
      if (typeof token !== 'string') throw new Error(`canary: ctx.canaries[${index}] is not a string`);
      if (token.length > MAX_TOKEN_CHARS) throw new Error(`canary: ctx.canaries[${index}] is longer than ${MAX_TOKEN_CHARS} characters`);
      for (const match of findCanary(text, token.trim(), foldOnce)) {
        findings.push({ kind: 'canary_leak', score: SCORE_BY_FORM[match.form], start: match.start, end: match.end, detail: { canary: index, form: match.form } });
      }
    });
    return findings;
  },
};
