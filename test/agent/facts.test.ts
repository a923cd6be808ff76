import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration, validateFirewallConfig } from '../../src/agent/config.js';
import { argumentFacts, isUnder, MULTIPLE_DOMAINS, normalizePath, recipientDomains } from '../../src/agent/facts.js';

describe('argument facts', () => {
  it('normalizes paths so .. cannot escape a prefix', () => {
    expect(normalizePath('/data/../etc/passwd')).toBe('/etc/passwd');
    expect(normalizePath('/data//private/./x/')).toBe('/data/private/x');
    expect(normalizePath('file:///data/a%20b.txt')).toBe('/data/a b.txt');
    expect(normalizePath('/data/\0x')).toEqual({ problem: 'path contains a NUL character' });
    expect(isUnder('/data/private/x', '/data/private/')).toBe(true);
    expect(isUnder('/data/privateer/x', '/data/private/')).toBe(false);
  });

  it('reduces recipients to one domain, or marks several', () => {
    expect(recipientDomains('Bob <bob@Example.COM>')).toEqual(['example.com']);
    expect(argumentFacts({ to: 'a@example.com; b@evil.test' }, { to: 'email' })).toMatchObject({ ok: true, tags: { 'to.domain': MULTIPLE_DOMAINS, 'to.count': '2' } });
    expect(argumentFacts({ to: ['a@example.com', 'b@example.com'] }, { to: 'email' })).toMatchObject({ ok: true, tags: { 'to.domain': 'example.com' } });
    expect(argumentFacts({ to: 'a@example.com@evil.test' }, { to: 'email' }).ok).toBe(false);
    expect(argumentFacts({ to: 'nobody' }, { to: 'email' }).ok).toBe(false);
  });

  it('never throws, and an absolute path fact never keeps a .. segment (property)', () => {
    const segment = fc.constantFrom('..', '.', '', 'data', 'private', 'x', '%2e%2e', 'a b');
    const path = fc.array(segment, { maxLength: 8 }).map((parts) => `/${parts.join('/')}`);
    fc.assert(
      fc.property(
        fc.record({ path: fc.oneof(path, fc.string(), fc.integer()), to: fc.oneof(fc.string(), fc.array(fc.string())), url: fc.string() }, { requiredKeys: [] }),
        (args) => {
          const facts = argumentFacts(args, { path: 'path', to: 'email', url: 'url' });
          if (facts.ok && facts.paths.path?.startsWith('/')) expect(facts.paths.path.split('/')).not.toContain('..');
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(path, (p) => {
        const n = normalizePath(`/data/${p}`);
        if (typeof n === 'string' && isUnder(n, '/data/')) expect(n.startsWith('/data/') || n === '/data').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('firewall configuration', () => {
  it('parses durations and rejects nonsense', () => {
    expect(parseDuration('5s')).toBe(5000);
    expect(parseDuration('250ms')).toBe(250);
    expect(() => parseDuration('5 parsecs')).toThrow(/not a duration/);
    expect(() => validateFirewallConfig({ version: 1, policies: ['p.cedar'], approvals: { timeout: '0s' } })).toThrow(/approvals.timeout/);
    expect(() => validateFirewallConfig({ version: 1, policies: ['p.cedar'], credentials: { ttl: '10m' } })).toThrow(/at most 5m/);
  });

  it('requires taint rules on declared path arguments', () => {
    expect(() =>
      validateFirewallConfig({ version: 1, policies: ['p.cedar'], tools: { t: { taints: [{ label: 'secrets', argument: 'p', under: '/s/' }] } } }),
    ).toThrow(/must be declared with kind path/);
  });

  it('rejects any random object without throwing anything but a FirewallConfigError (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => {
        try {
          validateFirewallConfig(value);
        } catch (err) {
          expect((err as Error).name).toBe('FirewallConfigError');
        }
      }),
      { numRuns: 300 },
    );
  });
});
