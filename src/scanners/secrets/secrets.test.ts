import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { base62, crc32, hasValidBase62Checksum } from './checksums.js';
import { createHash, createHmac } from 'node:crypto';
import { detectSecrets } from './detect.js';
import { isDemoSignedJwt, isPublishedExample } from './examples.js';
import { isCiphertext, isEncodedPlaceholder, isPlaceholder, isTypedSequence } from './placeholders.js';
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

  it('has only lower-case keywords (the prefilter matches them against the lower-cased text)', () => {
    for (const r of SECRET_RULES) for (const k of r.keywords) expect(k, `${r.kind} keyword`).toBe(k.toLowerCase());
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

  it('does not report a signed JWT cut short in a header, but does report it whole', () => {
    const seg = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const head = `${seg({ alg: 'HS256', typ: 'JWT' })}.${seg({ sub: 'svc', n: 1 })}`;
    expect(kinds(`curl -H "Authorization: Basic ${head}.kvRP" https://api.example.org`)).toEqual([]);
    expect(kinds(`Authorization: Bearer ${head}.kvRP`)).toEqual([]);
    const whole = `${head}.${rnd(ALNUM, 43, 5)}`;
    expect(kinds(`Authorization: Bearer ${whole}`)).toHaveLength(1);
    // The same in a web server's proxy header, whose rule now shares the check (session 15).
    expect(kinds(`proxy_set_header Authorization "Bearer ${head}.kvRP";`)).toEqual([]);
    expect(kinds(`proxy_set_header Authorization "Bearer ${whole}";`)).toHaveLength(1);
  });

  it('does not report a key-named value of hex digits in both cases (typed, not generated)', () => {
    const mixed = `acdeFf05${rnd('0123456789abcdef', 32, 3)}`;
    expect(kinds(`meraki-api-key: ${mixed}`)).toEqual([]);
    const lower = `acdef05b${rnd('0123456789abcdef', 32, 3)}`;
    expect(kinds(`meraki-api-key: ${lower}`)).toEqual([['GENERIC_API_KEY', lower]]);
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

  it('finds human-chosen passwords in env, YAML, JSON, XML and URL syntax', () => {
    const passwords = ['Tr0ub4dor&3', 'correct-horse-battery-staple', 'Summer2024!', 'j8#Kq2!vLp', '(Qx7#mP2)', '@dmin2024', 'my-p@ss-9', 'zaq1@WSX', 'Hunter2!x', 's3cr3t_Sauce', 'N0v3mber#25', 'kD9$mQ2!', 'Blue-Whale-47', 'f00tb4ll!'];
    const forms = [(p: string) => `password: "${p}"`, (p: string) => `DB_PASSWORD=${p}`, (p: string) => `{"password": "${p}"}`, (p: string) => `<password>${p}</password>`, (p: string) => `postgres://app:${encodeURIComponent(p)}@db:5432/x`];
    const missed = passwords.flatMap((p) => forms.map((f) => f(p))).filter((t) => detectSecrets(t).length === 0);
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(1);
  });

  it('does not report values typed to fill a format: the alphabet in order, keyboard walks', () => {
    expect(isTypedSequence('ghp_1234567890abcdefghijklmnopqrstuvwxyz')).toBe(true);
    expect(isTypedSequence('glpat-aBcDeFgHiJkLmNoPqRsT')).toBe(true); // case does not hide the run
    expect(isTypedSequence('Qwertyuiop2024')).toBe(true);
    expect(isTypedSequence('abcdefg1')).toBe(false); // seven letters: not enough
    expect(isTypedSequence('abc123def456ghi789jkl012mno')).toBe(true); // letters in order with digits between
    expect(isTypedSequence('0123456789abcdef0123456789abcdef')).toBe(true); // counting through hex
    expect(isTypedSequence('12345678-ABCD-ABCD-ABCD-1234567890AB')).toBe(false); // digits counting alone are not enough
    expect(kinds(`token: ghp_1234567890abcdefghijklmnopqrstuvwxyz`)).toEqual([]);
    expect(kinds(`sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-${rnd(ALNUM, 40)}AA`)).toEqual([]);
    // random keys of every alphabet never trip it (1000 draws each)
    for (const alphabet of [ALNUM, 'abcdefghijklmnopqrstuvwxyz', '0123456789abcdef']) {
      for (let seed = 0; seed < 1000; seed++) {
        const key = Array.from(createHash('sha512').update(`${alphabet}${seed}`).digest()).map((b) => alphabet[b % alphabet.length]).join('');
        expect(isTypedSequence(key), key).toBe(false);
      }
    }
  });

  it('does not report published example values, but does report the same shape with another value', () => {
    const firebaseTest = ['AIzaSyAnLA7NfeLquW1tJFpx', '_eQCxoX-oo6YyIs'].join('');
    expect(isPublishedExample(firebaseTest)).toBe(true);
    expect(kinds(`apiKey: "${firebaseTest}"`)).toEqual([]);
    const other = `AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIt`; // same prefix, one character off
    expect(isPublishedExample(other)).toBe(false);
    expect(kinds(`apiKey: "${other}"`).map((k) => k[0])).toEqual(['GCP_API_KEY']);
    const emulator = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('');
    expect(kinds(`DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${emulator};`)).toEqual([]);
  });

  it('does not report JWTs signed with a tutorial secret (jwt.io, jsonwebtoken README)', () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const signed = (alg: string, hash: string, key: string) => {
      const body = `${b64({ alg, typ: 'JWT' })}.${b64({ sub: 'u_81', role: 'admin', iat: 1732600000 })}`;
      return `${body}.${createHmac(hash, key).update(body).digest('base64url')}`;
    };
    expect(isDemoSignedJwt(signed('HS256', 'sha256', 'your-256-bit-secret'))).toBe(true);
    expect(isDemoSignedJwt(signed('HS512', 'sha512', 'your-512-bit-secret'))).toBe(true);
    expect(kinds(`Authorization: Bearer ${signed('HS256', 'sha256', 'your-256-bit-secret')}`)).toEqual([]);
    // the same token signed with any other key is a credential, `secret` included (real services ship with it)
    for (const key of [rnd(ALNUM, 32, 8), 'secret']) {
      const token = signed('HS256', 'sha256', key);
      expect(isDemoSignedJwt(token)).toBe(false);
      expect(kinds(`Authorization: Bearer ${token}`)).toEqual([['JWT', token]]);
    }
  });

  it('sees through references cut short, elisions, YAML tags, encoded placeholders and ciphertext', () => {
    expect(kinds('DB_PASSWORD=${DB_PASSWORD:-}')).toEqual([]);
    expect(kinds('Password=#{DbPassword};')).toEqual([]);
    expect(kinds('Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi...')).toEqual([]);
    expect(kinds('db_password: !vault |')).toEqual([]);
    expect(isEncodedPlaceholder(Buffer.from('changeme').toString('base64'))).toBe(true);
    expect(kinds(`  password: ${Buffer.from('changeme').toString('base64')}`)).toEqual([]);
    const realEncoded = Buffer.from(`Pq-${rnd(ALNUM, 14, 3)}`).toString('base64');
    expect(isEncodedPlaceholder(realEncoded)).toBe(false);
    expect(kinds(`  password: ${realEncoded}`).map((k) => k[0])).toEqual(['PASSWORD']);
    const sealed = `AgB${rnd(ALNUM + '+/', 120, 6)}==`;
    expect(isCiphertext(sealed, `encryptedData:\n    password: ${sealed}`, 28)).toBe(true);
    expect(kinds(`kind: SealedSecret\nspec:\n  encryptedData:\n    password: ${sealed}`)).toEqual([]);
    expect(kinds(`password: ${sealed}`).map((k) => k[0])).toEqual(['PASSWORD']); // the same value, not under encryptedData
    expect(kinds('password: ENC[AES256_GCM,data:Tr3x9Q==,iv:abc,tag:def,type:str]')).toEqual([]);
  });

  it('keeps a random value that kept its template braces, but not a braced name', () => {
    expect(isPlaceholder('{apiKey}')).toBe(true);
    expect(isPlaceholder('{accessTokenSecret}')).toBe(true);
    expect(isPlaceholder('{ZqL5kVrX1n8tA2}')).toBe(false);
    expect(kinds('curl --user "{acd3c08b}":"{ZqL5kVrX1n8tA2}" https://h').map((k) => k[1])).toEqual(['{ZqL5kVrX1n8tA2}']);
  });

  it('finds credentials in URL authorities, XML elements, .netrc and curl user-only auth', () => {
    const gh = `ghp_${rnd(ALNUM, 36, 2)}`;
    expect(kinds(`git remote set-url origin https://${gh}@github.com/acme/infra.git`)).toEqual([['GITHUB_PAT', gh]]);
    expect(kinds(`see /docs/ghp_${rnd(ALNUM, 36, 2)}.md`)).toEqual([]); // still not inside a path
    expect(kinds('<password>Wq8zr-Lm2x!</password>')).toEqual([['PASSWORD', 'Wq8zr-Lm2x!']]);
    expect(kinds('<password>${DB_PASSWORD}</password>')).toEqual([]);
    expect(kinds('machine api.heroku.com\n  login ops@acme.io\n  password 9aea93c655bc0ad58da857aee91ef97a')).toEqual([['NETRC_PASSWORD', '9aea93c655bc0ad58da857aee91ef97a']]);
    expect(kinds('machine example.com login me password <password>')).toEqual([]);
    expect(kinds('curl -u "d2LkV78zLx!t:" https://localhost:9200')).toEqual([['CURL_USER_PASSWORD', 'd2LkV78zLx!t']]);
    expect(kinds('curl -u username: https://localhost:9200')).toEqual([]);
  });

  it('does not report an Algolia search-only key in a DocSearch config', () => {
    const key = createHash('md5').update('docs').digest('hex');
    expect(kinds(`docsearch({appId:"BH4D9OD16A",apiKey:"${key}",indexName:"acme-docs"})`)).toEqual([]);
    expect(kinds(`{apiKey:"${key}"}`).map((k) => k[0])).toEqual(['GENERIC_API_KEY']);
  });

  it('never throws and returns in-range spans on arbitrary text (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('', 'api_key=', 'password: ', 'ghp_', '-----BEGIN PRIVATE KEY-----\n', 'eyJ', 'curl -u ', 'mysql -p', '--token ', '<password>', 'machine h password ', 'sk-ant-api03-'), (s, prefix) => {
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
