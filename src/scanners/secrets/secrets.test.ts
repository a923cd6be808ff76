import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { base62, crc32, hasValidBase62Checksum } from './checksums.js';
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

  it('does not report keys that name metadata about a secret (ids, versions, hashes, policies)', () => {
    // random-looking hex (a digest of the seed), so only the key name can make the difference
    const hex = (n: number, seed: number) => createHash('sha256').update(String(seed)).digest('hex').slice(0, n);
    expect(kinds(`"auth_request_id": "${hex(32, 1)}"`)).toEqual([]);
    expect(kinds(`secret_version = ${hex(40, 2)}`)).toEqual([]);
    expect(kinds(`"api_key_fingerprint": "${hex(40, 3)}"`)).toEqual([]);
    expect(kinds(`tokenExpiresAt: ${hex(24, 4)}x9Q`)).toEqual([]);
    expect(kinds('"password_policy": "strong"')).toEqual([]);
    expect(kinds('AUTH_PROVIDER=okta-workforce-eu-central-1-prod')).toEqual([]);
    // the same values under a key that holds a secret are still found
    expect(kinds(`"auth_token": "${rnd(ALNUM, 32, 5)}"`).map((k) => k[0])).toEqual(['GENERIC_API_KEY']);
    expect(kinds(`secret = ${hex(40, 2)}`).map((k) => k[0])).toEqual(['GENERIC_API_KEY']);
    expect(kinds(`"auth_request": "${hex(32, 1)}"`).map((k) => k[0])).toEqual(['GENERIC_API_KEY']);
  });

  it('does not report code, variables or settings where a password literal would be', () => {
    expect(kinds('password = getpass.getpass()')).toEqual([]);
    expect(kinds('password = request.form["password"]')).toEqual([]);
    expect(kinds('password = settings.DATABASE_PASSWORD')).toEqual([]);
    expect(kinds('db_password = var.db_password')).toEqual([]);
    expect(kinds('password_validators = [MinLength, NotCommon]')).toEqual([]);
    expect(kinds('password: "%DB_PASSWORD%"')).toEqual([]);
    expect(kinds('passwd: files systemd')).toEqual([]);
    expect(kinds('bypass_cache = forever-and-ever')).toEqual([]);
    // a quoted literal with a dot is a password, and so is a bare one
    expect(kinds('password = "hunter.Two2"')).toEqual([['PASSWORD', 'hunter.Two2']]);
    expect(kinds('password=Tr0ub4dor&3')).toEqual([['PASSWORD', 'Tr0ub4dor&3']]);
    expect(kinds('password: "Grüße-aus-Köln-7"')).toEqual([['PASSWORD', 'Grüße-aus-Köln-7']]);
    expect(kinds('password: "ääääääääääää"')).toEqual([]);
  });

  it('does not report slugs and resource names as generic keys', () => {
    expect(kinds('auth_method = "oauth2-client-credentials"')).toEqual([]);
    expect(kinds('  vaultForSecrets: cmp7-uat-3094471826')).toEqual([]);
    expect(kinds('client_secret: build-2024-05-01-nightly-x86')).toEqual([]);
    const machineMade = rnd(ALNUM, 20, 9);
    expect(kinds(`client_secret: ${machineMade}`)).toEqual([['GENERIC_API_KEY', machineMade]]);
  });

  it('does not report base64 of images and other files as keys', () => {
    const png = `iVBORw0KGgoAAAANSUhEUgAAA${rnd(ALNUM, 60, 11)}`;
    expect(kinds(`"thumbnail_token": "${png}"`)).toEqual([]);
    expect(kinds(`auth_token=data:image/gif;base64,R0lGODlh${rnd(ALNUM, 40, 12)}`)).toEqual([]);
    expect(kinds(`"secret": "H4sIAAAAAAAA${rnd(ALNUM, 40, 13)}"`)).toEqual([]);
  });

  it('does not report values made of one repeated unit', () => {
    expect(kinds(`GR1348941${'408'.repeat(7)}`)).toEqual([]);
    expect(kinds(`ghp_${'Ab3'.repeat(12)}`)).toEqual([]);
    expect(kinds(`sk_live_${'x1Y2'.repeat(6)}`)).toEqual([]);
  });

  it('does not report published default credentials in URLs (user = password)', () => {
    expect(kinds('amqp://guest:guest@rabbit:5672/')).toEqual([]);
    expect(kinds('postgres://postgres:Postgres@localhost/app')).toEqual([]);
    expect(kinds('postgres://app:Rt7-kq2M-x9@localhost/app')).toEqual([['DATABASE_URL_PASSWORD', 'Rt7-kq2M-x9']]);
  });

  it('does not report Basic credentials that decode to placeholders or defaults', () => {
    const basic = (userPass: string) => Buffer.from(userPass).toString('base64');
    expect(kinds(`Authorization: Basic ${basic('user:password')}`)).toEqual([]);
    expect(kinds(`curl -H "Authorization: Basic ${basic('admin:<your-password>')}" https://h`)).toEqual([]);
    expect(kinds(`Authorization: Basic ${basic('guest:guest')}`)).toEqual([]);
    const real = basic(`svc:${rnd(ALNUM, 18, 4)}`);
    expect(kinds(`Authorization: Basic ${real}`)).toEqual([['AUTHORIZATION_HEADER', real]]);
  });

  it('finds assignments inside JSON strings, JSON in JSON and CSV cells', () => {
    const key = rnd(ALNUM, 32, 21);
    const inner = `api_key="${key}"`;
    expect(kinds(JSON.stringify({ msg: inner })).map((k) => k[1])).toEqual([key]);
    expect(kinds(JSON.stringify({ log: JSON.stringify({ msg: inner }) })).map((k) => k[1])).toEqual([key]);
    expect(kinds(`7,alice,"${inner.replace(/"/g, '""')}"`).map((k) => k[1])).toEqual([key]);
    expect(kinds(JSON.stringify({ cfg: 'password="Wq8!zr-Lm2"' })).map((k) => k[1])).toEqual(['Wq8!zr-Lm2']);
  });

  it('scores GitHub and npm tokens higher when their CRC32 checksum holds', () => {
    expect(crc32('123456789')).toBe(0xcbf43926); // the standard check value
    expect(crc32('token body')).toBe(zlibCrc32('token body'));
    // base62 written independently: digits, then A–Z, then a–z, most significant first
    const enc = (n: number) => {
      const digits: string[] = [];
      for (let v = n; v > 0; v = Math.floor(v / 62)) digits.unshift('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[v % 62]!);
      return digits.join('').padStart(6, '0');
    };
    expect(base62(0xcbf43926, 6)).toBe(enc(0xcbf43926));
    const body = rnd(ALNUM, 30, 17);
    const valid = `ghp_${body}${enc(zlibCrc32(body))}`;
    const invalid = `ghp_${body}${enc((zlibCrc32(body) + 1) >>> 0)}`;
    expect(hasValidBase62Checksum(valid)).toBe(true);
    expect(hasValidBase62Checksum(invalid)).toBe(false);
    const score = (t: string) => detectSecrets(`token ${t}`)[0]?.score;
    expect(score(valid)).toBeGreaterThan(score(invalid)!);
    expect(score(invalid)).toBeGreaterThanOrEqual(0.9); // still reported: a key-shaped value is worth flagging
    const npm = `npm_${body}${enc(zlibCrc32(body))}`;
    expect(score(npm)).toBe(score(valid));
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
