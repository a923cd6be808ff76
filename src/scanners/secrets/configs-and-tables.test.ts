import { describe, expect, it } from 'vitest';
import { ALNUM, B64, B64URL, DIGITS, HEXL, randomChars } from '../../../test/secrets/fixtures.js';
import { detectSecrets } from './detect.js';

// Forms blind batch D missed: headers set by web-server directives, property lists and Android string
// resources, Discord bot tokens named by nothing, CSV credential columns (also inside a JSON string).
const r = randomChars('configs-and-tables');
const found = (text: string) => detectSecrets(text).filter((m) => m.score >= 0.5).map((m) => text.slice(m.start, m.end));
const asJson = (text: string) => JSON.stringify({ msg: text });

describe('headers set by web-server directives', () => {
  it('finds the value of an auth header set by nginx or Apache, quoted or not', () => {
    const key = r(ALNUM, 32);
    expect(found(`proxy_set_header X-Api-Key ${key};`)).toEqual([key]);
    const basic = Buffer.from(`svc:${r(ALNUM, 16)}`).toString('base64');
    expect(found(`proxy_set_header Authorization "Basic ${basic}";`)).toEqual([basic]);
    const token = r(HEXL, 40);
    expect(found(`RequestHeader set X-Auth-Token "${token}"`)).toEqual([token]);
    expect(found(`Header always set Authorization "Bearer ${token}"`)).toEqual([token]);
    expect(found(asJson(`proxy_set_header X-Api-Key "${key}";`))).toEqual([key]);
  });

  it('leaves variables, other headers and placeholders alone', () => {
    expect(found('proxy_set_header Authorization $http_authorization;\nproxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;')).toEqual([]);
    expect(found('RequestHeader set X-Auth-Token "%{AUTH_TOKEN}e"\nRequestHeader unset Authorization')).toEqual([]);
    expect(found('proxy_set_header X-Request-Id 0123456789abcdef0123;\nproxy_set_header X-Api-Key YOUR_API_KEY_HERE;')).toEqual([]);
  });
});

describe('property lists and Android string resources', () => {
  it('finds a secret, key or password stored under its name', () => {
    const secret = r(ALNUM, 40);
    expect(found(`<key>API_SECRET</key>\n<string>${secret}</string>`)).toEqual([secret]);
    expect(found(asJson(`<key>StripeSecretKey</key>\n\t<string>${secret}</string>`))).toEqual([secret]);
    const password = `Harbor${r(DIGITS, 2)}!Mango`;
    expect(found(`<key>DBPassword</key><string>${password}</string>`)).toEqual([password]);
    expect(found(`<string name="stripe_secret" translatable="false">${secret}</string>`)).toEqual([secret]);
  });

  it('leaves public keys, ids, build variables and labels alone', () => {
    expect(found(`<key>SUPublicEDKey</key>\n<string>${r(B64, 43)}=</string>`)).toEqual([]);
    expect(found('<key>APIKey</key>\n<string>$(API_KEY)</string>\n<key>AuthToken</key>\n<string>${AUTH_TOKEN}</string>')).toEqual([]);
    expect(found('<key>PasswordAutoFill</key>\n<string>enabled</string>')).toEqual([]);
    expect(found('<string name="api_key_hint">Enter your API key</string>\n<string name="token_label">Access token</string>')).toEqual([]);
  });
});

describe('Discord bot tokens', () => {
  const id = `1${r(DIGITS, 17)}`;
  const token = `${Buffer.from(id).toString('base64url')}.${r(B64URL, 6)}.${r(B64URL, 38)}`;

  it('are found where a chat or a `client.run(…)` holds them, not only after `discord…=`', () => {
    expect(found(`here's my bot token pls help it says 401: ${token}`)).toEqual([token]);
    expect(found(`client.run("${token}")`)).toEqual([token]);
  });

  it('need a first part that decodes to a numeric id', () => {
    const lookAlike = `MTk${r(B64URL, 21)}.${r(B64URL, 6)}.${r(B64URL, 38)}`;
    expect(Buffer.from(lookAlike.split('.')[0]!, 'base64url').toString('latin1')).not.toMatch(/^\d+$/);
    expect(detectSecrets(`my bot token is ${token}`).map((m) => m.kind)).toEqual(['DISCORD_BOT_TOKEN']);
    expect(detectSecrets(`my bot token is ${lookAlike}`).filter((m) => m.kind === 'DISCORD_BOT_TOKEN')).toEqual([]);
  });
});

