const asciiCounts = new Uint32Array(128);

/** Shannon entropy in bits per character: random keys score high (≥ 4 for base64), words and placeholders low. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  // ASCII (nearly every candidate) is counted in a typed array: this runs on every candidate of
  // every rule with an entropy floor, and a Map per call cost more than the rest of the check. One
  // array serves every call (calls are synchronous), left all zero after each.
  const counts = asciiCounts;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      counts.fill(0);
      return entropyByCharacter(s);
    }
    counts[c]!++;
  }
  let h = 0;
  for (let c = 0; c < 128; c++) {
    const n = counts[c]!;
    if (n === 0) continue;
    counts[c] = 0;
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

function entropyByCharacter(s: string): number {
  const counts = new Map<string, number>();
  let length = 0;
  for (const ch of s) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    length++;
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / length;
    h -= p * Math.log2(p);
  }
  return h;
}
