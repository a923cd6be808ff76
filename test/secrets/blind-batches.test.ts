import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../src/scanners/secrets/detect.js';
import type { NegativeCase, SecretCase } from './fixtures.js';
import { batchANegatives, batchAPositives } from './blind-batch-a.js';
import { batchA2Negatives, batchA2Positives } from './blind-batch-a2.js';
import { batchBNegatives, batchBPositives } from './blind-batch-b.js';
import { batchCNegatives, batchCPositives } from './blind-batch-c.js';
import { batchDNegatives, batchDPositives } from './blind-batch-d.js';
import { batchENegatives, batchEPositives } from './blind-batch-e.js';
import { batchFNegatives, batchFPositives } from './blind-batch-f.js';
import { batchGNegatives, batchGPositives } from './blind-batch-g.js';
import { batchHNegatives, batchHPositives } from './blind-batch-h.js';
import { batchINegatives, batchIPositives } from './blind-batch-i.js';
import { batchJNegatives, batchJPositives } from './blind-batch-j.js';
import { batchKNegatives, batchKPositives } from './blind-batch-k.js';
import { batchLNegatives, batchLPositives } from './blind-batch-l.js';
import { batchMNegatives, batchMPositives } from './blind-batch-m.js';
import { batchNNegatives, batchNPositives } from './blind-batch-n.js';
import { batchONegatives, batchOPositives } from './blind-batch-o.js';
import { batchPNegatives, batchPPositives } from './blind-batch-p.js';
import { batchQNegatives, batchQPositives } from './blind-batch-q.js';
import { batchRNegatives, batchRPositives } from './blind-batch-r.js';
import { batchSNegatives, batchSPositives } from './blind-batch-s.js';
import { batchTNegatives, batchTPositives } from './blind-batch-t.js';
import { batchUNegatives, batchUPositives } from './blind-batch-u.js';
import { batchVNegatives, batchVPositives } from './blind-batch-v.js';
import { batchWNegatives, batchWPositives } from './blind-batch-w.js';
import { batchXNegatives, batchXPositives } from './blind-batch-x.js';
import { batchYNegatives, batchYPositives } from './blind-batch-y.js';
import { batchZNegatives, batchZPositives } from './blind-batch-z.js';
import { batchAANegatives, batchAAPositives } from './blind-batch-aa.js';

