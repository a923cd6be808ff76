/**
 * Blind evaluation batch AA for the secret/credential detector (2026-11-28).
 *
 * Written blind by a helper on 2026-11-28, without reading the detector, its patterns, its tests, the
 * other batches (beyond the file layout of batch Z and the helpers of fixtures.ts) or any notes, and
 * without running it. Batch AA is what an outside benchmark author would write to judge a secrets
 * detector for an LLM security product without knowing it: the MAINSTREAM credential formats everybody
 * checks, spread over the containers such a benchmark uses (log lines, JSON documents, CSV rows with a
 * header, chat prose, code snippets in Python / JS / TS / Java / PHP / shell, config files in .env / YAML /
 * INI / TOML / Java properties / XML / HCL / Dockerfile, stack traces and error messages), one-liners
 * and 10–30 line texts with the secret in the middle.
 *
 * Families (positives): OpenAI (sk-proj-, sk-svcacct-, sk-admin-, legacy sk-), Anthropic (api03, admin01),
 * AWS (AKIA/ASIA id + secret key, session tokens), GCP (service-account JSON private key, AIza API keys,
 * GOCSPX OAuth client secret), Azure (storage connection strings, SAS sig, client secrets), GitHub (ghp_,
 * gho_, ghs_, github_pat_), GitLab (glpat-, glrt-), Slack (xoxb-, xoxp-, xapp-, webhooks), Stripe (sk_live_,
 * rk_live_, whsec_), Hugging Face, npm, PyPI, Twilio, SendGrid, Mailgun, Shopify, Discord, Telegram,
 * Datadog, Cloudflare, DigitalOcean, Heroku, Notion, Linear, Atlassian, Postman, Vercel, Supabase,
 * Firebase (FCM server key), JWTs, PEM / OpenSSH private keys across lines, database URLs with passwords
 * (postgres, mysql, mongodb+srv, redis, amqp, JDBC) and generic password / api_key / secret / token
 * assignments.
 *
 * Counts: 109 positives, 125 negatives.
 *
 * Negatives sit in the same containers: placeholders (`sk-...`, `<YOUR_API_KEY>`, `xxxx`, `changeme`,
 * `your-password-here`), environment / secret-store references and template syntax, redacted and masked
 * values, hashes and digests (sha256 checksum files, md5, bcrypt/argon2, git SHAs, image digests, lockfile
 * and SRI integrity), UUIDs and other ids, base64 images and fonts, public keys, certificates and JWKS,
 * vendor documentation example values, encrypted-at-rest values, and the words password / token / secret
 * in ordinary prose and error messages.
 *
 * Every key-like value is generated at run time from the seeded random source in the vendor's shape as I
 * remember it (prefix, alphabet, length, CRC-32 tails for GitHub and npm). The file holds no literal key:
 * well-known documentation values (AWS's example key pair, the jwt.io sample token, Slack's and
 * Telegram's documentation examples) are assembled from parts or computed.
 *
 * JUDGMENT CALLS:
 * - `secret` for key/value pairs is the value only; for AWS pairs it is the secret access key (the key id
 *   is present too), for Twilio the auth token / API secret (the SID is an identifier), for Datadog the
 *   case names which of the two keys is `secret`. For database URLs it is the password part only.
 * - Slack and Discord webhook URLs: `secret` is the whole URL (the URL is the credential).
 * - Azure SAS URL: `secret` is the `sig=` value exactly as it appears (URL-encoded). A SAS is a bearer
 *   credential until `se=`, so it is a POSITIVE.
 * - PEM / OpenSSH keys: `secret` is the whole block from BEGIN to END line; inside JSON it is the escaped
 *   one-line form (with literal `\n`), in YAML the block with its indentation.
 * - Kubernetes Secret `data:` values are base64 of the password: POSITIVE, `secret` is the base64 text.
 * - Keys shown next to an error saying they are invalid / unknown are still POSITIVES (the text cannot
 *   prove the claim; the full value leaked).
 * - A plaintext password in a CSV user export, in a login-failure log line and in chat is a POSITIVE.
 * - Supabase `anon` JWT and `sb_publishable_` key, Stripe `pk_live_`, Google OAuth client ids, Twilio
 *   Account SID on its own, reCAPTCHA site keys and GA measurement ids are public by design: NEGATIVES.
 * - Password HASHES (bcrypt in a SQL seed, argon2 in a config) are NEGATIVES: not usable as credentials
 *   directly, even though a benchmark could argue they are sensitive.
 * - Encrypted-at-rest values (Ansible Vault, SOPS `ENC[...]`, SealedSecret `encryptedData`) are
 *   NEGATIVES: ciphertext whose key is elsewhere.
 * - Well-known documentation values are NEGATIVES: AWS `AKIAIOSFODNN7EXAMPLE` pair, the jwt.io sample
 *   token (a valid HS256 JWT, but public), Slack's `T00000000/B00000000/XXXX…` webhook, Telegram's
 *   `123456:ABC-DEF…` token, `UseDevelopmentStorage=true`.
 * - Placeholder passwords that are words (`changeme`, `password`, `your-password-here`, `<password>`,
 *   `USER:PASSWORD@HOST`) are NEGATIVES. Prose naming weak passwords as examples ("never use
 *   password123") is a NEGATIVE.
 * - Webhook signature headers (`X-Hub-Signature-256`, `Stripe-Signature`) are NEGATIVES: per-message
 *   HMACs, not the signing secret. A CSP nonce and an ACME http-01 challenge token are NEGATIVES.
 * - Masked forms keeping a prefix and last four (`sk-…abcd`, `AKIA************WXYZ`) are NEGATIVES.
 */
import { createHmac } from 'node:crypto';
import {
  ALNUM,
  AWS_ID,
  B64,
  B64URL,
  BCRYPT,
  DIGITS,
  HEXL,
  HEXU,
  LOWER,
  UPPER,
  positiveBatch,
  randomChars,
  ulid,
  uuid,
  crcToken,
  b64urlJson,
  randomBytes,
  b64,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

const b64bytes = (r: R, n: number): string => randomBytes(r, n).toString('base64');

const D5 = '-'.repeat(5);
function wrapAt(s: string, w: number): string {
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += w) lines.push(s.slice(i, i + w));
  return lines.join('\n');
}
/** A PEM block with the given label and base64 body wrapped at `w` columns. */
function pem(label: string, body: string, w = 64): string {
  return `${D5}BEGIN ${label}${D5}\n${wrapAt(body, w)}\n${D5}END ${label}${D5}`;
}

/** PKCS#1 RSA private key (2048-bit sized). */
const rsaPkcs1 = (r: R): string => pem(['RSA', 'PRIVATE KEY'].join(' '), `MIIEpAIBAAKCAQEA${r(B64, 1576)}`);
/** PKCS#8 RSA private key (2048-bit sized). */
const rsaPkcs8 = (r: R): string =>
  pem(['PRIVATE', 'KEY'].join(' '), `MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ${r(B64, 1574)}`);
/** SEC1 EC P-256 private key, built from its DER structure with random key bytes. */
function ecPrivate(r: R): string {
  const der = Buffer.concat([
    Buffer.from('30770201010420', 'hex'),
    randomBytes(r, 32),
    Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'),
    Buffer.from('04', 'hex'),
    randomBytes(r, 64),
  ]);
  return pem(['EC', 'PRIVATE KEY'].join(' '), der.toString('base64'));
}

function sshStr(b: Buffer | string): Buffer {
  const buf = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
/** An unencrypted OpenSSH ed25519 private key, built in the openssh-key-v1 layout. */
function opensshEd25519(r: R, comment: string): string {
  const pub = randomBytes(r, 32);
  const seedBytes = randomBytes(r, 32);
  const check = randomBytes(r, 4);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
  let priv = Buffer.concat([
    check,
    check,
    sshStr('ssh-ed25519'),
    sshStr(pub),
    sshStr(Buffer.concat([seedBytes, pub])),
    sshStr(comment),
  ]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshStr('none'),
    sshStr('none'),
    sshStr(''),
    u32(1),
    sshStr(pubBlob),
    sshStr(priv),
  ]);
  return pem(['OPENSSH', 'PRIVATE KEY'].join(' '), blob.toString('base64'), 70);
}
/** ssh-ed25519 public key line. */
const sshEd25519Pub = (r: R, comment: string): string =>
  `ssh-ed25519 ${Buffer.concat([sshStr('ssh-ed25519'), sshStr(randomBytes(r, 32))]).toString('base64')} ${comment}`;
/** ssh-rsa public key line (2048-bit modulus). */
const sshRsaPub = (r: R, comment: string): string => {
  const n = Buffer.concat([Buffer.from([0]), randomBytes(r, 256)]);
  n[1] = n[1]! | 0x80;
  return `ssh-rsa ${Buffer.concat([sshStr('ssh-rsa'), sshStr(Buffer.from('010001', 'hex')), sshStr(n)]).toString('base64')} ${comment}`;
};

