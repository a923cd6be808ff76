import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSecrets } from './detect.js';
import { SECRET_RULES } from './rules.js';

const kinds = (text: string) => detectSecrets(text).map((m) => [m.kind, text.slice(m.start, m.end)]);

// Test values are assembled at run time so this file does not itself look like it leaks keys.
const rnd = (alphabet: string, n: number, seed = 7) => Array.from({ length: n }, (_, i) => alphabet[(i * 31 + seed * 17 + i * i) % alphabet.length]).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('secrets', () => {
  it('has at least 100 formats', () => {
    expect(SECRET_RULES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(SECRET_RULES.map((r) => r.kind)).size).toBeGreaterThanOrEqual(100);
  });

  it('finds provider keys with the secret as the span', () => {
    const gh = `ghp_${rnd(ALNUM, 36)}`;
    expect(kinds(`token: ${gh}`)).toEqual([['GITHUB_PAT', gh]]);
    const openai = `sk-proj-${rnd(ALNUM, 20)}T3BlbkFJ${rnd(ALNUM, 20, 3)}`;
    expect(kinds(`OPENAI_API_KEY=${openai}`)).toEqual([['OPENAI_API_KEY', openai]]);
    const aws = `AKIA${rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    expect(kinds(`id ${aws}`)).toEqual([['AWS_ACCESS_KEY_ID', aws]]);
    const stripe = `sk_live_${rnd(ALNUM, 24)}`;
    expect(kinds(stripe)).toEqual([['STRIPE_SECRET_KEY', stripe]]);
    expect(kinds('DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal:5432/app')).toEqual([['DATABASE_URL_PASSWORD', 's3cr3t-Pa55']]);
    expect(kinds('password = "correct-horse-battery"')).toEqual([['PASSWORD', 'correct-horse-battery']]);
  });

  it('checks JWT structure', () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '1234567890', name: 'x' })}.${rnd(ALNUM, 43)}`;
    expect(kinds(`Bearer ${jwt}`).map((k) => k[0])).toContain('JWT');
    const broken = `eyJhbGciOiJIUzI1NiJ9XXXX.eyJzdWIiOiIxMjM0NTY3ODkwIn0XXXX.${rnd(ALNUM, 43)}`;
    expect(kinds(broken).map((k) => k[0])).not.toContain('JWT');
  });

  it('finds a private key spanning lines', () => {
    const body = Array.from({ length: 5 }, (_, i) => rnd(ALNUM + '+/', 64, i)).join('\n');
    const pem = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`;
    expect(kinds(`key:\n${pem}\n`)).toEqual([['PRIVATE_KEY', pem]]);
  });

  it('ignores placeholders, env references, templates, hashes, UUIDs and SRI', () => {
    expect(kinds('api_key = "${OPENAI_API_KEY}"')).toEqual([]);
    expect(kinds('password: {{ vault_password }}')).toEqual([]);
    expect(kinds('password=<your-password>')).toEqual([]);
    expect(kinds('api_key: YOUR_API_KEY_HERE')).toEqual([]);
    expect(kinds('token = process.env.TOKEN')).toEqual([]);
    expect(kinds('secret_id: 123e4567-e89b-12d3-a456-426614174000')).toEqual([]);
    expect(kinds('integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"')).toEqual([]);
    expect(kinds('commit token hash: 3f786850e387550fdab836ed7e6dc881de23001b')).toEqual([]);
    expect(kinds('postgres://user:${DB_PASSWORD}@localhost/db')).toEqual([]);
  });

  it('never throws and returns in-range spans on arbitrary text (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('', 'api_key=', 'password: ', 'ghp_', '-----BEGIN PRIVATE KEY-----\n', 'eyJ'), (s, prefix) => {
        const text = prefix + s;
        for (const m of detectSecrets(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