// Blind batches of issue #4, each written without running the scanner on it and scored once before
// the fixes it led to (default seed; the second draw gave the same counts):
//   A  (146 negatives, 40 positives): 9 negatives flagged (6.2%), recall 39/40; after its fixes 0 and 40/40.
//   A2 (86 / 30), scored after A's fixes: 5 flagged (5.8%), recall 24/30; after its fixes 0 and 29/30
//      (left: a CSV table with a password column, which needs the header to read).
//   B  (81 / 34), scored after all of A and A2's fixes, untouched: 0 flagged, recall 31/34 (91.2%);
//      after its fixes 0 and 34/34.
//   C  (56 / 30), scored after B's fixes, untouched: 1 flagged (1.8%), recall 23/30 (76.7%; second draw
//      22/30): names and values passed as call arguments, subscripts, env list entries, a sentence.
//      After its fixes 0 and 29/30 (left: an API key in a CSV column, whose rule cost 8% of throughput).
//   D  (86 / 36), scored after C's fixes, untouched: 0 flagged, recall 31/36 (86.1%) plain and 30/36 in JSON
//      and CSV (both draws): headers set by nginx/Apache directives, a plist <key>/<string> pair, a Discord
//      bot token named by no `discord=`, a CSV password column inside a JSON string. After its fixes 0 and
//      36/36 (35/36 in the CSV container: a CSV table inside a quoted CSV cell). C's API-key column is found too.
//   E  (50 / 31), scored after D's fixes, untouched but by a writer who had read the rules: 1 flagged (2.0%, a
//      Sentry DSN, which fixtures.ts counts as a secret: the case was swapped, see blind-batch-e.ts), recall
//      23/31 (74.2%) in all three containers and both draws: a base64 PEM key (kubeconfig), Authorization as
//      a HAR/Postman name/value pair, a base64url token ending in `-`, Laravel's APP_KEY, `pw:`, a bearer
//      method call, a semicolon CSV, a Spanish label. After its fixes 0 and 31/31 (30/31 in the CSV container).
//   F  (90 / 57), scored after E's fixes, untouched: 1 flagged (1.1%), recall 51/57 (89.5%) in all three containers and
//      both draws: an AWS secret key as the argument after its key id, a Twilio token as a typed Python default
//      (`auth_token: str = "…"`, and 32 hex digits below the 3.5-bit entropy floor), a Redis URL with an empty user,
//      Okta's `SSWS` scheme, a Django session cookie, a Portuguese password after a user name with no `:`; flagged: a
//      Japanese UI label (`パスワード（確認）`). After its fixes 0 and 57/57 in all three containers and both draws.
//   G  (95 / 73), scored after F's fixes, untouched (session 7): 2 flagged plain (2.1%; 1 in JSON and CSV: a URL's
//      `reset_password=1&show_api_keys=true`, a service account's metadata with no private key), recall 64/73 (87.7%)
//      plain and JSON, 63/73 CSV, both draws: a C# NetworkCredential, Mailgun's 32-8-8 hex key, a SQL INSERT by column,
//      Oracle's thin JDBC URL, a Terraform variable's default, `c'est` in French, and Polish, Japanese and Chinese chat.
//      After its fixes 0 flagged and 73/73 plain and JSON, 72/73 CSV (a CSV export inside a quoted cell, as in D);
//      the Polish, Japanese and Chinese labels have no ASCII stem and are read by foreign-labels.ts.
//   H  (98 / 85), scored after sessions 7–21, untouched (session 22): 4 flagged (4.1%: a Jenkins-encrypted
//      `{AQAAAB…}` value, a Google key in a public Firebase web config, a Supabase `anon` key, a Braintree
//      tokenization key), recall 80/85 (94.1%) plain, JSON and CSV, 79/85 second draw: Netlify's `--auth` flag,
//      a Telegram token in a Bot API URL (`/bot<token>`), PowerShell's `-SecretKey`, a Twilio API key's
//      secret after its SID, a client secret in a Postgres COPY dump. After its fixes 0 flagged and 84/85
//      (83/85 second draw: a 40-letter Cohere key that drew no digit reads as an identifier); the COPY
//      dump, whose column names are a line above the values, is left.
//   I  (127 / 97), credentials in source code of some 25 languages and frameworks and chat in eight more
//      languages, scored after H's fixes, untouched (session 22): 1 flagged (0.8%, a browser Sentry DSN, which
//      fixtures.ts counts as a secret, as in E), recall 71/97 (73.2%) plain and CSV, 72/97 JSON: passwords as
//      call arguments (`server.login(user, "…")`, `red:auth("…")`, `DBI->connect(…, '…')`), HMAC and JWT
//      signing keys as arguments, SQLAlchemy and Ecto URLs, Go's `user:pass@tcp(` DSN, `IDENTIFIED BY "…"`,
//      `bindpw`, `psk`, Django's SECRET_KEY with symbols, Rust `&str` constants, `play.http.secret.key`, a
//      header set as `("Authorization", "Bearer …")`, an env read's fallback (`?? '…'`), Greek, Hindi,
//      Vietnamese, Hungarian and Hinglish chat, and an AWS secret key starting with `/` taken for a path.
//      After its fixes 1 flagged and 93/97 plain and CSV, 94/97 JSON (both draws); with K's key names (a Datadog
//      `app_key`) 94/97 plain. Left: a Postmark token that is a UUID, a Mailgun key whose vendor is named a
//      line above, a Go `Key: []byte("…")` (all three read since session 23: 97/97).
//   J  (110 / 89), runtime text: logs and stack traces, chat, e-mail and tickets in eleven languages, prompts
//      pasting .env files and curl commands, tool-call JSON, cloud CLI output, connection strings; scored after
//      I's fixes, untouched (session 22): 2 flagged (1.8%: an Algolia key named searchOnlyApiKey, jwt.io's sample
//      token with another signature), recall 77/89 (86.5%) plain, 75/89 JSON and CSV: kubectl's aligned
//      `DB_PASSWORD:      …`, presigned URL signatures (S3, GCS), `user … / pass …`, German `lautet`, a Twilio
//      auth token after its SID, an AWS secret a sentence after its key id (Japanese), an Okta token near
//      "Okta", an Astra token, ODBC's `PWD={…}`, and JSON-escaped quotes around a curl header, a session
//      token and an Okta token. After its fixes 0 flagged and 87/89 in all three containers; then an env
//      variable's value cited in a sentence ("El VERCEL_TOKEN que usamos es …"): 88/89. Left: a Neo4j
//      `credentials=` in a driver's debug line.
//   N  (82 / 75), what an agent sees running tools on a machine: env dumps (`printenv`, /proc/*/environ,
//      `docker inspect`, PowerShell `Get-ChildItem Env:`), dotfiles it cats (~/.aws, ~/.docker, ~/.kube,
//      .npmrc, .pypirc, .netrc, .pgpass, rclone, wp-config), secret-store CLIs (`vault kv get`, `op read`,
//      `kubectl get secret -o yaml`), tool-call transcripts and MCP results, model answers echoing a key,
//      cookie jars and copy-as-fetch snippets, database clients; scored after K, L and M's session-23 fixes,
//      untouched (session 23; the same counts on a38be02, before them): 1 flagged (1.2%, a JSON schema's
//      `"password":{"type":"string","format":"password"}` read as a braced value), recall 66/75 (88.0%) in all
//      three containers and both draws: aligned NAME/value columns (PowerShell, `vault kv get`), a B2 key, WordPress
//      salts holding `<` or `>` (taken for a template), `op read`'s printed value, a session cookie in cookies.txt
//      and in PowerShell's `System.Net.Cookie(…)`, a psql result grid (its header padded, its border `----+----`),
//      redis-cli's `CONFIG GET requirepass`. After its fixes 0 flagged and 75/75 in all three containers.
//   P  (82 / 77), network devices and enterprise IT: Cisco IOS/ASA/NX-OS, Juniper, FortiGate, MikroTik, Palo Alto,
//      HPE configs, IPsec, WireGuard and strongSwan keys, Windows and AD (unattend.xml, net user, cmdkey, psexec, .rdp,
//      FileZilla), legacy enterprise clients (sqlplus, DB2, JCL, MQ, Informatica, Tableau), monitoring and backups
//      (Nagios, Zabbix, restic, borg, Vault, Consul, Nomad); scored after O's fixes, untouched (session 23): 2 flagged
//      (2.4%: an ASA pbkdf2 hash, a batch file's `set /p PASSWORD=Password:` prompt), **recall 33/77 (42.9%)** in all
//      three containers: no device configuration's `password 0|7`, `key`, `community`, `pre-shared-key` was read. Fixed
//      with a family of configuration-line rules (types 0 and 7 count; 5, 8, 9 are hashes), Windows and enterprise
//      client forms, and a left boundary that a JSON string's `\n` escape also makes. After: 75/77 in all three
//      containers, 0 flagged. Left: an OpenVPN credentials file (user and password on two bare lines) and a JCL FTP
//      step (the same, in a job's input).
// The bars below are the (recall ≥ 0.95, at most 1% of negative records flagged), not the
// figures: they keep the batches from regressing; a new blind batch is what measures generalization.
const THRESHOLD = 0.5;
const found = (text: string) => detectSecrets(text).filter((m) => m.score >= THRESHOLD);

