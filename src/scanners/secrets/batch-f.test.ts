import { describe, expect, it } from 'vitest';
import { detectSecrets } from './detect.js';
import { isPasswordSetting, withoutTypeAnnotation } from './shape.js';

const kinds = (text: string) => detectSecrets(text).map((m) => [m.kind, text.slice(m.start, m.end)]);

/** Key-like values built at run time (a fixed linear congruential walk), so this file holds no literal key. */
function chars(alphabet: string, n: number, seed: number): string {
  let s = '';
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += alphabet[(x >>> 16) % alphabet.length];
  }
  return s;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

// Misses and the false alarm of blind batch F (test/secrets/blind-batch-f.ts), each with controls.
describe('secrets: blind batch F', () => {
  it('reads an assignment with a type annotation, and the key name before the annotation', () => {
    const hex = chars(HEX, 32, 7);
    expect(kinds(`def send(to: str, auth_token: str = "${hex}") -> str:`)).toEqual([['GENERIC_API_KEY', hex]]);
    expect(kinds(`  password: Optional[str] = "Harbor12!x"`)).toEqual([['PASSWORD', 'Harbor12!x']]);
    expect(kinds(`token_hash: str = "${hex}"`)).toEqual([]); // a digest of the token, named so before the annotation
    expect(kinds('    password: str = Field(..., min_length=8)')).toEqual([]);
    expect(kinds("  private readonly apiKey: string = process.env.API_KEY ?? '';")).toEqual([]);
    expect(withoutTypeAnnotation('auth_token: str = "')).toBe('auth_token = "');
    expect(withoutTypeAnnotation('"password": "')).toBe('"password": "');
  });

  it('takes hex keys at a lower entropy floor than other alphabets', () => {
    // 32 hex digits with many repeats (3.2 bits): one random hex key in five is below the 3.5 floor of other alphabets.
    expect(kinds('api_key = "541154458e08b4e6f4313c166354e160"')).toEqual([['GENERIC_API_KEY', '541154458e08b4e6f4313c166354e160']]);
  });

  it('finds the AWS secret key passed right after its key id', () => {
    const id = `AKIA${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 3)}`;
    const secret = chars(`${ALNUM}+/`, 40, 11);
    expect(kinds(`new BasicAWSCredentials("${id}", "${secret}")`)).toContainEqual(['AWS_SECRET_ACCESS_KEY', secret]);
    // One AWS secret in 32 starts with `/`: not a path here.
    const slashed = `/${secret.slice(1)}`;
    expect(kinds(`new BasicAWSCredentials("${id}", "${slashed}")`)).toContainEqual(['AWS_SECRET_ACCESS_KEY', slashed]);
    expect(kinds(`${id},${'0123456789'.repeat(4)}`).map(([k]) => k)).toEqual(['AWS_ACCESS_KEY_ID']);
  });

  it('finds a database URL password with an empty user, not a port', () => {
    const pw = chars(ALNUM, 24, 5);
    expect(kinds(`REDIS_URL=redis://:${pw}@redis:6379/0`)).toEqual([['DATABASE_URL_PASSWORD', pw]]);
    expect(kinds('mongodb://:27017@host')).toEqual([]);
    expect(kinds('redis://:@localhost:6379')).toEqual([]);
  });

  it("finds an Okta token after Okta's SSWS scheme", () => {
    const token = `00${chars(`${ALNUM}-_`, 40, 9)}`;
    expect(kinds(`curl -H "Authorization: SSWS ${token}" https://acme.okta.com/api/v1/users`)).toEqual([['OKTA_API_TOKEN', token]]);
    expect(kinds('Authorization: SSWS ${OKTA_API_TOKEN}')).toEqual([]);
  });

  it('finds a session cookie by its name, not other cookies', () => {
    const sid = chars('abcdefghijklmnopqrstuvwxyz0123456789', 32, 13);
    expect(kinds(`Cookie: csrftoken=${chars(ALNUM, 32, 2)}; sessionid=${sid}; django_language=en`)).toEqual([['SESSION_COOKIE', sid]]);
    expect(kinds(`Set-Cookie: PHPSESSID=${sid}; path=/; HttpOnly`)).toEqual([['SESSION_COOKIE', sid]]);
    expect(kinds(JSON.stringify({ msg: `GET /\nCookie: sessionid=${sid}` }))).toEqual([['SESSION_COOKIE', sid]]);
    expect(kinds('Cookie: session=<redacted>; theme=dark')).toEqual([]);
    expect(kinds('Set-Cookie: sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/')).toEqual([]);
    expect(kinds(`Set-Cookie: __cf_bm=${chars(ALNUM, 43, 4)}; path=/; HttpOnly`)).toEqual([]);
  });

  it('finds a password right after its label when a user name comes first', () => {
    expect(kinds('host ftp.lojaexemplo.com.br, usuário lojista, senha Harbor12!')).toEqual([['PASSWORD', 'Harbor12']]);
    expect(kinds('ssh in as user deploy, password Maple482x')).toEqual([['PASSWORD', 'Maple482x']]);
    expect(kinds('Benutzer hans, Passwort Lantern77?')).toEqual([['PASSWORD', 'Lantern77']]);
    expect(kinds('Benutzer ist admin, mein Passwort ist Pepper999. Danke!')).toEqual([['PASSWORD', 'Pepper999']]); // 2.2 bits a character
    expect(kinds('Enter your username and password twice.')).toEqual([]);
    expect(kinds('user admin, password reset required after 90 days')).toEqual([]);
    expect(kinds('the password SHA256 of user root')).toEqual([]); // no user name before the label
  });

  it('does not take a label in a non-Latin script for a password', () => {
    expect(isPasswordSetting('パスワード（確認）')).toBe(true);
    expect(isPasswordSetting('确认密码')).toBe(true);
    expect(isPasswordSetting('Пароль2024')).toBe(false);
    expect(kinds(JSON.stringify({ ja: { password_confirm: 'パスワード（確認）' }, zh: { password_confirm: '确认密码' } }))).toEqual([]);
  });
});
