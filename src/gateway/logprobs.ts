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
  queue: Array<{ entry: Entry; end: number }>;
  /** The guard changed this choice's text: its token logprobs are never sent again. */
  withheld: boolean;
}

/**
 * For a streamed chat completion under an output guard: each choice's token logprobs are queued
 * and sent only with the text they spell, once the guard has released that text unchanged. After
 * a redaction in a choice its logprobs stop (they would spell the original). Tokens whose text
 * does not line up with the content (a character split over two tokens) wait for the text to catch
 * up, and whatever never lines up is dropped: logprobs are lost rather than leaked.
 */
export class StreamLogprobsGate {
  private readonly choices = new Map<number, ChoiceState>();

  /** Text of one choice from the upstream, before the guard. */
  pushText(index: number, text: string): void {
    this.state(index).raw += text;
  }

  /** Token entries (`logprobs.content`) of one choice from the upstream. */
  pushTokens(index: number, entries: readonly unknown[]): void {
    const s = this.state(index);
    if (s.withheld) return;
    for (const entry of entries) {
      if (!entry || typeof entry !== 'object') continue;
      const token = (entry as Entry).token;
      s.tokensEnd += typeof token === 'string' ? token.length : Number.POSITIVE_INFINITY;
      s.queue.push({ entry: entry as Entry, end: s.tokensEnd });
    }
  }

  /** The guard released `text` of this choice: the token entries now safe to send with it. */
  release(index: number, text: string): Entry[] {
    const s = this.state(index);
    if (!s.withheld && text !== '') {
      if (s.raw.startsWith(text, s.released)) s.released += text.length;
      else s.withheld = true;
    }
    if (s.withheld) {
      s.queue.length = 0;
      return [];
    }
    let n = 0;
    while (n < s.queue.length && s.queue[n]!.end <= s.released) n++;
    return s.queue.splice(0, n).map((q) => q.entry);
  }

  private state(index: number): ChoiceState {
    let s = this.choices.get(index);
    if (!s) {
      s = { raw: '', released: 0, tokensEnd: 0, queue: [], withheld: false };
      this.choices.set(index, s);
    }
    return s;
  }
}

/** Removes every `logprobs` field from an event of a guarded Responses stream (see relay). */
export function stripLogprobs(value: unknown, depth = 0): void {
  if (depth > 8 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) stripLogprobs(v, depth + 1);
    return;
  }
  const obj = value as Entry;
  if ('logprobs' in obj) delete obj.logprobs;
  for (const v of Object.values(obj)) stripLogprobs(v, depth + 1);
}
