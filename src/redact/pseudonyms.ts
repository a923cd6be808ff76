import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Reversible pseudonyms: the first person becomes `PERSON_1`, the second `PERSON_2`, the same value
 * always the same token within one vault. A gateway keeps one vault per conversation, sends the
 * model the tokens, and puts the user's own values back into the answer with `restore`. Between
 * requests the mapping travels only sealed (AES-256-GCM), so it can sit in a cookie or a cache.
 */
export class PseudonymVault {
  private readonly byValue = new Map<string, string>();
  private readonly byToken = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  /** Most entries one vault holds: a bound against a hostile input filling memory. */
  static readonly MAX_ENTRIES = 100_000;

  /** The token for `value` of `kind`, created on first sight. */
  pseudonym(kind: string, value: string): string {
    const key = `${kind}\u0000${value}`;
    const known = this.byValue.get(key);
    if (known) return known;
    if (this.byValue.size >= PseudonymVault.MAX_ENTRIES) throw new Error('pseudonym vault is full');
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    const token = `${kind}_${n}`;
    this.byValue.set(key, token);
    this.byToken.set(token, value);
    return token;
  }

  /** Replaces every token this vault issued by its original value (longest tokens first: PERSON_12 before PERSON_1). */
  restore(text: string): string {
    if (this.byToken.size === 0) return text;
    const tokens = [...this.byToken.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return text.replace(new RegExp(`\\b(?:${tokens.join('|')})\\b`, 'g'), (t) => this.byToken.get(t) ?? t);
  }

  get size(): number {
    return this.byToken.size;
  }

  /** The mapping encrypted with AES-256-GCM under `key` (32 bytes): base64 of iv | tag | ciphertext. */
  seal(key: Uint8Array): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', checkKey(key), iv);
    const plain = Buffer.from(JSON.stringify({ v: 1, entries: [...this.byToken], counters: [...this.counters] }));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** Opens a sealed vault; throws when the key is wrong or the data was altered (GCM authentication). */
  static open(sealed: string, key: Uint8Array): PseudonymVault {
    const raw = Buffer.from(sealed, 'base64');
    if (raw.length < 28 || raw.length > 64 * 1024 * 1024) throw new Error('sealed vault has an invalid size');
    const decipher = createDecipheriv('aes-256-gcm', checkKey(key), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const data = JSON.parse(plain) as { v: number; entries: Array<[string, string]>; counters: Array<[string, number]> };
    if (data.v !== 1 || !Array.isArray(data.entries)) throw new Error('sealed vault has an unknown format');
    const vault = new PseudonymVault();
    for (const [token, value] of data.entries) {
      const kind = token.slice(0, token.lastIndexOf('_'));
      vault.byToken.set(token, value);
      vault.byValue.set(`${kind}\u0000${value}`, token);
    }
    for (const [kind, n] of data.counters) vault.counters.set(kind, n);
    return vault;
  }
}

function checkKey(key: Uint8Array): Uint8Array {
  if (key.length !== 32) throw new Error('vault key must be 32 bytes');
  return key;
}
