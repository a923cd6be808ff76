import type { Prng } from './prng.js';

/** Slot lists for template expansion: `{name}` picks one entry of slots[name] (expanded again). */
export type Slots = Readonly<Record<string, readonly string[]>>;

const MAX_EXPANSION_DEPTH = 8;

/**
 * Expands a template: `{slot}` is replaced by a random entry of that slot, `[a|b|c]` by one of the
 * alternatives (`[a|]` makes `a` optional); `⟦x⟧` is a literal `[x]`. Entries are expanded recursively, up to a fixed depth.
 */
export function expand(template: string, slots: Slots, rng: Prng, depth = 0): string {
  if (depth > MAX_EXPANSION_DEPTH) throw new Error(`template nests deeper than ${MAX_EXPANSION_DEPTH}: ${template.slice(0, 60)}`);
  let out = template.replace(/\[([^[\]]*)\]/g, (_m, body: string) => rng.pick(body.split('|')));
  out = out.replace(/\{([a-zA-Z0-9_]+)\}/g, (_m, name: string) => {
    const options = slots[name];
    if (!options) throw new Error(`unknown slot {${name}}`);
    return expand(rng.pick(options), slots, rng, depth + 1);
  });
  if (/\{[a-zA-Z0-9_]+\}/.test(out)) out = expand(out, slots, rng, depth + 1);
  // ⟦ ⟧ stand for literal brackets in templates (plain brackets mean alternatives).
  return depth === 0 ? out.replace(/⟦/g, '[').replace(/⟧/g, ']') : out;
}

/** Random surface variation that a real writer produces: case, trailing punctuation, spacing. */
export function vary(text: string, rng: Prng): string {
  let t = text.replace(/ {2,}/g, ' ').trim();
  const r = rng.next();
  if (r < 0.06) t = t.toUpperCase();
  else if (r < 0.2) t = t.charAt(0).toLowerCase() + t.slice(1);
  else t = t.charAt(0).toUpperCase() + t.slice(1);
  if (rng.chance(0.15)) t = t.replace(/[.!?]$/, '');
  return t;
}
