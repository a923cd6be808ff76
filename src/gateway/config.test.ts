import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveConfig } from '../cli/serve.js';
import { ConfigError, parseGatewayConfig, validateGatewayConfig, withSingleUpstream } from './config.js';

describe('gateway config', () => {
  it('an empty file is a working config with defaults', () => {
    const cfg = parseGatewayConfig('');
    expect(cfg.server).toMatchObject({ host: '127.0.0.1', port: 8787 });
    expect(cfg.audit).toMatchObject({ sqlite: '.rampart/rampart.db', mode: 'sync' });
    expect(cfg.routes).toEqual([{ model: '*', upstream: 'openai' }]);
  });

  it('interpolates ${ENV} and ${ENV:-default} inside values only', () => {
    const cfg = parseGatewayConfig('server:\n  adminToken: ${TOKEN}\n  host: ${HOST:-0.0.0.0}\n', 'x', { TOKEN: 'abc: {injected: 1}' });
    expect(cfg.server.adminToken).toBe('abc: {injected: 1}');
    expect(cfg.server.host).toBe('0.0.0.0');
  });

  it('names every problem with its path', () => {
    try {
      parseGatewayConfig('server:\n  port: 99999\nroutes:\n  - model: a\n    upstream: missing\nextra: 1\n', 'rampart.yaml', {});
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.join('\n')).toMatch(/server\.port|extra/);
    }
    expect(() => parseGatewayConfig('server:\n  adminToken: ${UNSET_VAR_X}\n', 'x', {})).toThrow(/UNSET_VAR_X is not set/);
    expect(() => validateGatewayConfig({ routes: [{ model: 'a', upstream: 'nope' }] })).toThrow(/no upstream named "nope"/);
  });

  it('--upstream routes every model to one base URL', () => {
    const cfg = withSingleUpstream(parseGatewayConfig(''), 'http://127.0.0.1:9000/v1');
    expect(cfg.routes).toEqual([{ model: '*', upstream: 'default' }]);
    expect(cfg.upstreams.default!.baseUrl).toBe('http://127.0.0.1:9000/v1');
    expect(cfg.upstreams.default!.timeoutMs).toBe(120_000);
  });

  it('rampart serve --upstream-timeout (or RAMPART_UPSTREAM_TIMEOUT_MS) sets that upstream\'s timeout', () => {
    const upstream = 'http://127.0.0.1:9000/v1';
    expect(effectiveConfig({ upstream, upstreamTimeout: '2000' }, {}).upstreams.default!.timeoutMs).toBe(2000);
    expect(effectiveConfig({ upstream }, { RAMPART_UPSTREAM_TIMEOUT_MS: '1500' }).upstreams.default!.timeoutMs).toBe(1500);
    expect(() => effectiveConfig({ upstream, upstreamTimeout: 'soon' }, {})).toThrow(/not a number of milliseconds/);
    expect(() => effectiveConfig({ upstream, upstreamTimeout: '0' }, {})).toThrow(/not a number of milliseconds/);
    expect(() => effectiveConfig({ upstreamTimeout: '2000' }, {})).toThrow(/goes with --upstream/);
  });

  it('either parses or throws ConfigError on arbitrary text (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseGatewayConfig(text, 'fuzz', {});
        } catch (err) {
          expect(err).toBeInstanceOf(ConfigError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