const batches: [string, (seed?: string) => NegativeCase[], (seed?: string) => SecretCase[]][] = [
  ['A', batchANegatives, batchAPositives],
  ['A2', batchA2Negatives, batchA2Positives],
  ['B', batchBNegatives, batchBPositives],
  ['C', batchCNegatives, batchCPositives],
  ['D', batchDNegatives, batchDPositives],
  ['E', batchENegatives, batchEPositives],
  ['F', batchFNegatives, batchFPositives],
  ['G', batchGNegatives, batchGPositives],
  ['H', batchHNegatives, batchHPositives],
  ['I', batchINegatives, batchIPositives],
  ['J', batchJNegatives, batchJPositives],
  ['N', batchNNegatives, batchNPositives],
  ['P', batchPNegatives, batchPPositives],
  ['T', batchTNegatives, batchTPositives],
  ['V', batchVNegatives, batchVPositives],
  // AA (125 / 109), the mainstream formats and containers an outside benchmark would pick (AI providers, clouds, code
  // hosts, chat, payments, registries, some thirty SaaS keys, JWTs, private keys, database URLs, generic assignments in
  // logs, JSON, CSV, chat, code and configs; placeholders, references, masked values, hashes, ids, public keys and
  // documentation examples as negatives), scored after Z's fixes, untouched (session 26): 0 flagged, recall 107/109
  // (98.2%) plain and CSV, 106/109 JSON, both draws. Fixed: a Twilio API key's secret as the argument after its SID,
  // Datadog's `DD-APPLICATION-KEY` header, an AWS key id after a JSON string's `\n`. After: 109/109 in all three
  // containers and both draws, 0 flagged.
  ['AA', batchAANegatives, batchAAPositives],
];