describe('CSV credential columns', () => {
  it('finds an API key under an `api_key` or `access_token` header, plain and inside a JSON string', () => {
    const key = r(ALNUM, 32);
    expect(found(`service,api_key,owner\nweather,${key},team-geo`)).toEqual([key]);
    expect(found(`"service","access_token"\n"maps","${key}"`)).toEqual([key]);
    expect(found(asJson(`service,api_key,owner\nweather,${key},team-geo`))).toEqual([key]);
  });

  it('finds a password column of a table pasted into a JSON string', () => {
    const password = `Otter${r(DIGITS, 2)}#Quartz`;
    expect(found(asJson(`email,password,role\nana@acme.io,${password},admin`))).toEqual([password]);
    expect(found(`{"csv": "email,password\\r\\nana@acme.io,${password}\\r\\n"}`)).toEqual([password]);
  });

  it('leaves other columns, ids and misaligned quoted cells alone', () => {
    expect(found('id,name,api_key_last4,created\n1,weather,7f3a,2024-01-01')).toEqual([]);
    expect(found(`token_type,token\nbearer,${'0'.repeat(8)}-0000-4000-a000-${'0'.repeat(12)}`)).toEqual([]);
    expect(found('"name","url","username","password"\n"GitHub","https://github.com","ana",""')).toEqual([]);
    expect(found('msgid "Password"\nmsgstr "Passwort"')).toEqual([]);
    expect(found(`user,secret\nana,${'x'.repeat(20)}`)).toEqual([]);
  });
});

// Forms blind batch E missed.
describe('encoded keys, header pairs, bearer calls, short and foreign labels', () => {
  it('finds a PEM private key in base64 (kubeconfig client-key-data), not a certificate', () => {
    const pem = `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI${r(B64, 60)}\n-----END EC PRIVATE KEY-----\n`;
    const encoded = Buffer.from(pem).toString('base64');
    expect(found(`    client-key-data: ${encoded}`)).toEqual([encoded]);
    const cert = Buffer.from(`-----BEGIN CERTIFICATE-----\nMIIC${r(B64, 120)}\n-----END CERTIFICATE-----\n`).toString('base64');
    expect(found(`    certificate-authority-data: ${cert}`)).toEqual([]);
  });

  it('finds an Authorization header written as a name/value pair (HAR, Postman)', () => {
    const token = r(B64URL, 40);
    expect(found(`{"name": "Authorization", "value": "Bearer ${token}"}`)).toEqual([token]);
    expect(found(`{"key": "X-Api-Key", "value": "${token}"}`)).toEqual([token]);
    expect(found('{"name": "Authorization", "value": "Bearer {{access_token}}"}\n{"name": "Authorization", "in": "header"}')).toEqual([]);
  });

  it('takes a base64url value ending in `-` or `_` as a key', () => {
    const token = `${r(B64URL, 38)}-_`;
    expect(found(`{"key": "token", "value": "${token}"}`)).toEqual([token]);
  });

  it("finds Laravel's APP_KEY and a token given to a bearer method", () => {
    const appKey = `base64:${r(B64, 43)}=`;
    expect(found(`APP_ENV=production\nAPP_KEY=${appKey}`)).toEqual([appKey]);
    expect(found('APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=')).toEqual([]);
    const token = r(B64URL, 40);
    expect(found(`client.get(url).bearer_auth("${token}")`)).toEqual([token]);
    expect(found(`Http::withToken('${token}')->get($url);`)).toEqual([token]);
    expect(found('client.get(url).bearer_auth(&token)')).toEqual([]);
  });

  it('reads the short label `pw`, not inside a word and not for a plain word', () => {
    const pw = `Cinder${r(DIGITS, 2)}!Oxbow`;
    expect(found(`ftp user: acme\npw: ${pw}`)).toEqual([pw]);
    expect(found(asJson(`user: acme\npw: ${pw}`))).toEqual([pw]);
    expect(found(`DB_PW=${pw}`)).toEqual([pw]);
    expect(found('pw: required\nnpw: 12345678ab\nkpw=1.0.4-rc1')).toEqual([]);
  });

  it('reads "password" in other languages with an ASCII stem, in a sentence or as a label', () => {
    const pw = `Fjord${r(DIGITS, 2)}*Lumen`;
    expect(found(`la contraseña del wifi de invitados es ${pw}`)).toEqual([pw]);
    expect(found(asJson(`Das Passwort ist ${pw}`))).toEqual([pw]);
    expect(found(`Lösenord: ${pw}`)).toEqual([pw]);
    expect(found('Passwort vergessen?\nLa contraseña es obligatoria.\nMot de passe : 8 caractères minimum')).toEqual([]);
  });

  it('reads a password column of a semicolon- or tab-separated table', () => {
    const pw = `Nectar${r(DIGITS, 2)}#Pylon`;
    expect(found(`id;email;password\n1;ana@acme.de;${pw}`)).toEqual([pw]);
    expect(found(`email\tpassword\trole\nana@acme.io\t${pw}\tadmin`)).toEqual([pw]);
    expect(found(`id;email;passwort_hash\n1;ana@acme.de;$2y$10$${r(ALNUM, 53)}`)).toEqual([]);
  });
});
