/**
 * Token log-probabilities repeat the answer's text token by token (`token`, `bytes`, and each
 * alternative in `top_logprobs`). An output guard that redacts or holds back text must hold the
 * same text back in them too, or a client that asks for logprobs reads what the guard removed.
 */

type Entry = Record<string, unknown>;

interface ChoiceState {
  /** The choice's text as the upstream sent it. */
  raw: string;
  /** Characters of `raw` released unchanged to the client. */
  released: number;
  /** Where the tokens queued so far end, in characters of `raw`. */
  tokensEnd: number;
  queue: Array<{ entry: Entry; start: number; end: number }>;
  /** Some text of this choice came without token entries. */
  sawText: boolean;
  sawTokens: boolean;
  /** This choice's token logprobs are never sent again (see StreamLogprobsGate). */
  withheld: boolean;
}

/**
 * For a streamed chat completion under an output guard: each choice's token logprobs are queued
 * and sent only with the text they spell, once the guard has released that text unchanged. Each
 * token must spell exactly the text at its place; the first one that does not (a redaction, a
 * chunk that came without logprobs and shifted the count, a character split over two tokens)
 * stops that choice's logprobs for good: logprobs are lost rather than leaked.
 */
export class StreamLogprobsGate {
  private readonly choices = new Map<number, ChoiceState>();

  /**
   * One chunk of one choice from the upstream, before the guard: its text and its token entries
   * (`logprobs.content`; undefined when the chunk has none).
   */
  push(index: number, text: string, entries: readonly unknown[] | undefined): void {
    const s = this.state(index);
    s.raw += text;
    if (entries === undefined) {
      // Text without tokens: the tokens that follow would no longer line up with the text.
      if (text !== '' && s.sawTokens) this.withhold(s);
      if (text !== '') s.sawText = true;
      return;
    }
    if (s.sawText && !s.sawTokens && s.raw.length > text.length) this.withhold(s);
    s.sawTokens = true;
    if (s.withheld) return;
    for (const entry of entries) {
      const token = entry && typeof entry === 'object' ? (entry as Entry).token : undefined;
      if (typeof token !== 'string') return this.withhold(s);
      s.queue.push({ entry: entry as Entry, start: s.tokensEnd, end: s.tokensEnd + token.length });
      s.tokensEnd += token.length;
    }
  }

  /** The guard released `text` of this choice: the token entries now safe to send with it. */
  release(index: number, text: string): Entry[] {
    const s = this.state(index);
    if (!s.withheld && text !== '') {
      if (s.raw.startsWith(text, s.released)) s.released += text.length;
      else this.withhold(s);
    }
    if (s.withheld) return [];
    let n = 0;
    while (n < s.queue.length && s.queue[n]!.end <= s.released) {
      const { entry, start, end } = s.queue[n]!;
      if (entry.token !== s.raw.slice(start, end)) {
        this.withhold(s);
        return [];
      }
      n++;
    }
    return s.queue.splice(0, n).map((q) => q.entry);
  }

  private withhold(s: ChoiceState): void {
    s.withheld = true;
    s.queue.length = 0;
  }

  private state(index: number): ChoiceState {
    let s = this.choices.get(index);
    if (!s) {
      s = { raw: '', released: 0, tokensEnd: 0, queue: [], sawText: false, sawTokens: false, withheld: false };
      this.choices.set(index, s);
    }
    return s;
  }
}

/**
 * Calls `visit` with every object that holds a `logprobs` field in an answer or a stream event
 * (chat's choices, the Responses API's text parts and delta and done events), without looking
 * inside the field itself. Events are shallow: past 8 levels nothing is visited.
 */
function forEachLogprobsHolder(value: unknown, visit: (holder: Entry) => void, depth = 0): void {
  if (depth > 8 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) forEachLogprobsHolder(v, visit, depth + 1);
    return;
  }
  const obj = value as Entry;
  for (const [k, v] of Object.entries(obj)) {
    if (k !== 'logprobs') forEachLogprobsHolder(v, visit, depth + 1);
  }
  if ('logprobs' in obj) visit(obj);
}

/** Removes every `logprobs` field from an event of a guarded Responses stream (see relay). */
export function stripLogprobs(value: unknown): void {
  forEachLogprobsHolder(value, (holder) => delete holder.logprobs);
}

/**
 * Rounds every token logprob in an answer or a stream event, wherever it is: chat's
 * `logprobs.content` and `logprobs.refusal`, the Responses API's `logprobs` arrays (output
 * hardening, extraction.ts).
 */
export function roundAllLogprobs(value: unknown, decimals: number): void {
  forEachLogprobsHolder(value, (holder) => {
    const lp = holder.logprobs;
    if (Array.isArray(lp)) roundTokenLogprobs(lp, decimals);
    else if (lp && typeof lp === 'object') {
      roundTokenLogprobs((lp as { content?: unknown }).content, decimals);
      roundTokenLogprobs((lp as { refusal?: unknown }).refusal, decimals);
    }
  });
}

/** Rounds the logprob of each token entry and of its alternatives (`top_logprobs`), in place. */
function roundTokenLogprobs(entries: unknown, decimals: number): void {
  if (!Array.isArray(entries)) return;
  const f = 10 ** decimals;
  const r = (v: unknown) => (typeof v === 'number' ? Math.round(v * f) / f : v);
  for (const tok of entries as Array<Entry | null>) {
    if (!tok || typeof tok !== 'object') continue;
    tok.logprob = r(tok.logprob);
    for (const alt of (Array.isArray(tok.top_logprobs) ? tok.top_logprobs : []) as Array<Entry | null>) if (alt && typeof alt === 'object') alt.logprob = r(alt.logprob);
  }
}