const containers: Record<string, { wrap: (t: string) => string; encode: (s: string) => string }> = {
  plain: { wrap: (t) => t, encode: (x) => x },
  json: { wrap: (t) => JSON.stringify({ level: 'info', msg: t }), encode: (x) => JSON.stringify(x).slice(1, -1) },
  csv: { wrap: (t) => `7,ops,"${t.replace(/"/g, '""')}",ok`, encode: (x) => x.replace(/"/g, '""') },
};

describe.each(batches)('blind batch %s', (_name, negatives, positives) => {
  for (const seed of [undefined, 'second-draw']) {
    const negs = negatives(seed && `${seed}-negatives`);
    const poss = positives(seed && `${seed}-positives`);

    it(`flags at most 1% of negatives, plain and in JSON and CSV (seed ${seed ?? 'default'})`, () => {
      expect(negs.length).toBeGreaterThanOrEqual(50);
      for (const [name, { wrap }] of Object.entries(containers)) {
        const flagged = negs.filter((c) => found(wrap(c.text)).length > 0);
        const detail = flagged.map((c) => `${c.why}: ${found(wrap(c.text)).map((m) => wrap(c.text).slice(m.start, m.end)).join(', ')}`);
        expect(flagged.length / negs.length, `${name}\n${detail.join('\n')}`).toBeLessThanOrEqual(0.01);
      }
    });

    it(`finds at least 95% of positives, plain and in JSON and CSV (seed ${seed ?? 'default'})`, () => {
      expect(poss.length).toBeGreaterThanOrEqual(30);
      for (const [name, { wrap, encode }] of Object.entries(containers)) {
        const missed = poss.filter((c) => {
          const text = wrap(c.text);
          const start = text.indexOf(encode(c.secret));
          expect(start, `${name}: ${c.format} contains its secret`).toBeGreaterThanOrEqual(0);
          const end = start + encode(c.secret).length;
          return !found(text).some((m) => m.start < end && start < m.end);
        });
        expect(1 - missed.length / poss.length, `${name} missed: ${missed.map((c) => c.format).join(', ')}`).toBeGreaterThanOrEqual(0.95);
      }
    });
  }
});

/**
 * A batch that holds floors of its own, below the bars (see its comment): at most `maxFlagged`
 * of its negatives flagged and at least `minRecall` of its positives found, in each container and draw.
 */
function ownFloors(name: string, negatives: (seed?: string) => NegativeCase[], positives: (seed?: string) => SecretCase[], maxFlagged: number, minRecall: number): void {
  describe(`blind batch ${name} (its own floors, see above)`, () => {
    for (const seed of [undefined, 'second-draw']) {
      const negs = negatives(seed && `${seed}-negatives`);
      const poss = positives(seed && `${seed}-positives`);
      it(`flags at most ${maxFlagged * 100}% of negatives and finds at least ${minRecall * 100}% of positives, plain and in JSON and CSV (seed ${seed ?? 'default'})`, () => {
        for (const [container, { wrap, encode }] of Object.entries(containers)) {
          const flagged = negs.filter((c) => found(wrap(c.text)).length > 0);
          expect(flagged.length / negs.length, container).toBeLessThanOrEqual(maxFlagged);
          const missed = poss.filter((c) => {
            const text = wrap(c.text);
            const start = text.indexOf(encode(c.secret));
            const end = start + encode(c.secret).length;
            return !found(text).some((m) => m.start < end && start < m.end);
          });
          expect(1 - missed.length / poss.length, `${container} missed: ${missed.map((c) => c.format).join(', ')}`).toBeGreaterThanOrEqual(minRecall);
        }
      });
    }
  });
}

// K (86 / 79), infrastructure and product configs (ARM/Bicep, CDK, Pulumi, Ansible, Chef, Puppet, Salt,
// Consul, Nomad, WordPress, Drupal, Magento, Nextcloud, GitLab, Grafana, Jenkins, Keycloak, OpenVPN,
// Postfix, .netrc, Tomcat, IIS), mobile artifacts and data tools; scored after J's fixes, untouched
// (session 22): 5 flagged (5.8%), recall 61/79 (77.2%; 60/79 in JSON and CSV). Fixed: ARM `{ "value": … }`
// parameters, CDK `unsafePlainText(…)`, New Relic license keys, Consul's gossip key, OpenVPN static keys,
// .netrc, Hadoop/Spark `<name>…secret…</name><value>`, Azure account keys in Spark conf, Atlassian ATATT
// tokens, Mosquitto `remote_password`, an empty-host connection URI, Airflow's `%(DB_PASSWORD)s` and
// Jenkins' brace-wrapped ciphertext, key names such as `integration_key` and `app_key`. After: 73/79 (92.4%),
// 3 flagged (3.5%). Both
// are under the bars, so K holds its own floors. The three flagged are judgment calls we keep:
// Grafana's default `admin` and Home Assistant's `welcome` passwords (a scanner cannot tell a shipped
// default from a deployed one), and a 40-hex-digit Tomcat digest under `password=`. The misses left: a
// UUID Consul token, Drupal's hash_salt, Magento's crypt key, a
// Jenkins credential built by a constructor, Postfix's sasl_passwd line, a bare hex key in smali. Session 23
// read all but the smali key: 78/79 plain and CSV, 77/79 JSON (a fetchmailrc line with JSON-escaped quotes).
// Session 24 dropped shipped default passwords (batch T): the Grafana and Home Assistant defaults are no longer
// flagged, 1 of 86 (1.2%: the Tomcat digest).
ownFloors('K', batchKNegatives, batchKPositives, 0.02, 0.95);

// L (80 / 62), API traffic (HAR, Postman, OpenAPI, GraphQL, webhooks), mobile and game backends, payments,
// IoT provisioning, crash reports; scored after K's fixes, untouched (session 22): 9 flagged (11.3%), recall
// 52/62 (83.9%) in all three containers. Fixed: HAR name/value pairs split over lines (headers and params),
// C `#define …_TOKEN "…"`, Mollie keys near "Mollie"; not secrets: a Google key in google-services.json,
// Stripe PaymentIntent client secrets, RevenueCat public SDK keys, FCM registration tokens, device/push
// token names, Shopify's publicAccessToken, a Bugsnag notifier key. After: 58/62 (93.5%), 2 flagged (2.5%),
// both kept on purpose: a Stripe `sk_test_` key (it still opens the account's test data) and a Sentry DSN
// (our fixtures count it, as in E and I). Left: an Azure DPS symmetric key, a Particle token printed by its
// CLI, a ThingsBoard token as an MQTT user name, a `net use` password in a Windows event. Session 23 read the
// DPS key and the `net use` password: 60/62 (96.8%) in all three containers. Session 24 scored the Sentry DSN under
// the threshold (see Q): 61/62, 1 flagged (1.3%, the `sk_test_` key).
ownFloors('L', batchLNegatives, batchLPositives, 0.02, 0.95);

// M (77 / 61), documents and knowledge bases: wiki pages and runbooks (Markdown, Confluence), spreadsheets
// with credential columns in many languages and positions, e-mail threads, tickets, onboarding docs, Slack
// and Teams exports, PDF-to-text, chat in twelve more languages; scored after L's fixes, untouched (session
// 22): 1 flagged, recall **39/61 (63.9%)** in all three containers: no table of credentials was read.
// table-columns.ts reads Markdown, Jira, CSV/TSV and HTML tables by their header; Romanian `parola`,
// Persian `رمز عبور`, `**Password:** \`…\`` in Markdown. After: 50/61 plain (82.0%), 46/61 JSON, 47/61 CSV,
// 0 flagged (comma- and semicolon-separated tables are read only where a password keyword was seen, and
// columns named only `key`, `token` or `PIN` are not searched for: reading more cost a tenth of a scan). Left: PDF text with hyphenated labels and page breaks, a Heroku UUID, recovery codes, an AWS
// key set by `aws configure set`, "API key for the EU org: …", a password in bold after a slash, a Teams
// HTML body in JSON, and tables inside JSON strings whose cells are tab-separated. Session 23 read the Heroku
// UUID, `aws configure set`, the EU-org sentence, the bold and `<code>` passwords, and tables inside a JSON string
// or a quoted CSV cell (columns counted from the quote that opens the string; `\t` escapes as separators):
// 55/61 (90.2%) in all three containers, 0 flagged. Left: PDF hyphenation and page breaks (3), recovery codes,
// PIN and Wi-Fi `Key` columns.
ownFloors('M', batchMNegatives, batchMPositives, 0.01, 0.9);

// O (89 / 78), the AI/ML stack: model-provider keys of some twenty vendors, vector stores and data platforms,
// ML-ops tools, in notebooks (nbformat and Colab), SDK calls, .env.local, secrets.toml, litellm and docker-compose
// configs, traces and logs; scored after N's fixes, untouched (session 23): 1 flagged (1.1%: a 64-hex hashed key in a
// LiteLLM spend log, which a scanner cannot tell from a 64-hex key), recall 67/78 (85.9%) in all three containers.
// Fixed: a key as an SDK client's first argument (`cohere.ClientV2("…")`) or given to a method named for it
// (`Auth.api_key("…")`), `login(key="…")`, `vastai set api-key …`, `--token-secret` and `--apiKey` flags, headers
// named `*-Auth`, kaggle.json, a UUID under an `*_API_KEY` name, Milvus `user:password` tokens, a base64 token that
// encodes JSON (it was taken for an encoded placeholder), and a token printed alone on the line after its
// announcement. After: 78/78, the same 1 flagged, so O holds its own bar for negatives.
ownFloors('O', batchONegatives, batchOPositives, 0.02, 0.95);

// Q (96 / 98), vendor tokens with weak or no labels, some 85 vendors (payments, e-mail, messaging, observability,
// CI/CD, hosting, DBaaS, identity, secret managers, LLM providers, registries) pasted in chat and prompts in twelve
// languages, URLs, logs, CLI arguments, Postman collections, localStorage dumps, OCR text; scored after P's and U's
// fixes, untouched (session 24): 4 flagged (4.2%), recall 84/98 (85.7%) in all three containers and both draws.
// Fixed: Mercado Pago `APP_USR-`, Resend `re_`, Intercom's `dG9rO` (base64 of `tok:`), Sumo Logic HTTP source URLs,
// CircleCI `CCIPAT_`, crates.io `cio`, ngrok authtokens, Yandex `y0_`, LaunchDarkly `sdk-` keys, `sk-` and 32 hex
// (DeepSeek, DashScope) with no name beside it, a 52-character Azure DevOps PAT in a sentence naming the product,
// an Entra secret ending a sentence, any `Authorization` scheme (`Splunk <uuid>`); not secrets: New Relic's
// browser key `NRJS-`, `hashed_token`, and the Sentry DSN (now below the default threshold: four blind writers
// judged it public). After: 97/98, 1 flagged (1.0%): Twilio API key SIDs listed without their secret, which we keep
// (gitleaks' twilio-api-key rule and our fixtures count the SID). Left: a LINE channel token announced in Japanese.
ownFloors('Q', batchQNegatives, batchQPositives, 0.02, 0.95);

// R (104 / 91), wrappers and encodings: Kubernetes Secret `data:` (base64 of a value, a URL, a whole .env, a
// dockerconfigjson), docker `auth`, percent-encoded form bodies and redirects, HTML-escaped pages and e-mails,
// quoted-printable mail, JSON in JSON, YAML block scalars, heredocs, diffs, CDATA, .properties escapes, SQL and CSV
// quoting, COPY dumps, multipart bodies, string concatenation, OCR; scored after Q's fixes, untouched (session 24):
// 5 flagged (4.8%), recall 74/91 (81.3%) plain, 72/91 JSON, 73/91 CSV. Fixed: decoded views (decoded-views.ts) —
// percent-encoding, HTML entities and quoted-printable read character for character, and base64 runs that decode
// to text, each built only where the keyword scan saw its cue; a JWK's private `d` or `k`; a password in CDATA; a
// COPY dump's credential column; not secrets: base64 of an htpasswd line, a percent-encoded placeholder, a form's
// CSRF or authenticity token. After: 86/91 plain (94.5%), 83/91 JSON, 85/91 CSV, 1 flagged (an AWS access key
// id shown alone, which gitleaks and our fixtures count). Left: string concatenation across lines (Python, Java),
// a password under HTML table markup, `.properties` escapes (`password\=`), "pw" in an OCR'd chat line.
ownFloors('R', batchRNegatives, batchRPositives, 0.01, 0.9);

// S (90 / 85), credentials in human language worldwide: chat, e-mail, tickets, handover notes and prompts in 28
// languages, 16 of them in non-Latin scripts (Arabic, Hebrew, Persian, Hindi, Bengali, Tamil, Thai, Chinese, Japanese,
// Korean, Russian, Ukrainian, Greek, Georgian, Armenian, Amharic); scored after R's fixes, untouched (session 24):
// 2 flagged (2.2%), recall **50/85 (58.8%)** plain and CSV, 51/85 JSON. Fixed: password labels in Bengali, Tamil, Thai,
// Korean slang, Georgian, Armenian, Amharic, Arabic, a second Hebrew spelling, Swahili, Indonesian, Malay, Croatian,
// Slovenian and Danish, and ASCII labels before a full-width colon (`PW：`); copulas `adalah`, `ni`, `ay`, a quote
// opening the value (`jelszava „…”`); "Password WiFi kantor:" (words before the colon); a label right before a value
// with a digit, both cases and a symbol; `admin / …` pairs; tables with a 密碼 column; an AWS secret a line after its
// key id; Twilio's token before its SID; Yandex Cloud `AQVN` and Midtrans `Mid-server-` keys; not secrets: a Greek
// product or booking code, a date after a label. After: 79/85 plain and CSV (92.9%; 80/85 second draw), 76/85 JSON,
// 0 flagged. Left: a Wi-Fi key in Persian digits, a Kakao admin key, "use … to log in" in Georgian, a bank PIN in
// Vietnamese, lower-case passwords in Taglish without a sign, a password the filters read as a repeated pattern.
ownFloors('S', batchSNegatives, batchSPositives, 0.01, 0.88);
// T (93 / 85), build, CI/CD and package-manager files as committed (GitHub Actions to Woodpecker, Maven to Cargo,
// Dockerfiles, Nix, Fastlane, Android signing); scored after S's fixes, untouched (session 24): 3 flagged (3.2%),
// recall 78/85 (91.8%) plain, 76/85 JSON, 77/85 CSV. Fixed: a Codecov UUID token under its action, Maven's
// settings-security master, Develocity access keys, a Nix cache signing key, Gradle's `storePassword "…"`, a UUID
// after a key flag (`choco push --api-key`); not secrets: Maven's guide examples, shipped default passwords
// (`postgres`, `vagrant`, the debug keystore's `android`; see DEFAULT_PASSWORDS in detect.ts). After: 84/85 plain,
// 82/85 JSON, 83/85 CSV, 0 flagged: T holds the bars above. Left: a conda channel token in a URL path.

// U (92 / 88), desktop, IDE, database-tool and app configs on developers' laptops (JetBrains, VS Code, Visual Studio,
// DBeaver, pgpass, Postman, ~/.aws, ~/.azure, gcloud, kubeconfig, Slack and Discord desktop stores, FileZilla, WinSCP,
// rclone, 1Password CLI); scored after T's fixes, untouched (session 24): 1 flagged (1.1%), recall 82/88 (93.2%) plain
// and CSV, 81/88 JSON. Fixed: an environment variable set by name and value in IDE XML (`<env name="DB_PASSWORD"
// value="…"/>`), base64 DPAPI blobs, MSAL cache tokens, Slack's `xoxd-` cookie, `OP_SESSION_…=`; and a .netrc value no
// longer runs into a JSON string's closing quote. After: 88/88 plain, 86/88 JSON, 87/88 CSV (second draw 88/88), the
// same 1 flagged: a WinSCP password encrypted under a master password, which the rules read as WinSCP's obfuscation
// (batch P judged that a positive; the master-password variant is a negative here).
ownFloors('U', batchUNegatives, batchUPositives, 0.02, 0.95);

// V (98 / 88), application errors, debug output and telemetry in a dozen languages and tools (stack traces, tracebacks
// with locals, struct dumps, var_dump, crash reports, Sentry events, OpenTelemetry spans, access and slow-query logs,
// kubectl, Terraform, Ansible, CI logs); scored after U's fixes, untouched (session 24): 2 flagged (2.0%), recall 79/88
// (89.8%) plain and CSV, 78/88 JSON. Fixed: PHP var_dump and print_r, PDO's constructor in a stack trace, Erlang
// binaries and the RabbitMQ connection record, OpenWeather's `appid`, an authorization header as a span attribute,
// Django session cookies, Basic credentials printed anywhere and base64 of `user:password` in a log; not secrets:
// Ansible's no_log mask, the next field of a Go struct dump after an empty one. After: 87/88 plain, 84/88 JSON, 85/88
// CSV, 0 flagged: V holds the bars above. Left: a webhook token split across a Rust `Url` debug dump.

// W (94 / 94), data platforms, mobile apps, IoT and home and game servers (Airflow, dbt, Hadoop XML, Kafka Connect,
// Snowflake, Databricks, Tableau; Android resources, smali, iOS plists, Fastlane; ESPHome, Tasmota, Zigbee2MQTT, LoRaWAN,
// OpenWrt, mosquitto; srcds, Valheim, Plex, the *arr apps), forum posts in eight languages; scored after V's fixes,
// untouched (session 25): 5 flagged (5.3%), recall 77/94 (81.9%) plain, 76/94 JSON and CSV, both draws. Fixed: a
// private key's DER body without its PEM armour, Tableau PATs, Airflow's fernet key, ESPHome's API key, Zigbee and
// LoRaWAN keys (byte lists and `ttn-lw-cli`), Tasmota commands, mosquitto and mcrcon password flags, OpenWrt `option
// key`, console variables (`rcon_password "…"`), Steam GSLTs, `<ApiKey>` elements, a Plex token of letters only, an
// AWS secret a few lines under its key id, a session header's UUID (and its other copy: every copy of a secret known
// by its context is now reported); not secrets: Hadoop credential-provider properties, Unix times beside a secret's
// name, a SHA-512 digest under `password`, GoogleService-Info.plist's API key. After: 94/94 in all three containers
// (second draw 93/94), 1 flagged: an .rdp file's DPAPI password blob, which batches P and U judged a positive.
ownFloors('W', batchWNegatives, batchWPositives, 0.02, 0.95);

// X (209 / 45), a hard-negative batch: values that look random or secret in lockfiles, ids, public keys and
// certificates, encoded data, nonces and signatures, hashes and ciphertexts, documentation examples, twenty template
// and secret-reference syntaxes, UI strings, code that handles secrets, business ids; and real credentials in the
// same records. Scored after V's fixes, untouched (session 25): 4 flagged (1.9%), recall 43/45 (95.6%) plain, 42/45
// JSON, 41/45 CSV. Fixed: an Algolia `ADMIN_KEY`; .netrc in a JSON string; not secrets: a Mailgun webhook's signed
// nonce, a JWT header alone, Vault's `hmac-sha256:` audit values, a shell expansion's `:?` message. After: 0 flagged,
// 44/45 plain and JSON, 42/45 CSV. Left: a Firebase web config's `apiKey`, which X's writer judged a positive and
// batches H and W (and Firebase's documentation) a public identifier; in CSV, a CSV table inside a quoted cell.
ownFloors('X', batchXNegatives, batchXPositives, 0.01, 0.93);

// Y (100 / 95), infrastructure state, secret-store output and data and identity dumps (Terraform state, outputs and
// plans, Pulumi exports, CloudFormation; vault, AWS, Azure, GCP, 1Password, Doppler CLI output, Kubernetes and Helm;
// SQL dumps, Redis ACL, LDIF, Keycloak, RabbitMQ, Kafka JAAS; Prometheus, Alertmanager, Grafana); scored after W and
// X's fixes, untouched (session 25): 2 flagged (2.0%), recall 73/95 (76.8%) in all three containers and both draws.
// Fixed: values Terraform marks sensitive and `random_password` results in state, a password set by name and value
// (Helm `set`, 1Password fields, Kubernetes env), CloudFormation NoEcho defaults and `describe-stacks` parameters,
// SQL Server `WITH PASSWORD = N'…'`, Oracle's unquoted `IDENTIFIED BY`, Redis ACL `>pw`, LDIF `userPassword::`,
// Kafka JAAS `user_…`, `elasticsearch-reset-password`, PagerDuty routing and service keys, Opsgenie UUIDs, Azure
// `primary_access_key`, Pulumi secrets with `--show-secrets`, secrets printed by cloud CLIs, `kubectl … | base64 -d`
// and `terraform output -raw` on the next line; not secrets: an AES-GCM `auth_tag`, SQL Server's `0x… HASHED`.
// After: 91/95 plain (second draw 92/95), 90/95 CSV, 0 flagged. Left: a `random_password` result with `$` and
// letters (read as a variable), a GitHub Actions log whose output comes lines after its command, a base64
// service-account key in state, `terraform console` output.
ownFloors('Y', batchYNegatives, batchYPositives, 0.01, 0.93);

// Z (74 / 66), what API clients, proxies and browsers see (Postman, Insomnia, Bruno, REST Client, httpie, curl, wget;
// Burp, ZAP, mitmproxy, HAR; storage dumps and cookie exports; OAuth, OIDC and SAML flows; WebSocket, GraphQL, gRPC
// and API gateways); scored after Y's fixes, untouched (session 25): 3 flagged (4.1%), recall 54/66 (81.8%) in all
// three containers and both draws. Fixed: session cookies given to curl with `-b`, httpie bearer auth and session
// files, an OAuth code in a redirect beside its state, a posted SAMLResponse, Azure APIM subscription keys; not
// secrets: SigV4's scheme name, ASP.NET's `__RequestVerificationToken`, a JWT cut short with "…". After: 60/66 in all
// three containers, 0 flagged. Left: a Postman `apikey` auth block, a Cookie-Editor JSON export, WordPress's
// `wordpress_logged_in` cookie, a Keycloak code after its state, an Envoy log field; a PKCE `code_verifier` alone,
// which this writer judged a secret and fixtures.ts a look-alike, stays unreported.
ownFloors('Z', batchZNegatives, batchZPositives, 0.01, 0.9);
