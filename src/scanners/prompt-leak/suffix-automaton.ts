/**
 * A suffix automaton over a sequence of integer symbols (word ids of the system prompt). It answers,
 * while walking another sequence left to right, "what is the longest stretch ending here that also
 * occurs in the prompt, and where does it occur": linear to build, linear to walk, whatever the
 * repetition in either text. (Blumer et al. 1985; the classic construction with clones.)
 */
export class SuffixAutomaton {
  private readonly length: Int32Array;
  private readonly link: Int32Array;
  /** End position (in the source sequence) of the first occurrence of the state's strings. */
  private readonly firstEnd: Int32Array;
  /** state * stride + symbol → next state. */
  private readonly next = new Map<number, number>();
  /** Per-state list of outgoing symbols, to copy when a state is cloned. */
  private readonly edgeHead: Int32Array;
  private readonly edgeNext: number[] = [];
  private readonly edgeSymbol: number[] = [];
  private readonly stride: number;
  private size = 1;
  private last = 0;

  /** @param symbols values in [0, alphabetSize) */
  constructor(symbols: ArrayLike<number>, alphabetSize: number) {
    const maxStates = 2 * symbols.length + 2;
    this.length = new Int32Array(maxStates);
    this.link = new Int32Array(maxStates);
    this.firstEnd = new Int32Array(maxStates);
    this.edgeHead = new Int32Array(maxStates).fill(-1);
    this.stride = alphabetSize + 1;
    this.link[0] = -1;
    for (let i = 0; i < symbols.length; i++) this.extend(symbols[i]!, i);
  }

  private get(state: number, symbol: number): number | undefined {
    return this.next.get(state * this.stride + symbol);
  }

  private set(state: number, symbol: number, target: number): void {
    const key = state * this.stride + symbol;
    if (!this.next.has(key)) {
      this.edgeSymbol.push(symbol);
      this.edgeNext.push(this.edgeHead[state]!);
      this.edgeHead[state] = this.edgeSymbol.length - 1;
    }
    this.next.set(key, target);
  }

  private extend(symbol: number, position: number): void {
    const cur = this.size++;
    this.length[cur] = this.length[this.last]! + 1;
    this.firstEnd[cur] = position;
    let p = this.last;
    while (p !== -1 && this.get(p, symbol) === undefined) {
      this.set(p, symbol, cur);
      p = this.link[p]!;
    }
    if (p === -1) this.link[cur] = 0;
    else {
      const q = this.get(p, symbol)!;
      if (this.length[p]! + 1 === this.length[q]) this.link[cur] = q;
      else {
        const clone = this.size++;
        this.length[clone] = this.length[p]! + 1;
        this.link[clone] = this.link[q]!;
        this.firstEnd[clone] = this.firstEnd[q]!;
        for (let e = this.edgeHead[q]!; e !== -1; e = this.edgeNext[e]!) {
          const s = this.edgeSymbol[e]!;
          this.set(clone, s, this.get(q, s)!);
        }
        while (p !== -1 && this.get(p, symbol) === q) {
          this.set(p, symbol, clone);
          p = this.link[p]!;
        }
        this.link[q] = clone;
        this.link[cur] = clone;
      }
    }
    this.last = cur;
  }

  /**
   * Walks `symbols` (negative = a symbol the source never had) and calls `onMatch(i, length, sourceEnd)`
   * after each position i with the longest match ending there (length > 0), which also ends at
   * `sourceEnd` in the source.
   */
  walk(symbols: ArrayLike<number>, onMatch: (i: number, length: number, sourceEnd: number) => void): void {
    let state = 0;
    let matched = 0;
    for (let i = 0; i < symbols.length; i++) {
      const symbol = symbols[i]!;
      if (symbol < 0) {
        state = 0;
        matched = 0;
        continue;
      }
      while (state !== 0 && this.get(state, symbol) === undefined) {
        state = this.link[state]!;
        matched = this.length[state]!;
      }
      const target = this.get(state, symbol);
      if (target === undefined) {
        state = 0;
        matched = 0;
        continue;
      }
      state = target;
      matched++;
      onMatch(i, matched, this.firstEnd[state]!);
    }
  }
}
