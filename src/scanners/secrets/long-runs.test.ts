import { describe, expect, it } from 'vitest';
import { detectSecrets } from './detect.js';

/**
 * Runs a rule's prefix repeats in: before, the JWT rule, searched without its leading lookbehind,
 * tried the rest from every `eyJ` of a run and read to the run's end each time (80 KB took 40 s),
 * and the filler check tried every length of every digit group (80 KB of digits after `glrt-`
 * took 11 s). Both now take milliseconds; the 30 s limit of each test is a liveness bound, not a
 * speed target.
 */
describe('secrets on long runs of one shape', () => {
  const shapes: Record<string, string> = {
    'repeated JWT prefixes': 'eyJ'.repeat(100_000),
    'repeated JWT prefixes with a separator': 'eyJ_'.repeat(75_000),
    'a prefixed token of digits': `glrt-${'0'.repeat(300_000)}`,
    'a PyPI prefix and digits': `pypi-AgEIcHlwaS5vcmc${'0'.repeat(300_000)}`,
  };
  for (const [name, text] of Object.entries(shapes)) {
    it(`${name}: completes`, () => {
      expect(Array.isArray(detectSecrets(text))).toBe(true);
    }, 30_000);
  }

  it('still finds a JWT after a run of its prefix', () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'u-48213', scope: 'billing:admin', exp: 1893456000 })}.Qm9vUz3rT8kLx2VbN7wPq1ZfY6hJc4MdGa0sKeRtUiO`;
    const text = `${'eyJ'.repeat(1000)} token ${jwt}`;
    expect(detectSecrets(text).map((f) => text.slice(f.start, f.end))).toContain(jwt);
  });
});
