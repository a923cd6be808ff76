import { describe, expect, it } from 'vitest';
import { ALNUM, DIGITS, HEXL, randomChars, uuid } from '../../../test/secrets/fixtures.js';
import { detectSecrets } from './detect.js';

// What blind batch Y (session 25: infrastructure state, secret-store output, data and identity dumps) showed
// unread: each format with the look-alikes that must stay unreported.
const r = randomChars('batch-y');
const found = (text: string) => detectSecrets(text).filter((m) => m.score >= 0.5).map((m) => text.slice(m.start, m.end));
const asJson = (text: string) => JSON.stringify({ msg: text });
const asCsvCell = (text: string) => `7,ops,"${text.replace(/"/g, '""')}",ok`;
const pw = () => `Glacier${r(DIGITS, 2)}.${r(ALNUM, 7)}`;

describe('infrastructure state and outputs', () => {
  it('reads a value Terraform marks sensitive, not one it does not or one it masks', () => {
    const p = pw();
    const out = (sensitive: boolean, value: string) => `{\n  "db_master_password": {\n    "sensitive": ${sensitive},\n    "type": "string",\n    "value": "${value}"\n  }\n}`;
    expect(found(out(true, p))).toEqual([p]);
    expect(found(asCsvCell(out(true, p)))).toEqual([p]);
    expect(found(out(false, 'vpc-9e77ef7af82b66c81'))).toEqual([]);
  });

  it("reads a random_password's result in state, a Helm set value in a plan, a NoEcho default", () => {
    const p = pw();
    expect(found(`"type": "random_password",\n"attributes": {\n  "length": 24,\n  "result": "${p}",\n  "special": true`)).toEqual([p]);
    expect(found(`  + set {\n      + name  = "auth.adminPassword"\n      + value = "${p}"\n    }`)).toEqual([p]);
    expect(found(`  - set {\n      - name  = "auth.adminPassword" -> null\n      - value = "" -> null\n    }`)).toEqual([]);
    expect(found(`Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 12\n    Default: ${p}\n`)).toEqual([p]);
    const key = r(HEXL, 32);
    expect(found(`[\n  {\n    "ParameterKey": "DatadogApiKey",\n    "ParameterValue": "${key}"\n  },\n  {\n    "ParameterKey": "SlackWebhookUrl",\n    "ParameterValue": "****"\n  }\n]`)).toEqual([key]);
  });

  it('reads a Pulumi secret shown with --show-secrets, not its ciphertext', () => {
    const p = pw();
    expect(found(`"password": {\n  "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",\n  "plaintext": "\\"${p}\\""\n}`)).toEqual([p]);
    expect(found(`"password": {\n  "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",\n  "ciphertext": "v1:${r(ALNUM, 40)}"\n}`)).toEqual([]);
  });
});

describe('secret-store output', () => {
  it('reads a password set by name and value in a 1Password field and a Kubernetes env entry', () => {
    const p = pw();
    expect(found(`{\n  "id": "password",\n  "type": "CONCEALED",\n  "purpose": "PASSWORD",\n  "label": "password",\n  "value": "${p}"\n}`)).toEqual([p]);
    expect(found(`env:\n  - name: DB_PASSWORD\n    value: "${p}"\n  - name: DB_HOST\n    value: "pg.internal"`)).toEqual([p]);
    expect(found('env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg\n        key: password')).toEqual([]);
  });

  it('reads a secret a CLI prints on the next line, also after a log or chat prefix', () => {
    const p = pw();
    expect(found(`[10:14:02] + aws ssm get-parameter --name /prod/db_password --with-decryption --query Parameter.Value --output text\n[10:14:03] ${p}`)).toEqual([p]);
    expect(found(`[10:42] <mk> $ kubectl -n mon get secret grafana -o jsonpath='{.data.admin-password}' | base64 -d\n[10:42] <mk> ${p}`)).toEqual([p]);
    expect(found(`$ terraform output -raw grafana_admin_password\n${p}`)).toEqual([p]);
    expect(found('$ aws ssm get-parameter --name /prod/db_password --query Parameter.Value --output text\nAQICAHh…')).toEqual([]);
  });
});