/** An HS256 JWT with the given claims. */
function jwtHS(r: R, claims: Record<string, unknown>): string {
  return `${b64urlJson({ alg: 'HS256', typ: 'JWT' })}.${b64urlJson(claims)}.${r(B64URL, 43)}`;
}
/** An RS256 JWT with the given claims and a random 2048-bit signature. */
function jwtRS(r: R, claims: Record<string, unknown>): string {
  return `${b64urlJson({ alg: 'RS256', typ: 'JWT', kid: r(B64URL, 27) })}.${b64urlJson(claims)}.${r(B64URL, 342)}`;
}

/** Discord bot token: base64 of the snowflake id, timestamp part, HMAC part. */
function discordBot(r: R): string {
  const id = `1${r(DIGITS, 18)}`;
  return `${Buffer.from(id).toString('base64url')}.${r(B64URL, 6)}.${r(B64URL, 38)}`;
}

const WORDS = [
  'acorn',
  'birch',
  'canyon',
  'delta',
  'falcon',
  'garnet',
  'harbor',
  'indigo',
  'jasper',
  'kodiak',
  'larch',
  'marble',
  'nimbus',
  'orchid',
  'pebble',
  'quartz',
] as const;

export function batchAAPositives(seed = 'blind-batch-aa-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  const hex = (n: number): string => r(HEXL, n);
  /** A human-made password (safe in .env / YAML / INI / shell quotes). */
  const pw = (): string => `${cap(word())}${r(ALNUM, 5)}${r('!*+-_.', 1)}${r(DIGITS, 3)}${r(LOWER, 2)}`;
  /** A generated password safe inside a URL's userinfo. */
  const urlpw = (): string => `${r(ALNUM, 12)}${r('-_.~', 1)}${r(ALNUM, 8)}`;
  const iat = 1795860000 + Number(r(DIGITS, 4));
  const openaiBody = (): string => `${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`;
  const skProj = (): string => `sk-proj-${openaiBody()}`;
  const sk = {
    proj: skProj,
    svc: (): string => `sk-svcacct-${openaiBody()}`,
    admin: (): string => `sk-admin-${openaiBody()}`,
    legacy: (): string => `sk-${r(ALNUM, 20)}T3BlbkFJ${r(ALNUM, 20)}`,
  };
  const antKey = (): string => `sk-ant-api03-${r(B64URL, 93)}AA`;
  const antAdmin = (): string => `sk-ant-admin01-${r(B64URL, 93)}AA`;
  const akia = (): string => `AKIA${r(AWS_ID, 16)}`;
  const asia = (): string => `ASIA${r(AWS_ID, 16)}`;
  const awsSecret = (): string => r(B64, 40);
  const aiza = (): string => `AIza${r(B64URL, 35)}`;
  const azKey = (): string => b64bytes(r, 64);
  const azSecret = (): string => `${r(ALNUM, 3)}8Q~${r(`${ALNUM}~._-`, 34)}`;
  const ghPat = (): string => `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`;
  const glpat = (): string => `glpat-${r(B64URL, 20)}`;
  const xoxb = (): string => `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`;
  const xoxp = (): string => `xoxp-${r(DIGITS, 12)}-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${hex(32)}`;
  const slackHook = (): string =>
    `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 10)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`;
  const skLive = (): string => `sk_live_${r(ALNUM, 24)}`;
  const skLive51 = (): string => `sk_live_51${r(ALNUM, 97)}`;
  const hfTok = (): string => `hf_${r(UPPER + LOWER, 34)}`;
  const pypi = (): string => `pypi-AgEIcHlwaS5vcmcCJD${r(B64URL, 150)}`;
  const sg = (): string => `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`;
  const tg = (): string => `${r('123456789', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`;
  const guid = (): string => uuid(r);

  // --- OpenAI -------------------------------------------------------------------------------------------
  add('OpenAI project key in .env', sk.proj(), (s) => `# --- app settings ---
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
OPENAI_API_KEY=${s}
OPENAI_MODEL=gpt-4o-mini
REDIS_URL=redis://cache:6379/0
SENTRY_ENVIRONMENT=prod`);
  add('OpenAI project key pasted in chat', sk.proj(), (s) => `hey, I keep getting "429 You exceeded your current quota" even though billing is set up. here is my key ${s} — can you check whether it is tied to the right org? I'm calling it from a python script on my laptop.`);
  add('OpenAI service-account key in Python code', sk.svc(), (s) => `import os
from openai import OpenAI

# TODO move to secrets manager before launch
client = OpenAI(api_key="${s}")


def summarize(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Summarize in 3 bullets."},
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content`);
  add('OpenAI legacy key in debug log line', sk.legacy(), (s) => `2026-11-27T09:14:02.381Z DEBUG httpx: Request headers: {'host': 'api.openai.com', 'authorization': 'Bearer ${s}', 'content-type': 'application/json', 'user-agent': 'OpenAI/Python 1.54.3'}`);
  add('OpenAI project key in editor-extension JSON config', sk.proj(), (s) => `{
  "models": [
    {
      "title": "GPT-4o",
      "provider": "openai",
      "model": "gpt-4o",
      "apiKey": "${s}"
    }
  ],
  "tabAutocompleteModel": { "title": "Starcoder", "provider": "ollama", "model": "starcoder2:3b" },
  "allowAnonymousTelemetry": false
}`);
  add('OpenAI admin key in CSV inventory row', sk.admin(), (s) => `name,key,owner,created_at,scopes
usage-dashboard,sk-admin-...${r(ALNUM, 4)},finops@corp.example,2026-08-14,read
billing-export,${s},finops@corp.example,2026-10-02,read
legacy-bot,(revoked),platform@corp.example,2025-03-30,none`);

  // --- Anthropic ----------------------------------------------------------------------------------------
  add('Anthropic key in .env.local', antKey(), (s) => `NEXT_PUBLIC_APP_URL=http://localhost:3000
ANTHROPIC_API_KEY=${s}
DATABASE_URL=file:./dev.db`);
  add('Anthropic key in TypeScript code', antKey(), (s) => `import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '${s}' });

export async function classify(ticket: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 256,
    messages: [{ role: 'user', content: \`Classify this support ticket: \${ticket}\` }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}`);
  add('Anthropic key in curl command', antKey(), (s) => `curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${s}" \\
  -H "anthropic-version: 2023-06-01" \\
  -H "content-type: application/json" \\
  -d '{"model":"claude-sonnet-4-5","max_tokens":1024,"messages":[{"role":"user","content":"Hello"}]}'`);
  add('Anthropic admin key in chat message', antAdmin(), (s) => `@channel rotating the org admin key today. new one for the terraform workspace is ${s} — please update the TF Cloud variable and ping me when done.`);

  // --- AWS ----------------------------------------------------------------------------------------------
  add('AWS credentials file (secret access key)', awsSecret(), (s) => `[default]
aws_access_key_id = ${akia()}
aws_secret_access_key = ${s}
region = eu-west-1

[staging]
role_arn = arn:aws:iam::${r(DIGITS, 12)}:role/deploy
source_profile = default
region = eu-west-1`);
  add('AWS access key CSV download', awsSecret(), (s) => `Access key ID,Secret access key
${akia()},${s}`);
  add('AWS keys exported in CI log', awsSecret(), (s) => `$ ./scripts/deploy-static.sh
+ export AWS_ACCESS_KEY_ID=${akia()}
+ export AWS_SECRET_ACCESS_KEY=${s}
+ export AWS_DEFAULT_REGION=us-east-1
+ aws s3 sync ./dist s3://corp-static-site --delete
upload: dist/index.html to s3://corp-static-site/index.html
upload: dist/assets/app.js to s3://corp-static-site/assets/app.js
+ aws cloudfront create-invalidation --distribution-id E${r(UPPER + DIGITS, 13)} --paths '/*'`);
  add('AWS keys in Terraform provider block', awsSecret(), (s) => `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "${akia()}"
  secret_key = "${s}"
}

resource "aws_s3_bucket" "reports" {
  bucket = "corp-reports-prod"
}`);
  add('AWS keys in Java properties', awsSecret(), (s) => `spring.application.name=report-service
cloud.aws.region.static=eu-west-1
cloud.aws.credentials.access-key=${akia()}
cloud.aws.credentials.secret-key=${s}
cloud.aws.stack.auto=false
app.reports.bucket=corp-reports-prod`);
  add('AWS STS assume-role JSON output', awsSecret(), (s) => `{
    "Credentials": {
        "AccessKeyId": "${asia()}",
        "SecretAccessKey": "${s}",
        "SessionToken": "IQoJb3JpZ2luX2VjE${r(B64, 580)}",
        "Expiration": "2026-11-27T11:42:07+00:00"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROA${r(AWS_ID, 17)}:ci-session",
        "Arn": "arn:aws:sts::${r(DIGITS, 12)}:assumed-role/ci-deploy/ci-session"
    }
}`);
  add('AWS keys in Python traceback', awsSecret(), (s) => `Traceback (most recent call last):
  File "/srv/etl/load.py", line 41, in <module>
    s3 = boto3.client("s3", aws_access_key_id="${akia()}", aws_secret_access_key="${s}")
  File "/srv/etl/load.py", line 44, in <module>
    resp = s3.list_objects_v2(Bucket="corp-raw-events", Prefix="2026/11/")
  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 569, in _api_call
    return self._make_api_call(operation_name, kwargs)
  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 1023, in _make_api_call
    raise error_class(parsed_response, operation_name)
botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.`);

  // --- GCP ----------------------------------------------------------------------------------------------
  {
    const project = `${word()}-prod-${r(DIGITS, 6)}`;
    const escaped = `${rsaPkcs8(r).split('\n').join('\\n')}`;
    add('GCP service-account JSON private key', escaped, (s) => `{
  "type": "service_account",
  "project_id": "${project}",
  "private_key_id": "${hex(40)}",
  "private_key": "${s}\\n",
  "client_email": "etl-runner@${project}.iam.gserviceaccount.com",
  "client_id": "1${r(DIGITS, 20)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/etl-runner%40${project}.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}`);
  }
  add('Google API key in outbound request log', aiza(), (s) => `2026-11-27 10:02:11,418 INFO geo.client GET https://maps.googleapis.com/maps/api/geocode/json?address=221B+Baker+St&key=${s} -> 200 (143 ms)`);
  add('Gemini API key in LiteLLM YAML config', aiza(), (s) => `model_list:
  - model_name: gemini-pro
    litellm_params:
      model: gemini/gemini-1.5-pro
      api_key: ${s}
  - model_name: local-llama
    litellm_params:
      model: ollama/llama3.1
      api_base: http://ollama:11434
litellm_settings:
  drop_params: true`);
  add('Google OAuth client secret in client_secret.json', `GOCSPX-${r(B64URL, 28)}`, (s) => `{"installed":{"client_id":"${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com","project_id":"${word()}-tools","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs","client_secret":"${s}","redirect_uris":["http://localhost"]}}`);

  // --- Azure --------------------------------------------------------------------------------------------
  add('Azure storage connection string in appsettings.json', azKey(), (s) => `{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Storage": "DefaultEndpointsProtocol=https;AccountName=corpmedia${r(LOWER, 4)};AccountKey=${s};EndpointSuffix=core.windows.net"
  },
  "Thumbnails": { "Container": "thumbs", "MaxWidth": 640 }
}`);
  add('Azure storage connection string in Python code', azKey(), (s) => `from azure.storage.blob import BlobServiceClient

CONN = "DefaultEndpointsProtocol=https;AccountName=corpbackups;AccountKey=${s};EndpointSuffix=core.windows.net"
svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("nightly")`);
  add('Azure client secret in GitHub Actions workflow env', azSecret(), (s) => `name: deploy-infra
on:
  push:
    branches: [main]
jobs:
  apply:
    runs-on: ubuntu-latest
    env:
      ARM_TENANT_ID: ${guid()}
      ARM_SUBSCRIPTION_ID: ${guid()}
      ARM_CLIENT_ID: ${guid()}
      ARM_CLIENT_SECRET: ${s}
    steps:
      - uses: actions/checkout@v4
      - uses: hashicorp/setup-terraform@v3
      - run: terraform init && terraform apply -auto-approve`);
  add('Azure service principal password in az CLI output', azSecret(), (s) => `$ az ad sp create-for-rbac --name ci-deployer --role Contributor --scopes /subscriptions/${guid()}/resourceGroups/rg-web
Creating 'Contributor' role assignment under scope '/subscriptions/.../resourceGroups/rg-web'
The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.
{
  "appId": "${guid()}",
  "displayName": "ci-deployer",
  "password": "${s}",
  "tenant": "${guid()}"
}`);
  add('Azure SAS signature in upload log line', encodeURIComponent(b64bytes(r, 32)), (s) => `INFO backup.upload PUT https://corpbackups.blob.core.windows.net/nightly/db-2026-11-27.bak?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=${s} -> 201 Created (412 MB in 38.2 s)`);

  // --- GitHub -------------------------------------------------------------------------------------------
  add('GitHub classic PAT in git remote URL (.git/config)', crcToken(r, 'ghp_'), (s) => `[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://deploy-bot:${s}@github.com/corp/payments-service.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main`);
  add('GitHub OAuth token in gh hosts.yml', crcToken(r, 'gho_'), (s) => `github.com:
    users:
        octo-dev:
            oauth_token: ${s}
    git_protocol: https
    user: octo-dev`);
  add('GitHub App installation token in Actions log', crcToken(r, 'ghs_'), (s) => `2026-11-27T08:00:01.1234567Z ##[group]Run curl -sS -X POST -H "Authorization: token ${s}" https://api.github.com/repos/corp/app/dispatches -d '{"event_type":"deploy"}'
2026-11-27T08:00:01.1244821Z curl -sS -X POST -H "Authorization: token ${s}" https://api.github.com/repos/corp/app/dispatches -d '{"event_type":"deploy"}'
2026-11-27T08:00:01.1245002Z shell: /usr/bin/bash -e {0}
2026-11-27T08:00:01.1245110Z ##[endgroup]`);
  add('GitHub fine-grained PAT in chat', ghPat(), (s) => `I made a fine-grained token with contents:read on the repo — ${s} — but the API still says "Resource not accessible by personal access token" when I call /repos/corp/api/actions/runs. what permission am I missing?`);
  add('GitHub classic PAT in JS config (renovate)', crcToken(r, 'ghp_'), (s) => `module.exports = {
  platform: 'github',
  endpoint: 'https://api.github.com/',
  token: '${s}',
  gitAuthor: 'Renovate Bot <bot@corp.example>',
  repositories: ['corp/web', 'corp/api', 'corp/infra'],
  onboarding: false,
};`);
  add('GitHub classic PAT in Dockerfile git clone', crcToken(r, 'ghp_'), (s) => `FROM python:3.12-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 https://${s}@github.com/corp/private-lib.git /opt/private-lib \\
 && pip install /opt/private-lib
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]`);

  // --- GitLab -------------------------------------------------------------------------------------------
  add('GitLab PAT in curl header (shell script)', glpat(), (s) => `#!/usr/bin/env bash
set -euo pipefail
PROJECT_ID=4127
curl --fail --header "PRIVATE-TOKEN: ${s}" \\
  "https://gitlab.com/api/v4/projects/$PROJECT_ID/pipelines?status=failed&per_page=20" | jq '.[].web_url'`);
  add('GitLab PAT in python-gitlab INI config', glpat(), (s) => `[global]
default = corp
ssl_verify = true
timeout = 5

[corp]
url = https://gitlab.corp.example
private_token = ${s}
api_version = 4`);
  add('GitLab runner token in config.toml', `glrt-${r(B64URL, 20)}`, (s) => `concurrent = 4
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "docker-runner-01"
  url = "https://gitlab.com"
  id = ${r(DIGITS, 8)}
  token = "${s}"
  token_obtained_at = 2026-09-14T10:22:31Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
    volumes = ["/cache"]`);
  add('GitLab PAT in http.client debug output before auth error', glpat(), (s) => `send: b'GET /api/v4/user HTTP/1.1\\r\\nHost: gitlab.com\\r\\nUser-Agent: python-gitlab/4.13.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nPRIVATE-TOKEN: ${s}\\r\\n\\r\\n'
reply: 'HTTP/1.1 401 Unauthorized\\r\\n'
Traceback (most recent call last):
  File "/home/dev/tools/mr_report.py", line 12, in <module>
    gl.auth()
  File "/home/dev/.venv/lib/python3.12/site-packages/gitlab/client.py", line 385, in auth
    self.user = self._objects.CurrentUserManager(self).get()
gitlab.exceptions.GitlabAuthenticationError: 401: 401 Unauthorized`);

  // --- Slack --------------------------------------------------------------------------------------------
  add('Slack bot token in Python code', xoxb(), (s) => `from slack_sdk import WebClient

client = WebClient(token="${s}")
client.chat_postMessage(channel="#deploys", text=f"Deployed {version} to prod :rocket:")`);
  add('Slack user token in chat', xoxp(), (s) => `can someone check why my script can't read #incidents history? using my user token ${s} with channels:history, it returns missing_scope`);
  add('Slack webhook URL in Alertmanager YAML', slackHook(), (s) => `global:
  resolve_timeout: 5m
route:
  receiver: slack-oncall
  group_by: ['alertname', 'cluster']
  group_wait: 30s
  repeat_interval: 4h
receivers:
  - name: slack-oncall
    slack_configs:
      - api_url: '${s}'
        channel: '#oncall'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }}'`);
  add('Slack app-level token in .env', `xapp-1-A${r(UPPER + DIGITS, 10)}-${r(DIGITS, 13)}-${hex(64)}`, (s) => `SLACK_SIGNING_SECRET_FILE=/run/secrets/slack_signing
SLACK_APP_TOKEN=${s}
SOCKET_MODE=true`);

  // --- Stripe -------------------------------------------------------------------------------------------
  add('Stripe live secret key in PHP', skLive(), (s) => `<?php
require_once __DIR__ . '/vendor/autoload.php';

\\Stripe\\Stripe::setApiKey('${s}');

$session = \\Stripe\\Checkout\\Session::create([
    'mode' => 'payment',
    'line_items' => [['price' => $priceId, 'quantity' => 1]],
    'success_url' => 'https://shop.corp.example/thanks',
    'cancel_url' => 'https://shop.corp.example/cart',
]);`);
  add('Stripe restricted key in .env', `rk_live_51${r(ALNUM, 97)}`, (s) => `STRIPE_PUBLISHABLE_KEY=pk_live_51${r(ALNUM, 97)}
STRIPE_RESTRICTED_KEY=${s}
STRIPE_PRICE_PRO=price_1${r(ALNUM, 23)}`);
  add('Stripe webhook signing secret in Node handler', `whsec_${r(ALNUM, 32)}`, (s) => `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const app = express();

const endpointSecret = '${s}';

app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${err.message}\`);
  }
  res.json({ received: true });
});`);
  add('Stripe live secret key in curl -u (shell history)', skLive51(), (s) => `  512  cd ~/src/billing
  513  curl https://api.stripe.com/v1/refunds -u ${s}: -d charge=ch_3${r(ALNUM, 23)} -d amount=1500
  514  git status`);

  // --- Hugging Face, npm, PyPI ----------------------------------------------------------------------------
  add('Hugging Face token in CLI login (shell)', hfTok(), (s) => `$ huggingface-cli login --token ${s} --add-to-git-credential
Token is valid (permission: write).
Your token has been saved in your configured git credential helpers (store).
Your token has been saved to /home/ml/.cache/huggingface/token
Login successful`);
  add('Hugging Face token in Jupyter notebook JSON', hfTok(), (s) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from transformers import AutoTokenizer, AutoModelForCausalLM\\n",
    "tok = AutoTokenizer.from_pretrained(\\"meta-llama/Llama-3.1-8B-Instruct\\", token=\\"${s}\\")\\n",
    "model = AutoModelForCausalLM.from_pretrained(\\"meta-llama/Llama-3.1-8B-Instruct\\", device_map=\\"auto\\")"
   ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}`);
  add('npm token in .npmrc', crcToken(r, 'npm_'), (s) => `registry=https://registry.npmjs.org/
@corp:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${s}
save-exact=true`);
  add('npm token in Dockerfile ENV', crcToken(r, 'npm_'), (s) => `FROM node:20-alpine AS build
WORKDIR /app
ENV NPM_TOKEN=${s}
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build`);
  add('PyPI token in .pypirc', pypi(), (s) => `[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = ${s}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__`);
  add('PyPI token in twine command line', pypi(), (s) => `python -m build && twine upload --username __token__ --password ${s} dist/*`);

  // --- Twilio, SendGrid, Mailgun ---------------------------------------------------------------------------
  add('Twilio auth token in .env (with Account SID)', hex(32), (s) => `TWILIO_ACCOUNT_SID=AC${hex(32)}
TWILIO_AUTH_TOKEN=${s}
TWILIO_FROM_NUMBER=+15005550006`);
  add('Twilio API key secret in Python', r(ALNUM, 32), (s) => `from twilio.rest import Client

client = Client("SK${hex(32)}", "${s}", account_sid="AC${hex(32)}")
message = client.messages.create(to=user.phone, from_="+14155550100", body=f"Your code is {code}")`);
  add('SendGrid API key in .env', sg(), (s) => `MAIL_PROVIDER=sendgrid
SENDGRID_API_KEY=${s}
MAIL_FROM=no-reply@corp.example`);
  add('SendGrid API key in Spring properties', sg(), (s) => `# mail
spring.sendgrid.api-key=${s}
app.mail.from=alerts@corp.example
app.mail.reply-to=support@corp.example`);
  add('Mailgun API key in Python requests call', `key-${hex(32)}`, (s) => `def send_reset_email(to, link):
    return requests.post(
        "https://api.mailgun.net/v3/mg.corp.example/messages",
        auth=("api", "${s}"),
        data={"from": "Corp <no-reply@mg.corp.example>", "to": [to], "subject": "Reset your password", "text": link},
    )`);
  add('Mailgun API key in YAML mailer config', `${hex(32)}-${hex(8)}-${hex(8)}`, (s) => `mailer:
  driver: mailgun
  domain: mg.corp.example
  endpoint: api.eu.mailgun.net
  secret: ${s}
  from: "Corp Notifications <notify@mg.corp.example>"`);

  // --- Shopify, Discord, Telegram ---------------------------------------------------------------------------
  add('Shopify Admin API access token in .env', `shpat_${hex(32)}`, (s) => `SHOPIFY_STORE_DOMAIN=corp-outlet.myshopify.com
SHOPIFY_ADMIN_ACCESS_TOKEN=${s}
SHOPIFY_API_VERSION=2024-10`);
  add('Shopify app shared secret in JSON config', `shpss_${hex(32)}`, (s) => `{
  "app": { "name": "inventory-sync", "api_key": "${hex(32)}", "api_secret_key": "${s}" },
  "scopes": ["read_products", "write_inventory"],
  "webhooks": { "api_version": "2024-10" }
}`);
  add('Discord bot token in Python', discordBot(r), (s) => `import discord

intents = discord.Intents.default()
intents.message_content = True
bot = discord.Client(intents=intents)


@bot.event
async def on_ready():
    print(f"logged in as {bot.user}")

bot.run("${s}")`);
  add('Discord webhook URL in JSON config', `https://discord.com/api/webhooks/1${r(DIGITS, 18)}/${r(B64URL, 68)}`, (s) => `{"notifications":{"discord":{"enabled":true,"webhook_url":"${s}","username":"Uptime Bot"},"email":{"enabled":false}}}`);
  add('Telegram bot token in request log line', tg(), (s) => `[2026-11-27 07:30:00] INFO notifier: POST https://api.telegram.org/bot${s}/sendMessage chat_id=-100${r(DIGITS, 10)} status=200 ok=true`);
  add('Telegram bot token in .env', tg(), (s) => `TELEGRAM_BOT_TOKEN=${s}
TELEGRAM_CHAT_ID=-100${r(DIGITS, 10)}`);

  // --- Datadog, Cloudflare, DigitalOcean, Heroku ------------------------------------------------------------
  add('Datadog API key in docker-compose YAML', hex(32), (s) => `services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=${s}
      - DD_SITE=datadoghq.eu
      - DD_LOGS_ENABLED=true
      - DD_APM_ENABLED=true
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - /proc/:/host/proc/:ro`);
  add('Datadog application key in curl (secret is the application key)', hex(40), (s) => `curl -X GET "https://api.datadoghq.com/api/v1/monitor?group_states=alert" \\
  -H "Accept: application/json" \\
  -H "DD-API-KEY: ${hex(32)}" \\
  -H "DD-APPLICATION-KEY: ${s}"`);
  add('Cloudflare API token in .env', r(`${ALNUM}_-`, 40), (s) => `CLOUDFLARE_ACCOUNT_ID=${hex(32)}
CLOUDFLARE_API_TOKEN=${s}`);
  add('Cloudflare global API key in curl', hex(37), (s) => `curl -X POST "https://api.cloudflare.com/client/v4/zones/${hex(32)}/purge_cache" \\
     -H "X-Auth-Email: ops@corp.example" \\
     -H "X-Auth-Key: ${s}" \\
     -H "Content-Type: application/json" \\
     --data '{"purge_everything":true}'`);
  add('DigitalOcean token in doctl config YAML', `dop_v1_${hex(64)}`, (s) => `access-token: ${s}
context: default
output: text
apps:
  dev:
    config: {}`);
  add('DigitalOcean token in terraform.tfvars', `dop_v1_${hex(64)}`, (s) => `do_token     = "${s}"
region       = "fra1"
droplet_size = "s-2vcpu-4gb"
ssh_key_ids  = [${r(DIGITS, 8)}]`);
  add('Heroku API key in .netrc', `HRKU-AA${r(B64URL, 58)}`, (s) => `machine api.heroku.com
  login ops@corp.example
  password ${s}
machine git.heroku.com
  login ops@corp.example
  password ${s}`);
  add('Heroku API key (UUID form) in GitLab CI YAML', guid(), (s) => `deploy_production:
  stage: deploy
  image: ruby:3.3
  variables:
    HEROKU_APP: corp-api-prod
    HEROKU_API_KEY: ${s}
  script:
    - gem install dpl
    - dpl --provider=heroku --app=$HEROKU_APP --api-key=$HEROKU_API_KEY
  only:
    - main`);

  // --- Notion, Linear, Atlassian, Postman, Vercel ---------------------------------------------------------
  add('Notion integration token in JS', `ntn_${r(DIGITS, 11)}${r(ALNUM, 35)}`, (s) => `const { Client } = require('@notionhq/client');

const notion = new Client({ auth: '${s}' });
const db = await notion.databases.query({ database_id: '${hex(32)}' });`);
  add('Linear API key in .env', `lin_api_${r(ALNUM, 40)}`, (s) => `LINEAR_API_KEY=${s}
LINEAR_TEAM_KEY=ENG`);
  add('Atlassian API token in curl -u', `ATATT3xFfGF0${r(B64URL, 170)}=${r(HEXU, 8)}`, (s) => `curl --request GET \\
  --url 'https://corp.atlassian.net/rest/api/3/search?jql=project%3DOPS%20AND%20status%3DOpen' \\
  --user 'jane.doe@corp.example:${s}' \\
  --header 'Accept: application/json'`);
  add('Postman API key in chat', `PMAK-${hex(24)}-${hex(34)}`, (s) => `Can you write me a node script that exports all our Postman collections to git every night? Use this API key: ${s} (workspace "Platform").`);
  add('Vercel token in GitHub Actions step', r(ALNUM, 24), (s) => `      - name: Deploy to Vercel
        run: |
          npm i -g vercel@latest
          vercel pull --yes --environment=production --token=${s}
          vercel build --prod --token=${s}
          vercel deploy --prebuilt --prod --token=${s}`);

  // --- Supabase, Firebase -----------------------------------------------------------------------------------
  {
    const ref = r(LOWER, 20);
    add('Supabase service_role JWT in .env', jwtHS(r, { iss: 'supabase', ref, role: 'service_role', iat, exp: iat + 315360000 }), (s) => `NEXT_PUBLIC_SUPABASE_URL=https://${ref}.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${jwtHS(r, { iss: 'supabase', ref, role: 'anon', iat, exp: iat + 315360000 })}
SUPABASE_SERVICE_ROLE_KEY=${s}`);
  }
  add('Supabase secret key in server code', `sb_secret_${r(B64URL, 32)}`, (s) => `import { createClient } from '@supabase/supabase-js';

// server-only admin client
export const admin = createClient('https://${r(LOWER, 20)}.supabase.co', '${s}', {
  auth: { persistSession: false },
});`);
  add('Firebase Cloud Messaging legacy server key in Java', `AAAA${r(B64URL, 7)}:APA91b${r(B64URL, 134)}`, (s) => `Request request = new Request.Builder()
        .url("https://fcm.googleapis.com/fcm/send")
        .header("Authorization", "key=${s}")
        .header("Content-Type", "application/json")
        .post(RequestBody.create(payload, JSON))
        .build();`);

  // --- JWTs -----------------------------------------------------------------------------------------------
  add('JWT bearer in access log line', jwtRS(r, { iss: 'https://auth.corp.example/', sub: `user_${r(ALNUM, 12)}`, aud: 'api://orders', iat, exp: iat + 3600, scope: 'orders:read orders:write' }), (s) => `10.2.7.14 - - [27/Nov/2026:09:41:07 +0000] "GET /v1/orders?limit=50 HTTP/1.1" 200 8812 "-" "okhttp/4.12.0" auth="Bearer ${s}" rt=0.042`);
  add('JWT pasted in chat for decoding', jwtHS(r, { sub: `${r(DIGITS, 7)}`, email: 'm.keller@corp.example', role: 'admin', iat, exp: iat + 86400 }), (s) => `can you decode this and tell me why our gateway rejects it? ${s}
it says "invalid signature" but the same secret works on staging`);
  add('JWT access token in OAuth token response JSON', jwtRS(r, { iss: 'https://login.corp.example', sub: guid(), aud: 'reporting-api', iat, exp: iat + 3600, azp: r(ALNUM, 22) }), (s) => `{
  "access_token": "${s}",
  "token_type": "Bearer",
  "expires_in": 3600,
  "scope": "reports:read"
}`);

  // --- PEM / OpenSSH private keys -----------------------------------------------------------------------------
  add('RSA private key file (PKCS#1) printed with cat', rsaPkcs1(r), (s) => `$ cat deploy/certs/server.key
${s}
$ openssl rsa -in deploy/certs/server.key -check -noout
RSA key ok`);
  add('OpenSSH private key pasted in chat', opensshEd25519(r, 'ci@build-01'), (s) => `I generated a deploy key for the build box but ssh keeps saying "Load key: invalid format". this is the file I put in ~/.ssh/id_ed25519:

${s}

permissions are 600. what am I doing wrong?`);
  {
    const block = ecPrivate(r).split('\n').join('\n    ');
    add('EC private key in Kubernetes TLS Secret (YAML block)', block, (s) => `apiVersion: v1
kind: Secret
metadata:
  name: ingress-tls
  namespace: web
type: kubernetes.io/tls
stringData:
  tls.crt: |
    ${pem('CERTIFICATE', `MIIBszCCAVmgAwIBAgIU${r(B64, 580)}`).split('\n').join('\n    ')}
  tls.key: |
    ${s}`);
  }
  add('PKCS#8 private key in Terraform heredoc', rsaPkcs8(r), (s) => `resource "kubernetes_secret" "signing" {
  metadata {
    name      = "jwt-signing-key"
    namespace = "auth"
  }
  data = {
    "private.pem" = <<-EOT
${s}
EOT
  }
}`);

  // --- Database URLs ------------------------------------------------------------------------------------------
  add('Postgres URL password in .env', urlpw(), (s) => `DATABASE_URL=postgresql://app_user:${s}@db.internal.corp.example:5432/app?sslmode=require
DATABASE_POOL_SIZE=20`);
  add('MySQL URL password in SQLAlchemy code', urlpw(), (s) => `from sqlalchemy import create_engine

engine = create_engine("mysql+pymysql://root:${s}@10.0.3.14:3306/shop", pool_pre_ping=True)`);
  add('MongoDB SRV URL password in JS', urlpw(), (s) => `const mongoose = require('mongoose');

mongoose
  .connect('mongodb+srv://analytics:${s}@cluster0.${r(LOWER + DIGITS, 5)}.mongodb.net/events?retryWrites=true&w=majority')
  .then(() => console.log('mongo connected'))
  .catch((err) => console.error(err));`);
  add('Redis URL password in YAML', urlpw(), (s) => `cache:
  ttl_seconds: 300
  redis:
    url: redis://default:${s}@redis-${r(DIGITS, 5)}.c1.eu-west-1-2.ec2.cloud.redislabs.com:${r(DIGITS, 5)}
    tls: true`);
  add('AMQP URL password in error log', urlpw(), (s) => `2026-11-27T12:00:03.551Z ERROR [orders-worker] failed to connect to broker amqp://orders:${s}@rabbitmq.internal:5672/orders: Error: connect ECONNREFUSED 10.0.4.2:5672
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)`);
  add('JDBC URL password in Java stack trace', urlpw(), (s) => `2026-11-27 08:15:42.117  INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Starting...
2026-11-27 08:15:42.119 DEBUG 1 --- [main] com.zaxxer.hikari.HikariConfig : jdbcUrl................................jdbc:postgresql://db.internal:5432/ledger?user=ledger_svc&password=${s}&ssl=true
2026-11-27 08:15:47.130 ERROR 1 --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.

org.postgresql.util.PSQLException: Connection to db.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.
	at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)
	at org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)
	at org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)
	at org.postgresql.Driver.makeConnection(Driver.java:446)
	at com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)
Caused by: java.net.ConnectException: Connection refused
	at java.base/sun.nio.ch.Net.pollConnect(Native Method)`);
  add('MySQL password in CLI command (shell history)', pw(), (s) => `mysql -h prod-db.corp.example -u admin -p'${s}' shop < migrations/2026_11_27_add_index.sql`);
  add('Postgres URL password in CSV row', urlpw(), (s) => `service,env,owner,database_url
billing,prod,team-payments,postgres://billing:${s}@pg-prod-1.corp.example:5432/billing
search,staging,team-search,postgres://search@pg-stg-1.corp.example:5432/search`);

  // --- Generic assignments ------------------------------------------------------------------------------------
  add('Spring application.yml datasource password', pw(), (s) => `spring:
  datasource:
    url: jdbc:postgresql://db:5432/inventory
    username: inventory
    password: ${s}
  jpa:
    hibernate:
      ddl-auto: validate
server:
  port: 8081`);
  add('api_key in JSON service config', hex(32), (s) => `{
  "service": "geo-enricher",
  "upstream": {
    "base_url": "https://api.ipdata.example/v2",
    "api_key": "${s}",
    "timeout_ms": 2500
  },
  "cache": { "enabled": true, "ttl": 86400 }
}`);
  add('MySQL client password in my.cnf (INI)', pw(), (s) => `[client]
user=backup
password=${s}
host=127.0.0.1

[mysqldump]
single-transaction
quick`);
  add('API token exported in deploy shell script', r(ALNUM, 40), (s) => `#!/bin/sh
# deploy.sh — push build to the internal artifact store
export ARTIFACT_URL=https://artifacts.corp.example/api/v1
export API_TOKEN=${s}
curl -fsS -H "Authorization: Bearer $API_TOKEN" -T build/app.tar.gz "$ARTIFACT_URL/upload/app-$(git rev-parse --short HEAD).tar.gz"`);
  add('Django SECRET_KEY in settings.py', r('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50), (s) => `from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '${s}'

DEBUG = False
ALLOWED_HOSTS = ["app.corp.example"]`);
  add('apiKey constant in JS client', r(ALNUM, 32), (s) => `const apiKey = "${s}";

export async function getRates(base) {
  const res = await fetch(\`https://rates.corp.example/v1/latest?base=\${base}\`, {
    headers: { 'X-Api-Key': apiKey },
  });
  return res.json();
}`);
  add('JWT signing secret in Java properties', b64bytes(r, 48), (s) => `server.port=8080
app.jwt.secret=${s}
app.jwt.expiration-ms=86400000
logging.level.root=INFO`);
  add('Admin password in Dockerfile ENV', pw(), (s) => `FROM grafana/grafana:11.3.0
ENV GF_SECURITY_ADMIN_USER=admin
ENV GF_SECURITY_ADMIN_PASSWORD=${s}
COPY provisioning/ /etc/grafana/provisioning/`);
  add('POSTGRES_PASSWORD in docker-compose', pw(), (s) => `version: "3.9"
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: keycloak
      POSTGRES_PASSWORD: ${s}
      POSTGRES_DB: keycloak
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}`);
  add('Kubernetes Secret data (base64 password)', b64(pw()), (s) => `apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
  namespace: payments
type: Opaque
data:
  username: ${b64('payments_app')}
  password: ${s}`);
  add('Plaintext password in CSV user export', pw(), (s) => `username,email,password,role,created
jdoe,jdoe@corp.example,${s},admin,2026-02-11
asmith,asmith@corp.example,,viewer,2026-03-02`);
  add('Database password in chat prose', pw(), (s) => `fyi the staging db password is ${s} — user is app_rw, host pg-stg.corp.example. please don't paste it anywhere public.`);
  add('Password captured in login-failure log line', pw(), (s) => `2026-11-27T14:22:09Z WARN auth.login failed login attempt user=admin password=${s} ip=198.51.100.23 ua="Mozilla/5.0"`);
  add('Maven settings.xml server password', pw(), (s) => `<settings>
  <servers>
    <server>
      <id>corp-releases</id>
      <username>ci-publisher</username>
      <password>${s}</password>
    </server>
  </servers>
</settings>`);
  add('WordPress wp-config.php DB_PASSWORD', pw(), (s) => `// ** Database settings ** //
define( 'DB_NAME', 'wp_corpblog' );
define( 'DB_USER', 'wp_corpblog' );
define( 'DB_PASSWORD', '${s}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );`);
  add('Session secret in .env', hex(64), (s) => `APP_NAME=portal
SESSION_SECRET=${s}
SESSION_TTL=3600`);

  return out;
}

export function batchAANegatives(seed = 'blind-batch-aa-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const guid = (): string => uuid(r);
  const AWS_EX_ID = ['AKIAIOSF', 'ODNN7', 'EXAMPLE'].join('');
  const AWS_EX_SECRET = ['wJalrXUtnFEMI', '/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join('');
  const jwtIoHeader = b64urlJson({ alg: 'HS256', typ: 'JWT' });
  const jwtIoPayload = b64urlJson({ sub: '1234567890', name: 'John Doe', iat: 1516239022 });
  const jwtIo = `${jwtIoHeader}.${jwtIoPayload}.${createHmac('sha256', 'your-256-bit-secret').update(`${jwtIoHeader}.${jwtIoPayload}`).digest('base64url')}`;
  const bcrypt = (): string => `$2b$12$${r(BCRYPT, 53)}`;
  const spki = (): string => `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r(B64, 342)}IDAQAB`;
  const cert = (): string => pem('CERTIFICATE', `MIIDdzCCAl+gAwIBAgIU${r(B64, 1160)}`);

  // --- Placeholders -----------------------------------------------------------------------------------------
  add('.env.example with elided OpenAI key', `# copy to .env and fill in
OPENAI_API_KEY=sk-...
OPENAI_MODEL=gpt-4o-mini`);
  add('README with <YOUR_API_KEY> placeholder', `## Quick start

\`\`\`bash
export ANTHROPIC_API_KEY=<YOUR_API_KEY>
python examples/chat.py
\`\`\``);
  add('YAML with changeme password', `admin:
  username: admin
  password: changeme   # change on first login`);
  add('JSON config with your-api-key-here', `{
  "provider": "openai",
  "api_key": "your-api-key-here",
  "model": "gpt-4o"
}`);
  add('Docs showing ghp_ followed by x characters', `Create a classic token under Settings → Developer settings, then run:

    git clone https://ghp_${'x'.repeat(36)}@github.com/OWNER/REPO.git`);
  add('AWS secret placeholder of x characters', `AWS_ACCESS_KEY_ID=AKIA${'X'.repeat(16)}
AWS_SECRET_ACCESS_KEY=${'x'.repeat(40)}`);
  add('Database URL with USER:PASSWORD@HOST placeholders', `DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME`);
  add('Stripe docs-style elided live key', `Set your secret key: Stripe.api_key = "sk_live_..." (find it in Dashboard → Developers → API keys).`);
  add('Chat where the user removed their key', `my key is sk-proj-... (removed it obviously) and every call returns 401 invalid_api_key. I created it 5 minutes ago, does it take time to activate?`);
  add('Python with YOUR_OPENAI_API_KEY placeholder', `client = OpenAI(api_key="YOUR_OPENAI_API_KEY")  # replace before running`);
  add('INI with <password> placeholder', `[database]
host = localhost
user = app
password = <password>`);
  add('Dockerfile with replace-me value', `FROM node:20-alpine
ENV API_KEY=replace-me
ENV NODE_ENV=production`);
  add('Slack documentation example webhook URL', `Incoming webhooks look like https://hooks.slack.com/services/T00000000/B00000000/${'X'.repeat(24)} — paste yours into the integration settings.`);
  add('Telegram documentation example bot token', `Each bot is given a unique authentication token when it is created. The token looks something like ${['123456', ':ABC-DEF1234ghIkl', '-zyx57W2v1u123ew11'].join('')}, but we'll use simply <token> in this document instead.`);
  add('Spring properties with empty password', `spring.datasource.url=jdbc:postgresql://localhost:5432/dev
spring.datasource.username=dev
spring.datasource.password=`);
  add('YAML with empty and null credentials', `smtp:
  host: smtp.corp.example
  port: 587
  username: ""
  password: ""
  api_token: null`);
  add('Twilio docs placeholders', `const client = require('twilio')('AC${'X'.repeat(32)}', 'your_auth_token');`);
  add('Hugging Face placeholder token', `HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
  add('MongoDB Atlas connection string template', `mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority`);
  add('Docs PEM block with elided body', `Paste the key into the field, including the header lines:

${D5}BEGIN ${['PRIVATE', 'KEY'].join(' ')}${D5}
...
${D5}END ${['PRIVATE', 'KEY'].join(' ')}${D5}`);
  add('CSV template with your-password-here', `username,email,password
newuser,newuser@example.com,your-password-here`);
  add('Shell script with TODO placeholder token', `#!/bin/sh
API_TOKEN="TODO_SET_ME"
if [ "$API_TOKEN" = "TODO_SET_ME" ]; then echo "set API_TOKEN first" >&2; exit 1; fi`);
  add('Java properties with YOUR_KEY placeholders', `# fill these in application-local.properties
stripe.secret-key=sk_test_YOUR_KEY
sendgrid.api-key=SG.YOUR_KEY`);

  // --- References to environment / secret stores / templates ----------------------------------------------
  add('JS reading key from process.env', `const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
if (!process.env.OPENAI_API_KEY) throw new Error('OPENAI_API_KEY is not set');`);
  add('Python reading secrets from os.environ', `import os
aws_key = os.environ["AWS_ACCESS_KEY_ID"]
aws_secret = os.environ["AWS_SECRET_ACCESS_KEY"]
db_password = os.getenv("DB_PASSWORD", "")`);
  add('docker-compose with ${VAR} interpolation', `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: \${DB_USER}
      POSTGRES_PASSWORD: \${DB_PASSWORD:?set DB_PASSWORD}
  app:
    environment:
      DATABASE_URL: postgres://\${DB_USER}:\${DB_PASSWORD}@db:5432/app`);
  add('GitHub Actions secrets expressions', `      - name: Publish
        run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}`);
  add('Helm template with values reference', `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "app.fullname" . }}-redis
stringData:
  password: {{ .Values.redis.auth.password | quote }}`);
  add('Ansible task with vault variable', `- name: Create app DB user
  community.postgresql.postgresql_user:
    name: app
    password: "{{ vault_app_db_password }}"
    state: present`);
  add('Terraform variable and random_password', `variable "db_password" {
  type      = string
  sensitive = true
}

resource "random_password" "admin" {
  length  = 32
  special = true
}

resource "aws_db_instance" "main" {
  username = "app"
  password = var.db_password
}`);
  add('Spring placeholder with empty default', `spring.datasource.password=\${DB_PASSWORD:}
app.jwt.secret=\${JWT_SECRET}`);
  add('Kubernetes secretKeyRef', `        env:
          - name: STRIPE_SECRET_KEY
            valueFrom:
              secretKeyRef:
                name: stripe
                key: secret-key`);
  add('.npmrc with ${NPM_TOKEN}', `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
always-auth=true`);
  add('Dockerfile using BuildKit secret mount', `# syntax=docker/dockerfile:1
FROM node:20-alpine
ARG NPM_TOKEN
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`);
  add('AWS Secrets Manager ARN reference', `{"name":"DB_PASSWORD","valueFrom":"arn:aws:secretsmanager:eu-west-1:${r(DIGITS, 12)}:secret:prod/db/password-${r(ALNUM, 6)}"}`);
  add('Vault CLI read and 1Password reference', `export DB_PASSWORD="$(vault kv get -field=password secret/prod/db)"
export STRIPE_KEY="op://Platform/Stripe/secret key"`);
  add('GitLab CI job token variable', `script:
  - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file dist/app.tgz "\${CI_API_V4_URL}/projects/\${CI_PROJECT_ID}/packages/generic/app/1.0.0/app.tgz"'`);
  add('Mustache / Postman-style template variable', `Authorization: Bearer {{API_TOKEN}}
X-Api-Key: {{apiKey}}`);
  add('Log line recording that a secret was loaded by name', `2026-11-27T06:00:00Z INFO config: loaded secrets [OPENAI_API_KEY, STRIPE_SECRET_KEY, DATABASE_URL] from /run/secrets (3 values)`);

  // --- Redacted / masked ------------------------------------------------------------------------------------
  add('OpenAI dashboard masked key', `Name           Secret key        Created       Last used
prod-backend   sk-...${r(ALNUM, 4)}         Nov 2, 2026   Nov 27, 2026
batch-jobs     sk-proj-****${r(ALNUM, 4)}    Oct 11, 2026  Never`);
  add('OpenAI 401 error with masked key', `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-${r(B64URL, 4)}${'*'.repeat(148)}${r(B64URL, 4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`);
  add('AWS key id masked in console output', `Access key ID: AKIA************${r(AWS_ID, 4)}   Status: Active   Last used: 2026-11-26`);
  add('Log with [REDACTED] bearer', `2026-11-27T09:14:02Z DEBUG http: GET https://api.corp.example/v1/me headers={"authorization":"Bearer [REDACTED]","x-request-id":"${guid()}"}`);
  add('JSON with asterisk-masked password', `{"user":"svc_reports","password":"********","host":"db.internal","port":5432}`);
  add('Postgres URL with masked password', `connecting to postgres://app:***@db.internal:5432/app (attempt 2/5)`);
  add('GitHub token list showing last four', `Personal access tokens (classic)
deploy-bot — ghp_…${r(ALNUM, 4)} — expires on Jan 14 2027 — repo, workflow`);
  add('Stripe key masked with last four', `Secret key: sk_live_••••••••••••••••${r(ALNUM, 4)}  [Reveal live key]`);
  add('Slack token masked in app config', `SLACK_BOT_TOKEN=xoxb-****-****-****`);
  add('CSV with redacted key column', `service,provider,api_key,rotated
search,openai,REDACTED,2026-11-01
billing,stripe,REDACTED,2026-10-15`);
  add('Stack trace with redacted password', `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.internal" (10.0.3.7), port 5432 failed: FATAL:  password authentication failed for user "app"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
[SQL: connect(user='app', password='<redacted>', host='db.internal')]`);
  add('gitleaks report with redacted secret', `Finding:     OPENAI_API_KEY=REDACTED
Secret:      REDACTED
RuleID:      openai-api-key
Entropy:     5.21
File:        .env
Line:        4
Commit:      ${hex(40)}`);
  add('UI bullet-masked API key in prose', `Your API key: •••••••••••••••••••${r(ALNUM, 4)} (click the eye icon to reveal; it is shown only once).`);
  add('Heroku config with masked values', `=== corp-api-prod Config Vars
DATABASE_URL:     postgres://****:****@ec2-34-250-1-1.eu-west-1.compute.amazonaws.com:5432/d${r(LOWER + DIGITS, 13)}
SENDGRID_API_KEY: [hidden]`);

  // --- Hashes and digests -------------------------------------------------------------------------------------
  add('sha256sum checksum file', `${hex(64)}  app-v2.4.1-linux-amd64.tar.gz
${hex(64)}  app-v2.4.1-darwin-arm64.tar.gz
${hex(64)}  app-v2.4.1-windows-amd64.zip`);
  add('md5 checksum file', `MD5 (backup-2026-11-27.sql.gz) = ${hex(32)}
MD5 (backup-2026-11-26.sql.gz) = ${hex(32)}`);
  add('bcrypt password hashes in SQL seed', `INSERT INTO users (id, email, password_hash, role) VALUES
  (1, 'admin@corp.example', '${bcrypt()}', 'admin'),
  (2, 'viewer@corp.example', '${bcrypt()}', 'viewer');`);
  add('argon2 hash in config', `[auth]
admin_user = "admin"
admin_password_hash = "$argon2id$v=19$m=65536,t=3,p=4$${r(B64, 22)}$${r(B64, 43)}"`);
  add('git log with commit SHAs', `commit ${hex(40)}
Author: Dana Li <dana@corp.example>
Date:   Thu Nov 27 10:12:44 2026 +0100

    fix: rotate token cache on 401

commit ${hex(40)}
Merge: ${hex(7)} ${hex(7)}`);
  add('git log --oneline', `${hex(7)} chore(deps): bump axios to 1.7.9
${hex(7)} feat(auth): add refresh token rotation
${hex(7)} fix: do not log password field`);
  add('Docker image digest', `image: ghcr.io/corp/api@sha256:${hex(64)}
Digest: sha256:${hex(64)}
Status: Downloaded newer image for ghcr.io/corp/api:2.4.1`);
  add('package-lock integrity (sha512)', `    "node_modules/lodash": {
      "version": "4.17.21",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
      "integrity": "sha512-${b64bytes(r, 64)}"
    }`);
  add('SRI integrity on script tag', `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${b64bytes(r, 48)}" crossorigin="anonymous"></script>`);
  add('pip requirements with --hash', `requests==2.32.3 \\
    --hash=sha256:${hex(64)} \\
    --hash=sha256:${hex(64)}`);
  add('GitHub webhook signature header', `POST /hooks/github HTTP/1.1
X-GitHub-Event: push
X-GitHub-Delivery: ${guid()}
X-Hub-Signature-256: sha256=${hex(64)}
Content-Type: application/json`);
  add('Stripe-Signature header in log', `2026-11-27T11:03:12Z INFO webhook received type=invoice.paid id=evt_${r(ALNUM, 24)} stripe-signature="t=1795861392,v1=${hex(64)}"`);
  add('SSH host key fingerprint', `The authenticity of host 'build-01.corp.example (10.0.8.11)' can't be established.
ED25519 key fingerprint is SHA256:${b64bytes(r, 32).replace(/=+$/, '')}.
Are you sure you want to continue connecting (yes/no/[fingerprint])?`);

  // --- UUIDs and random-looking ids ------------------------------------------------------------------------
  add('Request ids in JSON error response', `{"error":{"code":"rate_limited","message":"Too many requests","request_id":"req_${r(ALNUM, 24)}"},"trace_id":"${hex(32)}"}`);
  add('W3C traceparent and AWS request id', `traceparent: 00-${hex(32)}-${hex(16)}-01
x-amzn-RequestId: ${guid()}
X-Amzn-Trace-Id: Root=1-${hex(8)}-${hex(24)}`);
  add('Order confirmation with order number', `Thanks for your order! Order #${r(DIGITS, 3)}-${r(DIGITS, 7)}-${r(DIGITS, 7)} has shipped. Tracking: 1Z${r(UPPER + DIGITS, 16)}.`);
  add('Stripe object ids in log', `charge.succeeded ch_3${r(ALNUM, 23)} customer=cus_${r(ALNUM, 14)} payment_intent=pi_3${r(ALNUM, 23)} amount=4900 currency=eur`);
  add('Twilio Account SID alone with message SID', `Message SM${hex(32)} queued for +4915112345678 (account AC${hex(32)})`);
  add('AWS ARNs and account id', `arn:aws:iam::${r(DIGITS, 12)}:role/service-role/lambda-exec-${r(LOWER + DIGITS, 8)}
arn:aws:lambda:eu-west-1:${r(DIGITS, 12)}:function:thumbnailer`);
  add('Sentry event id in error toast', `Something went wrong. Our team has been notified. Event ID: ${hex(32)}`);
  add('Kubernetes pod listing with uids', `NAME                          READY   STATUS    RESTARTS   AGE
api-${hex(10)}-${r(LOWER + DIGITS, 5)}      1/1     Running   0          3d
worker-${hex(10)}-${r(LOWER + DIGITS, 5)}   1/1     Running   2          3d
uid: ${guid()}`);
  add('S3 ETag and version id', `{"ETag":"\\"${hex(32)}\\"","VersionId":"${r(B64URL, 32)}","ServerSideEncryption":"AES256"}`);
  add('Slack ids in API response', `{"ok":true,"channel":"C0${r(UPPER + DIGITS, 9)}","ts":"1795861392.${r(DIGITS, 6)}","message":{"bot_id":"B0${r(UPPER + DIGITS, 9)}","team":"T0${r(UPPER + DIGITS, 8)}","text":"deploy done"}}`);
  add('Azure tenant and subscription ids', `az account show
{
  "environmentName": "AzureCloud",
  "id": "${guid()}",
  "isDefault": true,
  "name": "Corp Production",
  "tenantId": "${guid()}",
  "user": { "name": "ops@corp.example", "type": "user" }
}`);
  add('Google OAuth client id (public)', `<div id="g_id_onload" data-client_id="${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com" data-login_uri="https://app.corp.example/auth/google"></div>`);
  add('ULIDs and idempotency key in CSV', `event_id,idempotency_key,type,created_at
${ulid(r)},${guid()},order.created,2026-11-27T10:00:00Z
${ulid(r)},${guid()},order.paid,2026-11-27T10:00:04Z`);
  add('CloudFront and cf-ray ids', `x-amz-cf-id: ${r(B64URL, 56)}==
cf-ray: ${hex(16)}-FRA`);
  add('Invoice numbers and IBAN in email', `Invoice INV-2026-${r(DIGITS, 6)} is due on 2026-12-15. Please transfer to IBAN DE${r(DIGITS, 20)} with reference ${r(UPPER + DIGITS, 10)}.`);

  // --- Public keys, certificates, public-by-design values -----------------------------------------------------
  add('authorized_keys with ed25519 and rsa public keys', `${sshEd25519Pub(r, 'dana@laptop')}
${sshRsaPub(r, 'ci@build-01')}`);
  add('PEM public key', `${pem('PUBLIC KEY', spki())}`);
  add('Certificate chain in nginx config context', `# /etc/nginx/certs/fullchain.pem
${cert()}
${cert()}`);
  add('PGP public key block', `${D5}BEGIN PGP PUBLIC KEY BLOCK${D5}

mDMEZ${r(B64, 59)}
${wrapAt(r(B64, 256), 64)}
=${r(B64, 4)}
${D5}END PGP PUBLIC KEY BLOCK${D5}`);
  add('JWKS document', `{"keys":[{"kty":"RSA","use":"sig","kid":"${r(B64URL, 27)}","alg":"RS256","n":"${r(B64URL, 342)}","e":"AQAB"}]}`);
  add('Stripe publishable key in frontend', `const stripe = Stripe('pk_live_51${r(ALNUM, 97)}');
const elements = stripe.elements();`);
  {
    const ref = r(LOWER, 20);
    const now = 1795860000;
    add('Supabase anon key in browser client', `// public client, safe to ship (RLS enforced)
export const supabase = createClient('https://${ref}.supabase.co', '${jwtHS(r, { iss: 'supabase', ref, role: 'anon', iat: now, exp: now + 315360000 })}');`);
    add('Supabase publishable key', `NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_${r(B64URL, 31)}`);
  }
  add('reCAPTCHA site key and GA measurement id', `<script src="https://www.google.com/recaptcha/api.js?render=6L${r(B64URL, 38)}"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-${r(UPPER + DIGITS, 10)}"></script>`);
  add('known_hosts line', `github.com ${sshEd25519Pub(r, '').trim()}`);
  add('age public key recipient', `# sops creation rule
creation_rules:
  - path_regex: secrets/.*\\.yaml
    age: age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`);

  // --- Vendor documentation example values -------------------------------------------------------------------
  add('AWS documentation example key pair', `[default]
aws_access_key_id = ${AWS_EX_ID}
aws_secret_access_key = ${AWS_EX_SECRET}`);
  add('jwt.io sample token in tutorial prose', `Paste a token into the debugger, e.g. the default sample ${jwtIo}, and you will see the header {"alg":"HS256","typ":"JWT"} and the payload with "name": "John Doe".`);
  add('Azurite development storage shorthand', `"ConnectionStrings": { "Storage": "UseDevelopmentStorage=true" }`);
  add('AWS docs example key in boto3 snippet', `# Example from the docs; do not use real keys in code
session = boto3.Session(aws_access_key_id="${AWS_EX_ID}", aws_secret_access_key="${AWS_EX_SECRET}")`);

  // --- Encoded data ------------------------------------------------------------------------------------------
  add('base64 PNG data URI in HTML', `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${r(B64, 420)}AAAAAElFTkSuQmCC">`);
  add('base64 woff2 font in CSS', `@font-face {
  font-family: "Inter";
  src: url(data:font/woff2;base64,d09GMgABAAAAA${r(B64, 600)}) format("woff2");
}`);
  add('base64 PDF attachment in email API JSON', `{"to":"customer@example.com","subject":"Your invoice","attachments":[{"filename":"invoice.pdf","type":"application/pdf","content":"JVBERi0xLjcKJeLjz9MK${r(B64, 700)}"}]}`);
  // --- Encrypted at rest -------------------------------------------------------------------------------------
  add('Ansible Vault encrypted variable', `db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          ${hex(80)}
          ${hex(80)}
          ${hex(80)}
          ${hex(40)}`);
  add('SOPS-encrypted YAML value', `stripe:
    secret_key: ENC[AES256_GCM,data:${r(B64, 44)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]
sops:
    age:
        - recipient: age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`);
  add('SealedSecret encryptedData', `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db-credentials
spec:
  encryptedData:
    password: AgB${r(B64, 680)}`);

  // --- Random-looking but not secret -------------------------------------------------------------------------
  add('Hashed asset filenames in build output', `dist/assets/index-${r(B64URL, 8)}.js     312.44 kB │ gzip: 98.12 kB
dist/assets/index-${r(B64URL, 8)}.css     41.03 kB │ gzip: 7.91 kB
dist/assets/vendor-${hex(8)}.js   688.10 kB │ gzip: 211.37 kB`);
  add('CSP header with nonce', `Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${b64bytes(r, 16)}'; object-src 'none'`);
  add('ACME http-01 challenge path', `GET /.well-known/acme-challenge/${r(B64URL, 43)} HTTP/1.1" 200 87 "-" "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)"`);
  add('CSRF token in HTML form', `<form method="post" action="/settings">
  <input type="hidden" name="csrfmiddlewaretoken" value="${r(ALNUM, 64)}">
  <button type="submit">Save</button>
</form>`);

  // --- Ordinary prose and error messages -----------------------------------------------------------------------
  add('Password reset email', `Hi Sam, we received a request to reset your password. Click the link below within 30 minutes to choose a new password. If you didn't ask for this, you can ignore this email — your password won't change.`);
  add('Prose about the token bucket algorithm', `A token bucket holds up to N tokens; each request consumes one token and tokens are refilled at a fixed rate, which is why short bursts pass while sustained traffic is throttled.`);
  add('Secret Santa message', `Secret Santa draw is done! Budget is 25 EUR, keep your match a secret until the party on Dec 19.`);
  add('Security training mentioning weak passwords', `Never use passwords like password123, qwerty or your pet's name. Use a password manager and turn on two-factor authentication.`);
  add('Docs explaining key prefixes without a key', `OpenAI keys start with sk- (project keys with sk-proj-), GitHub classic tokens with ghp_, Slack bot tokens with xoxb- and AWS access key ids with AKIA. If you see one of these in a commit, rotate it.`);
  add('Jira ticket about password policy', `OPS-2231: Update password policy — minimum 12 characters, rotate service account secrets every 90 days, and move the API token for the billing integration into Vault.`);
  add('Postgres auth failure message without secret', `psql: error: connection to server at "db.internal" (10.0.3.7), port 5432 failed: FATAL:  password authentication failed for user "report_reader"`);
  add('Token expired log line', `2026-11-27T09:00:00Z WARN auth: access token expired for user_id=48213 (exp=2026-11-27T08:59:59Z), refreshing`);
  add('Invalid API key error message without key', `{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_${r(ALNUM, 24)}"}`);
  add('Java NullPointerException in TokenService', `java.lang.NullPointerException: Cannot invoke "String.length()" because "secret" is null
	at com.corp.auth.TokenService.sign(TokenService.java:58)
	at com.corp.auth.LoginController.login(LoginController.java:41)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)`);
  add('Chat asking how to store a key', `what's the best way to keep my stripe secret key out of the repo? right now it's in a .env file that's gitignored, but the CI needs it too.`);
  add('Password field in HTML form', `<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" minlength="12" required>`);
  add('Python type hints mentioning token and secret', `def verify_webhook(payload: bytes, signature: str, secret: str) -> bool:
    expected = hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)`);
  add('CSS classes and SKUs with sk- prefix', `<div class="sk-spinner sk-spinner-pulse"></div>
<td>SK-2291-XL</td><td>Ski jacket, navy</td>`);
  add('CSV of users with no secret columns', `username,email,last_login,mfa_enabled
jdoe,jdoe@corp.example,2026-11-26T18:02:11Z,true
asmith,asmith@corp.example,2026-11-20T08:44:57Z,false`);
  add('Config with boolean and numeric secret-named keys', `auth:
  require_password: true
  password_min_length: 12
  token_ttl_seconds: 3600
  secret_rotation_days: 90`);
  add('Env file with secret-named non-secret values', `TOKEN_ISSUER=https://auth.corp.example
SECRET_STORE=vault
PASSWORD_HASH_ALGO=argon2id
API_KEY_HEADER=X-Api-Key`);
  add('Commit message about removing a leaked key', `commit ${hex(40)}
    security: remove hardcoded Stripe key from checkout.js

    The key was rotated in the dashboard on 2026-11-27; the new one is read from STRIPE_SECRET_KEY.`);
  add('Kubectl describe secret (sizes only)', `Name:         db-credentials
Namespace:    payments
Type:         Opaque

Data
====
password:  24 bytes
username:  12 bytes`);

  return out;
}
