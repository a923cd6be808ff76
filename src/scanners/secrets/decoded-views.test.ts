import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSecrets } from './detect.js';
import { readableBase64 } from './decoded-views.js';

/** The texts of the findings at the default threshold. */
const found = (text: string) =>
  detectSecrets(text)
    .filter((m) => m.score >= 0.5)
    .map((m) => text.slice(m.start, m.end));

// Made-up values, built at run time so that no literal key sits in the file.
const stripeKey = ['sk', 'live', 'Zq8Lm2Xv4Nb6Pc1Rt3Yw5Ua'].join('_');
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('secrets inside encoded text', () => {
  it('reads a percent-encoded secret and reports it as written', () => {
    const secret = 'Vx7%2BkQ9%2FzT2mL8pW4nR6sY1bC3dF5gH0jA%3D';
    const text = `grant_type=client_credentials&client_id=billing-svc&client_secret=${secret}&scope=api`;
    expect(found(text)).toContain(secret);
  });

  it('reads a secret behind HTML entities, span on the escaped text', () => {
    const text = '<pre>DB_HOST=pg.internal\nDB_PASSWORD=&quot;Tr0ub4dor&amp;3xQ9&quot;\n</pre>';
    expect(found(text).join(' ')).toContain('Tr0ub4dor&amp;3xQ9');
  });

  it('reads a quoted-printable connection string', () => {
    // An account key is 64 bytes in base64: 86 characters and `==`.
    const key = `${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hJ7kL9mN1'.slice(0, 86)}==`;
    const text = `Content-Transfer-Encoding: quoted-printable\n\nDefaultEndpointsProtocol=3Dhttps;AccountName=3Dreports;AccountKey=3D${key.replace(/=/g, '=3D')};EndpointSuffix=3Dcore.windows.net`;
    expect(found(text).some((f) => f.includes('aB3dE5fG7hJ9'))).toBe(true);
  });

  it('reads base64 of a .env in a Kubernetes Secret, as the whole run', () => {
    const blob = b64(`NODE_ENV=production\nSTRIPE_SECRET_KEY=${stripeKey}\nPORT=8080\n`);
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web\ndata:\n  .env: ${blob}\n`;
    expect(found(text)).toContain(blob);
  });

  it('leaves base64 of harmless text, placeholders and htpasswd hashes alone', () => {
    expect(found(`data:\n  config: ${b64('log_level=debug\nworkers=4\nregion=eu-west-1\n')}`)).toEqual([]);
    expect(found(`data:\n  password: ${b64('changeme')}`)).toEqual([]);
    expect(found(`data:\n  auth: ${b64('admin:$apr1$Hx8dQ2pL$3iYVP7yNaYCwPsQ/T.mW3H\n')}`)).toEqual([]);
  });

  it('reports the text whole when its base64 of text is more than the views may read (fails closed)', () => {
    const blob = b64(`STRIPE_SECRET_KEY=${stripeKey}\n`);
    const text = `data:\n${Array.from({ length: 80 }, (_, i) => `  k${i}: ${blob}`).join('\n')}\n`;
    const kinds = detectSecrets(text).map((m) => m.kind);
    expect(kinds).toContain('SECRETS_SCAN_LIMIT');
    // Under the bound, each run is read and reported by itself.
    expect(detectSecrets(`data:\n  a: ${blob}\n  b: ${blob}\n`).map((m) => m.kind)).not.toContain('SECRETS_SCAN_LIMIT');
  });

  it('decodes only readable text', () => {
    expect(readableBase64(b64('user: alice\npass: x'))).toBe('user: alice\npass: x');
    expect(readableBase64(Buffer.from([0, 1, 2, 250, 251, 252, 10, 11, 12, 13, 14, 15]).toString('base64'))).toBeNull();
  });

  it('keeps every span inside the text, whatever the escapes (property)', () => {
    const piece = fc.constantFrom('%2B', '%3D', '%41', '&quot;', '&amp;', '&#65;', '=3D', '=\n', 'password=', 'auth: ', 'data:', 'QUJD', 'ZGVm', ' ', '\n', 'x', '==');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        for (const m of detectSecrets(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThanOrEqual(m.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