describe('databases, directories, monitoring', () => {
  it('reads SQL Server and Oracle passwords, not a stored hash', () => {
    const p = pw();
    expect(found(`CREATE LOGIN [svc_etl] WITH PASSWORD = N'${p}', CHECK_POLICY = OFF;`)).toEqual([p]);
    expect(found(`SQL> CREATE DATABASE LINK erp_link\n  2  CONNECT TO erp_reader IDENTIFIED BY Meadow784LIh30E\n  3  USING 'ERPPROD';`)).toEqual(['Meadow784LIh30E']);
    expect(found(`CREATE LOGIN [svc] WITH PASSWORD = 0x0200${r(HEXL, 136).toUpperCase()} HASHED, SID = 0x4DF4`)).toEqual([]);
    expect(found("ALTER USER app IDENTIFIED BY VALUES 'S:8F2D…'")).toEqual([]);
  });

  it('reads Redis ACL, LDIF, Kafka JAAS passwords, not their hashes', () => {
    const p = pw();
    expect(found(`user sessions on >${p} ~sess:* +@read\nuser exporter on #${r(HEXL, 64)} ~* +info`)).toEqual([p]);
    expect(found(`dn: uid=svc,ou=Services,dc=corp\nuserPassword:: ${Buffer.from(p).toString('base64')}`)).toEqual([Buffer.from(p).toString('base64')]);
    expect(found(`dn: uid=svc,ou=Services,dc=corp\nuserPassword:: ${Buffer.from(`{SSHA}${r(ALNUM, 28)}`).toString('base64')}`)).toEqual([]);
    expect(found(`KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_connect="${p}";\n};`)).toEqual([p]);
    expect(found(`const user_name = "${p}";`)).toEqual([]);
  });

  it('reads Elasticsearch reset output, PagerDuty and Opsgenie keys, and leaves an AES-GCM tag', () => {
    expect(found('$ elasticsearch-reset-password -u elastic\nPassword for the [elastic] user successfully reset.\nNew value: YuH2KH83PLP=1+v9MIVS')).toEqual(['YuH2KH83PLP=1+v9MIVS']);
    const routing = r(HEXL, 32);
    expect(found(`pagerduty_configs:\n  - routing_key: ${routing}\n    severity: critical`)).toEqual([routing]);
    const ops = uuid(r);
    expect(found(`opsgenie_configs:\n  - api_key: ${ops}\n    api_url: https://api.eu.opsgenie.com/`)).toEqual([ops]);
    expect(found(asJson(`"password": {"encrypted_data": "${r(ALNUM, 40)}", "iv": "X3n0vq8DkpnEGAWB", "auth_tag": "Lo9cd2BUv8sjilPdpd5CeQ==", "cipher": "aes-256-gcm"}`))).toEqual([]);
  });
});

// Blind batch Z (session 25: what API clients, proxies and browsers see).
describe('API clients, proxies and browsers', () => {
  it('reads a session cookie given to curl, httpie bearer auth and session files', () => {
    const id = r(HEXL, 32).toUpperCase();
    expect(found(`curl -s -b "JSESSIONID=${id}" https://erp.example/api/orders`)).toEqual([id]);
    expect(found('curl -s -b "theme=dark" https://erp.example/api/orders')).toEqual([]);
    const token = r(ALNUM, 40);
    expect(found(`http --auth-type=bearer --auth ${token} GET https://api.example/v1/me`)).toEqual([token]);
    const p = pw();
    expect(found(`{"auth": {"type": "basic", "raw_auth": "deploy:${p}"}}`)).toEqual([p]);
  });

  it('reads an OAuth code beside its state and a posted SAMLResponse, not a challenge or a verifier alone', () => {
    const code = r(ALNUM, 43);
    expect(found(`"GET /auth/callback?code=${code}&state=${r(ALNUM, 22)} HTTP/1.1" 302`)).toEqual([code]);
    expect(found(`/authorize?response_type=code&client_id=web&state=${r(ALNUM, 32)}&code_challenge=${r(ALNUM, 43)}`)).toEqual([]);
    expect(found(`"nonce": "${r(ALNUM, 22)}", "state": "${r(ALNUM, 32)}", "code_verifier": "${r(ALNUM, 43)}"`)).toEqual([]);
    const saml = Buffer.from(`<samlp:Response ID="_${r(HEXL, 40)}"><saml:Assertion>${r(ALNUM, 200)}</saml:Assertion></samlp:Response>`).toString('base64');
    expect(found(`POST /acs HTTP/1.1\n\nSAMLResponse=${saml}&RelayState=%2Fhome`)).toEqual([saml]);
  });

  it("reads Azure APIM's subscription key; leaves SigV4's scheme, anti-forgery tokens and a token cut short", () => {
    const key = r(HEXL, 32);
    expect(found(`"headers": [ { "name": "Ocp-Apim-Subscription-Key", "value": "${key}" } ]`)).toEqual([key]);
    expect(found('Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261128/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=' + r(HEXL, 64))).toEqual([]);
    expect(found(`<input name="__RequestVerificationToken" type="hidden" value="${r(ALNUM, 90)}" />`)).toEqual([]);
    expect(found('{"access_token": "eyJhbGciOiJSUzI1NiIs…", "expires_in": 3600}')).toEqual([]);
  });
});
