/**
 * Blind evaluation batch M for the secret/credential detector (2026-11-28).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * file layout of batch L) or any notes, and without running it. Batch M aims at DOCUMENTS AND
 * KNOWLEDGE BASES where people leave credentials:
 * (1) wiki pages and runbooks in Markdown and Confluence storage format (credential tables, code blocks,
 *     "Credentials" sections, admonitions);
 * (2) spreadsheets exported as CSV/TSV/Markdown with credential columns of varied names (Passwort,
 *     Contraseña, Mot de passe, Kennwort, pwd, secret, api key, token, key) and positions past the 5th;
 * (3) e-mail threads with quoted replies, forwarded messages and signatures;
 * (4) meeting notes and tickets (Jira wiki markup, GitHub issue Markdown with <details> blocks);
 * (5) README and onboarding docs with "temporary" credentials;
 * (6) Slack and Teams export JSON;
 * (7) PDF-to-text extractions with broken lines, page furniture and hyphenated labels;
 * (8) chats in Korean, Thai, Hebrew, Arabic, Persian, Ukrainian, Romanian, Dutch, Swedish, Norwegian,
 *     Danish and Czech, with the value in Latin characters.
 *
 * Negatives use the same formats: masked tables, "see vault" notes, password policies, docs explaining
 * key formats with obviously fake examples, placeholders, password-manager references, changelogs that
 * mention rotation without values, hashes and ids in tables, public keys, commands with $VARIABLES.
 *
 * Every key-like value is generated at run time from the seeded random source, following the vendor's
 * published shape as I know it (prefix, alphabet, length); the file holds no literal key.
 *
 * Judgment calls:
 * - PINs: a bare 4-6 digit PIN (door code, phone voicemail, SIM) is a NEGATIVE here. It is too short to
 *   tell from any other number, and a scanner that flagged it would flag every table of numbers. A value
 *   under a "PIN" column that is a real alphanumeric password is still a positive.
 * - Recovery / backup codes (GitHub 2FA recovery codes) are POSITIVES: each one logs in without the second
 *   factor. `secret` is the first code of the list.
 * - Wi-Fi passphrases (WPA2-PSK) in docs are positives.
 * - Where an id and its secret sit together, `secret` is the secret half (AWS secret access key, Azure AD
 *   client secret, Twilio auth token).
 * - Shapes from memory that may be off: Atlassian API token (`ATATT3xFfGF0` + base64url + 8 hex), Okta
 *   SSWS token (`00` + 40 base64url), Azure AD client secret (`xxx8Q~` + 31), Doppler `dp.st.`, Pulumi
 *   `pul-` + 40 hex, Terraform Cloud `.atlasv1.`, Docker Hub `dckr_pat_`, Figma `figd_`, Notion `ntn_`,
 *   Airtable `pat` + 14 + `.` + 64 hex, New Relic `NRAK-`, Postmark server token (UUID), Heroku API key
 *   (UUID). Each sits in a context that names the vendor.
 */
import { crc32 } from 'node:zlib';
import {
  ALNUM,
  B64,
  B64URL,
  DIGITS,
  HEXL,
  HEXU,
  LOWER,
  UPPER,
  base62,
  positiveBatch,
  randomChars,
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** A PEM block whose body starts with `head`, broken into 64-character rows. */
function pemBlock(r: R, label: string, head: string, bodyLength: number): string {
  const body = head + r(B64, Math.max(0, bodyLength - head.length));
  const rows = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...rows, `-----END ${label}-----`].join('\n');
}

/** A Markdown table from a header row and body rows. */
function mdTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const WORDS = [
  'anchor',
  'birch',
  'canyon',
  'delta',
  'falcon',
  'granite',
  'harbor',
  'indigo',
  'jasper',
  'kayak',
  'lantern',
  'maple',
  'nimbus',
  'orchid',
  'pepper',
  'quartz',
] as const;

export function batchMPositives(seed = 'blind-m-positives'): SecretCase[] {
  const { r, add, out, cap } = positiveBatch(seed, WORDS);
  const word = (): string => WORDS[parseInt(r(HEXL, 1), 16)]!;
  /** A made-up human password; its symbols are safe in Markdown tables, CSV, JSON, XML and URLs. */
  const pw = (): string => `${cap(word())}${r(DIGITS, 3)}${r('!*-_.+@', 1)}${word()}${r(ALNUM, 3)}`;
  const hex = (n: number): string => r(HEXL, n);
  const ghTok = (prefix: string): string => {
    const body = r(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  };

  // --- (1) Wiki pages and runbooks ---------------------------------------------------------------------
  add('Markdown wiki credential table password column', pw(), (s) => `## Staging environment\n\n${mdTable(['Service', 'URL', 'Username', 'Password'], [['Grafana', 'https://grafana.stg.acme.io', 'admin', s], ['RabbitMQ', 'https://mq.stg.acme.io', 'ops', 'see 1Password']])}\n`);
  add('Markdown runbook code block with AWS secret key', r(B64, 40), (s) => `# Runbook: restore nightly backup\n\n1. Configure the CLI on the jump host:\n\n\`\`\`bash\naws configure set aws_access_key_id AKIA${r(`${UPPER}234567`, 16)}\naws configure set aws_secret_access_key ${s}\naws s3 cp s3://acme-backups/pg/latest.dump .\n\`\`\`\n`);
  add('Markdown Credentials section with Postgres password', pw(), (s) => `### Credentials\n\n- **Host:** pg-reporting.internal.acme.io\n- **Database:** analytics\n- **User:** bi_reader\n- **Password:** \`${s}\`\n`);
  add('GitHub admonition with GitLab PAT', `glpat-${r(B64URL, 20)}`, (s) => `> [!WARNING]\n> The mirror job uses the bot token \`${s}\` until we move it to CI variables.\n`);
  add('Confluence storage format code macro with Slack bot token', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[export SLACK_BOT_TOKEN=${s}\n./notify.sh --channel ops]]></ac:plain-text-body></ac:structured-macro>`);
  add('Confluence storage format table cell password', pw(), (s) => `<table><tbody><tr><th><p>System</p></th><th><p>Login</p></th><th><p>Password</p></th></tr><tr><td><p>Jenkins</p></td><td><p>deploy</p></td><td><p>${s}</p></td></tr></tbody></table>`);
  add('Confluence info macro with Datadog API key', hex(32), (s) => `<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Datadog API key for the EU org: ${s} (ask Priya before rotating)</p></ac:rich-text-body></ac:structured-macro>`);
  add('Markdown runbook OpenSSH private key for bastion', pemBlock(r, 'OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 400), (s) => `## Emergency access to bastion\n\nIf SSO is down, save this as \`~/.ssh/bastion_break_glass\`:\n\n\`\`\`\n${s}\n\`\`\`\n`);
  add('wiki page Atlassian API token', `ATATT3xFfGF0${r(B64URL, 170)}=${r(HEXU, 8)}`, (s) => `h2. Jira automation\n\nThe sync script logs in as jira-bot@acme.io with API token ${s}\n`);

  // --- (2) Spreadsheets ----------------------------------------------------------------------------------
  add('CSV Passwort column in 6th position', pw(), (s) => `Nr;Abteilung;Name;System;Benutzer;Passwort;Bemerkung\n1;Buchhaltung;M. Keller;DATEV;mkeller;${s};ändern nach Login\n2;Lager;S. Braun;SAP;sbraun;(SSO);`);
  add('CSV Contraseña column', pw(), (s) => `Servicio,Entorno,Usuario,Contraseña,Responsable\nMySQL,producción,app_rw,${s},Lucía\nRedis,producción,default,ver bóveda,Lucía`);
  add('CSV Mot de passe column in 7th position', pw(), (s) => `id,site,application,url,compte,rôle,mot de passe,notes\n4,Lyon,Pennylane,https://app.pennylane.com,compta@acme.fr,admin,${s},partagé`);
  add('TSV Kennwort column', pw(), (s) => `Gerät\tStandort\tIP\tBenutzer\tKennwort\nswitch-core-01\tRZ Nord\t10.0.0.2\tadmin\t${s}\n`);
  add('CSV pwd column after many columns', pw(), (s) => `host,ip,os,owner,env,user,pwd\nweb-07,10.1.4.17,ubuntu 22.04,team-web,prod,root,${s}`);
  add('CSV api key column with SendGrid key', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `vendor,account,plan,renewal,owner,api key\nSendGrid,marketing@acme.io,Pro,2027-03-01,growth,${s}`);
  add('CSV token column with Telegram bot token', `${r(DIGITS, 10)}:AA${r(B64URL, 33)}`, (s) => `bot,chat_id,purpose,created,owner,token\n@acme_alerts_bot,-100${r(DIGITS, 10)},on-call alerts,2026-02-11,sre,${s}`);
  add('Markdown spreadsheet secret column Azure AD client secret', `${r(ALNUM, 3)}8Q~${r(`${ALNUM}_.-~`, 31)}`, (s) => mdTable(['App', 'Tenant', 'Client ID', 'Expires', 'Owner', 'Secret'], [['acme-sso', 'acme.onmicrosoft.com', uuid(r), '2027-05-01', 'IAM', s]]));
  add('CSV key column with Stripe live secret key', `sk_live_51${r(ALNUM, 97)}`, (s) => `merchant,country,currency,mode,contact,key\nacme-eu,DE,EUR,live,finance@acme.io,${s}`);
  add('CSV PIN column holding an alphanumeric password', pw(), (s) => `Mitarbeiter,Gerät,Seriennummer,Ausgabe,Rückgabe,PIN\nJ. Vogel,ThinkPad T14,PF${r(UPPER + DIGITS, 6)},2026-01-10,,${s}`);
  add('TSV Wi-Fi key column', `${cap(word())}${cap(word())}${r(DIGITS, 4)}${word()}`, (s) => `Office\tSSID\tSecurity\tBand\tVLAN\tKey\nAmsterdam\tACME-Staff\tWPA2-PSK\t5 GHz\t20\t${s}\n`);

  // --- (3) E-mail threads ------------------------------------------------------------------------------------
  add('email reply quoting a password', pw(), (s) => `Thanks, that worked!\n\nOn Tue, 18 Nov 2026 at 09:12, Tom Fischer <tom@acme.io> wrote:\n> Hi Ana,\n> your VPN account is ready. User: ana.ruiz, initial password: ${s}\n> Please change it at first login.\n> Tom`);
  add('forwarded message with Twilio auth token', hex(32), (s) => `---------- Forwarded message ---------\nFrom: Nina Park <nina@acme.io>\nDate: Mon, 17 Nov 2026\nSubject: Twilio creds for the SMS pilot\nTo: dev-team@acme.io\n\nAccount SID: AC${hex(32)}\nAuth token: ${s}\n`);
  add('email signature block with personal token', ghTok('ghp_'), (s) => `Can you retry the release with my token?\n${s}\n\n--\nMarco Bianchi | Release Engineering\nACME GmbH | +49 30 1234 5678`);
  add('double-quoted email thread Mailgun key', `key-${hex(32)}`, (s) => `Done.\n\n> Did you get the key?\n>\n>> Here's the Mailgun key for the newsletter domain: ${s}\n>> -- Ruth`);
  add('Outlook style reply with Okta token', `00${r(B64URL, 40)}`, (s) => `From: Okta Admin <okta-admin@acme.io>\nSent: Wednesday, November 19, 2026 4:02 PM\nSubject: RE: SCIM token\n\nUse this SSWS token for the provisioning job:\nSSWS ${s}`);

  // --- (4) Meeting notes and tickets -------------------------------------------------------------------------
  add('Jira wiki markup table with password', pw(), (s) => `h3. Test accounts\n||Role||Login||Password||\n|Admin|qa-admin@acme.io|${s}|\n|Viewer|qa-viewer@acme.io|(SSO)|`);
  add('Jira code block with DigitalOcean token', `dop_v1_${hex(64)}`, (s) => `Steps to reproduce:\n{code:bash}\ndoctl auth init --access-token ${s}\ndoctl kubernetes cluster list\n{code}\nExpected: list of clusters`);
  add('GitHub issue details block with npm token', ghTok('npm_'), (s) => `### Bug\npublish fails with E403\n\n<details>\n<summary>.npmrc</summary>\n\n\`\`\`\n//registry.npmjs.org/:_authToken=${s}\n\`\`\`\n\n</details>`);
  add('GitHub issue details block with OpenAI key in log', `sk-proj-${r(B64URL, 156)}`, (s) => `<details><summary>Full log</summary>\n\n\`\`\`\nDEBUG openai._base_client: Request options: {'headers': {'Authorization': 'Bearer ${s}'}}\n\`\`\`\n</details>`);
  add('meeting notes action item with Heroku API key', uuid(r), (s) => `# Weekly sync 2026-11-20\n\n**Attendees:** Ana, Tom, Li\n\n- [ ] Li: move Heroku API key (${s}) from the deploy script to the CI secret store`);
  add('meeting notes Wi-Fi for the offsite', `${cap(word())}-${word()}-${r(DIGITS, 4)}`, (s) => `## Offsite logistics\n- Venue Wi-Fi: **ACME-Offsite** / password **${s}**\n- Lunch at 12:30`);

  // --- (5) README and onboarding -------------------------------------------------------------------------------
  add('onboarding doc temporary password', pw(), (s) => `# Welcome to ACME!\n\nYour temporary login for the HR portal:\n\n- user: your e-mail address\n- temporary password: ${s}\n\n(you will be asked to change it)`);
  add('README quick start with Anthropic key', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `## Quick start\n\nFor now the team shares one key, just paste it:\n\n\`\`\`\nANTHROPIC_API_KEY=${s}\n\`\`\``);
  add('README Docker Hub PAT', `dckr_pat_${r(B64URL, 27)}`, (s) => `### Pulling private images\n\n\`\`\`\necho ${s} | docker login -u acmebuild --password-stdin\n\`\`\``);
  add('onboarding doc GitHub 2FA recovery codes', `${hex(5)}-${hex(5)}`, (s) => `Shared admin account recovery codes (keep safe):\n\n\`\`\`\n${s}\n${hex(5)}-${hex(5)}\n${hex(5)}-${hex(5)}\n${hex(5)}-${hex(5)}\n\`\`\``);
  add('onboarding doc Hugging Face token', `hf_${r(UPPER + LOWER, 34)}`, (s) => `Step 3: log in to the model hub with the team read token:\n    huggingface-cli login --token ${s}`);
  add('README Doppler service token', `dp.st.prd.${r(ALNUM, 43)}`, (s) => `Run locally with the prod config (temporary until we get per-dev tokens):\n\nDOPPLER_TOKEN=${s} doppler run -- npm start`);

  // --- (6) Slack and Teams exports -----------------------------------------------------------------------------
  add('Slack export message with AWS secret key', r(B64, 40), (s) => JSON.stringify([{ type: 'message', user: `U0${r(UPPER + DIGITS, 9)}`, text: `here you go: aws_secret_access_key=${s}`, ts: '1763630412.004900' }], null, 2));
  add('Slack export message with Slack webhook URL', `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => JSON.stringify([{ type: 'message', user: `U0${r(UPPER + DIGITS, 9)}`, text: `new webhook for #deploys <${s}>`, ts: '1763630499.001200' }]));
  add('Teams export HTML body with password', pw(), (s) => JSON.stringify({ messages: [{ id: r(DIGITS, 13), from: { user: { displayName: 'Jonas Berg' } }, body: { contentType: 'html', content: `<p>SFTP for the auditors: user <b>audit2026</b> password <code>${s}</code></p>` } }] }, null, 2));
  add('Slack export file snippet with Vercel token', r(ALNUM, 24), (s) => JSON.stringify({ type: 'message', subtype: 'file_share', files: [{ name: 'deploy.sh', preview: `vercel deploy --prod --token ${s}` }] }));
  add('Teams export Pulumi access token', `pul-${hex(40)}`, (s) => JSON.stringify({ messages: [{ from: { user: { displayName: 'Ola Nordmann' } }, body: { contentType: 'text', content: `PULUMI_ACCESS_TOKEN=${s} for the stack migration` } }] }));

  // --- (7) PDF-to-text extractions ------------------------------------------------------------------------------
  add('PDF text hyphenated label password', pw(), (s) => `Handover Protocol – Server Room B                Page 3 of 7\n\nThe administrator pass-\nword for the UPS management card is ${s} and must be\nchanged after commissioning.\n\nCONFIDENTIAL`);
  add('PDF text label and value split by page break', pw(), (s) => `4.2 Access data for the customer portal\nUser name: acme-ops\nPassword:\n\n                 Service Agreement v2.1 – page 11\n\f\n${s}\n4.3 Escalation contacts`);
  add('PDF text broken lines SMTP password', pw(), (s) => `Mail relay configura-\ntion: host smtp.acme-\nmail.de, port 587, user\nnoreply@acme.de, pass-\nword ${s}`);
  add('PDF text table columns with API token', `NRAK-${r(UPPER + DIGITS, 27)}`, (s) => `Monitoring    Vendor      Account     Key\nAPM           New Relic   4${r(DIGITS, 6)}    ${s}\nLogs          Elastic     (see vault)`);
  add('PDF text RSA private key in appendix', pemBlock(r, 'RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 900), (s) => `Appendix C – Device certificate and key\n\n${s}\n\n– 24 –`);

  // --- (8) Chats in other languages ------------------------------------------------------------------------------
  add('Korean chat password', pw(), (s) => `김민수: 테스트 서버 비밀번호 알려줄 수 있어?\n이지은: 비밀번호는 ${s} 입니다. 공유하지 마세요!`);
  add('Thai chat Wi-Fi password', `${cap(word())}${r(DIGITS, 4)}${word()}`, (s) => `สมชาย: รหัสผ่าน Wi-Fi ห้องประชุมคืออะไรครับ\nมาลี: รหัสผ่านคือ ${s} ค่ะ`);
  add('Hebrew chat API key', `sk-proj-${r(B64URL, 156)}`, (s) => `דנה: מה המפתח של OpenAI לפרויקט?\nיוסי: המפתח הוא ${s}`);
  add('Arabic chat database password', pw(), (s) => `أحمد: ما هي كلمة المرور لقاعدة البيانات؟\nسارة: كلمة المرور: ${s}`);
  add('Persian chat admin password', pw(), (s) => `رضا: رمز عبور پنل مدیریت چیه؟\nمریم: رمز عبور ${s} هست، بعد از ورود عوضش کن.`);
  add('Ukrainian chat GitHub token', ghTok('ghp_'), (s) => `Олег: Дай токен для CI, будь ласка.\nІрина: Ось токен: ${s}\nОлег: Дякую!`);
  add('Romanian chat password', pw(), (s) => `Andrei: Care e parola pentru contul de test?\nIoana: Parola este ${s}`);
  add('Dutch chat password', pw(), (s) => `Sanne: Wat is het wachtwoord van de NAS?\nDaan: Het wachtwoord is ${s}`);
  add('Swedish chat Cloudflare token', r(B64URL, 40), (s) => `Erik: Har du Cloudflare-token för DNS-skriptet?\nAnna: Ja, token: ${s}`);
  add('Norwegian chat password', pw(), (s) => `Kari: Hva er passordet til ruteren?\nOla: Passordet er ${s}`);
  add('Danish chat adgangskode', pw(), (s) => `Mette: Kan du sende adgangskoden til økonomisystemet?\nLars: Adgangskode: ${s}`);
  add('Czech chat heslo', pw(), (s) => `Petr: Jaké je heslo k testovací databázi?\nJana: Heslo je ${s}, prosím nešiř ho.`);
  add('Dutch chat Figma token', `figd_${r(B64URL, 40)}`, (s) => `Lotte: Mijn Figma token voor de export-script: ${s}`);
  add('Czech chat Airtable PAT', `pat${r(ALNUM, 14)}.${hex(64)}`, (s) => `Tomáš: Tady je Airtable token pro import: ${s}`);

  return out;
}

export function batchMNegatives(seed = 'blind-m-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);

  // --- Wiki pages and runbooks -----------------------------------------------------------------------------
  add('Markdown credential table with masked passwords', mdTable(['Service', 'Username', 'Password'], [['Grafana', 'admin', '********'], ['Jenkins', 'deploy', '••••••••']]));
  add('Markdown credential table pointing to vault', mdTable(['Service', 'Username', 'Password'], [['Grafana', 'admin', 'see Vault: secret/ops/grafana'], ['RabbitMQ', 'ops', 'in 1Password (Ops vault)']]));
  add('runbook code block with environment variables', '```bash\naws configure set aws_access_key_id "$AWS_ACCESS_KEY_ID"\naws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"\n```');
  add('Credentials section referring to password manager', '### Credentials\n\nAll credentials for this service live in the **Platform** vault in Bitwarden. Do not paste them here.');
  add('Confluence storage format table with masked cell', '<table><tbody><tr><th><p>System</p></th><th><p>Password</p></th></tr><tr><td><p>Jenkins</p></td><td><p>[REDACTED]</p></td></tr></tbody></table>');
  add('Confluence warning macro about rotation', '<ac:structured-macro ac:name="warning"><ac:rich-text-body><p>The Datadog API key was rotated on 2026-11-02. Get the new one from Vault.</p></ac:rich-text-body></ac:structured-macro>');
  add('admonition with placeholder token', '> [!NOTE]\n> Replace `<YOUR_GITLAB_TOKEN>` with a personal access token that has `read_api` scope.');
  add('runbook SSH public key', `Add this key to authorized_keys on the bastion:\n\n\`\`\`\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} ops@acme.io\n\`\`\``);
  add('runbook with kubectl secret reference', '```\nkubectl -n payments get secret stripe-api -o jsonpath="{.data.key}" | base64 -d\n```');
  add('wiki page explaining key formats with fake examples', 'GitHub classic tokens start with `ghp_` followed by 36 characters, e.g. `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`. Fine-grained tokens start with `github_pat_`.');
  add('Confluence code macro with secret placeholders', '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[export SLACK_BOT_TOKEN=xoxb-your-token-here\n./notify.sh]]></ac:plain-text-body></ac:structured-macro>');
  add('runbook public certificate', `Root CA used by the internal proxy:\n\n${pemBlock(r, 'CERTIFICATE', 'MIIDdzCCAl+gAwIBAgIE', 900)}`);
  add('wiki table of commit ids and image digests', mdTable(['Release', 'Commit', 'Image digest'], [['v4.2.0', hex(40), `sha256:${hex(64)}`], ['v4.2.1', hex(40), `sha256:${hex(64)}`]]));
  add('runbook with ${VAR} interpolation in connection string', 'DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}');

  // --- Password policies and docs ----------------------------------------------------------------------------
  add('password policy document', '## Password policy\n\n- Minimum length: 14 characters\n- Must contain upper case, lower case, digits and a symbol\n- Passwords expire every 365 days\n- The last 12 passwords cannot be reused');
  add('password policy with bad-example list', 'Do NOT use passwords like `Password123!`, `Welcome1` or `Summer2026`. These are rejected by the directory.');
  const awsDocExample = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
  add('doc explaining AWS key format', `AWS access key IDs are 20 characters and begin with \`AKIA\` (long-term) or \`ASIA\` (temporary). Secret keys are 40 characters. Example from the AWS docs: \`${awsDocExample}\`.`);
  add('doc explaining Stripe key prefixes', 'Stripe keys: `pk_` is publishable, `sk_` is secret, `rk_` is restricted. Test keys contain `_test_`, live keys `_live_`. Never commit an `sk_live_...` key.');
  add('onboarding doc password manager instructions', '# Onboarding\n\n1. Install 1Password and accept the invite.\n2. Your initial passwords are in the "New hire" vault item.\n3. Enable 2FA on GitHub.');
  add('README with env example placeholders', '## Configuration\n\n```\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your key>\nDATABASE_URL=postgres://user:password@localhost:5432/app\n```');
  add('README with changeme default', 'The container starts with the default admin password `changeme`; set `ADMIN_PASSWORD` before exposing it.');
  add('onboarding temporary password sent separately', 'Your temporary password will be sent to your phone by SMS. It expires after 24 hours.');
  add('README template variables', 'token: {{ .Values.github.token }}\npassword: {{ secrets.DB_PASSWORD }}\napi_key: ${{ secrets.OPENAI_API_KEY }}');
  add('recovery code instructions without codes', 'Download your recovery codes from Settings → Password and authentication → Recovery codes and store them in the password manager.');

  // --- Spreadsheets ----------------------------------------------------------------------------------------------
  add('CSV Passwort column masked', 'Nr;Abteilung;Name;System;Benutzer;Passwort\n1;Buchhaltung;M. Keller;DATEV;mkeller;*****\n2;Lager;S. Braun;SAP;sbraun;(SSO)');
  add('CSV Contraseña column pointing to vault', 'Servicio,Entorno,Usuario,Contraseña\nMySQL,producción,app_rw,ver bóveda\nRedis,producción,default,en Vault');
  add('CSV mot de passe column empty', 'id,site,compte,mot de passe,notes\n4,Lyon,compta@acme.fr,,à demander à la DSI');
  add('TSV Kennwort column says Keepass', 'Gerät\tIP\tBenutzer\tKennwort\nswitch-core-01\t10.0.0.2\tadmin\tsiehe KeePass');
  add('CSV with hash column', `user,email,created,password_hash\nmkeller,m.keller@acme.de,2026-01-10,$argon2id$v=19$m=65536,t=3,p=4$${r(B64, 22)}$${r(B64, 43)}`);
  add('CSV with UUID ids and API key names only', `id,name,scopes,created,last_used\n${uuid(r)},ci-deploy,write:packages,2026-03-01,2026-11-20\n${uuid(r)},grafana-read,read:metrics,2026-04-12,never`);
  add('CSV PIN column with door codes (PIN call)', `Raum,Gebäude,Etage,Verantwortlich,PIN\nServerraum,B,UG,IT,${r(DIGITS, 4)}\nArchiv,A,2,Verwaltung,${r(DIGITS, 4)}`);
  add('CSV key column with public key fingerprints', `host,user,type,key\nweb-07,deploy,ed25519,SHA256:${r(B64, 43)}\ndb-02,backup,rsa,SHA256:${r(B64, 43)}`);
  add('CSV token column with masked tokens', 'bot,chat_id,owner,token\n@acme_alerts_bot,-1001234,sre,<redacted>\n@acme_deploy_bot,-1005678,platform,<redacted>');
  add('Markdown spreadsheet secret column with expiry only', mdTable(['App', 'Client ID', 'Secret expires', 'Secret'], [['acme-sso', uuid(r), '2027-05-01', 'Key Vault: kv-iam/acme-sso'], ['hr-sync', uuid(r), '2026-12-31', 'Key Vault: kv-iam/hr-sync']]));
  add('CSV api key column with last four digits', 'vendor,account,api key\nSendGrid,marketing@acme.io,****a9F2\nMailgun,ops@acme.io,****1c7e');
  add('TSV with serial numbers and MAC addresses', `Gerät\tSeriennummer\tMAC\nThinkPad T14\tPF${r(UPPER + DIGITS, 6)}\t${Array.from({ length: 6 }, () => r(HEXU, 2)).join(':')}\n`);
  add('CSV with order ids and tracking numbers', `order,customer,amount,tracking\nORD-${r(DIGITS, 8)},C-${r(DIGITS, 6)},129.90,1Z${r(UPPER + DIGITS, 16)}`);

  // --- E-mail threads ---------------------------------------------------------------------------------------------
  add('email reply saying password sent separately', 'Thanks!\n\n> Hi Ana, your VPN account is ready. User: ana.ruiz.\n> I will send the initial password via Signal.\n> Tom');
  add('forwarded message about key rotation without value', '---------- Forwarded message ---------\nFrom: Nina Park <nina@acme.io>\nSubject: Twilio token rotated\n\nThe Twilio auth token was rotated this morning. The new one is in Vault under secret/sms/twilio.');
  add('email signature with phone numbers and VAT id', '--\nMarco Bianchi | Release Engineering\nACME GmbH | +49 30 1234 5678 | USt-IdNr. DE123456789\nHRB 123456 B, Amtsgericht Charlottenburg');
  add('password reset email with link token expired', `Someone asked to reset your password. This link expired on 2026-11-10.\nIf this wasn't you, ignore this email.\nReference: ${uuid(r)}`);
  add('email with DKIM signature header', `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=acme.io; s=google;\n h=from:to:subject:date:message-id;\n bh=${r(B64, 43)}=;\n b=${r(B64, 88)}`);
  add('email Message-ID and thread headers', `Message-ID: <CA+${r(B64URL, 40)}@mail.gmail.com>\nIn-Reply-To: <CA+${r(B64URL, 40)}@mail.gmail.com>\nX-MS-Exchange-Organization-Network-Message-Id: ${uuid(r)}`);
  add('quoted thread asking for a password without answer', '> Could you send me the password for the staging DB?\n\nPlease request access through the IT portal; I cannot share passwords by e-mail.');

  // --- Meeting notes and tickets ----------------------------------------------------------------------------------
  add('Jira wiki table with passwords in vault', 'h3. Test accounts\n||Role||Login||Password||\n|Admin|qa-admin@acme.io|see Vault qa/admin|\n|Viewer|qa-viewer@acme.io|(SSO)|');
  add('Jira code block with shell variables', '{code:bash}\ndoctl auth init --access-token "$DIGITALOCEAN_TOKEN"\n{code}');
  add('GitHub issue details block with redacted npmrc', '<details>\n<summary>.npmrc</summary>\n\n```\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n```\n\n</details>');
  add('GitHub issue log with masked bearer', '<details><summary>Full log</summary>\n\n```\nDEBUG Request options: {\'headers\': {\'Authorization\': \'Bearer sk-...XXXX\'}}\n```\n</details>');
  add('meeting notes action item about rotating keys', '# Weekly sync 2026-11-20\n\n- [x] Rotated the Heroku API key and updated CI\n- [ ] Li: revoke the old GitHub PAT of the release bot');
  add('changelog rotation entries', '## 4.2.1\n- Rotated the Stripe API key (no action needed)\n- Moved the SendGrid key to Secrets Manager\n- Removed hard-coded password from `deploy.sh`');
  add('Jira ticket with issue keys and sprint ids', `OPS-${r(DIGITS, 4)} blocked by SEC-${r(DIGITS, 3)}\nSprint: ${r(DIGITS, 3)} | Epic Link: PLAT-${r(DIGITS, 3)}`);
  add('GitHub issue with commit SHAs', `Regression between ${hex(7)} and ${hex(7)}. Full SHA of the bad commit: ${hex(40)}`);

  // --- Slack and Teams exports --------------------------------------------------------------------------------------
  add('Slack export with user and channel ids', JSON.stringify([{ type: 'message', user: `U0${r(UPPER + DIGITS, 9)}`, channel: `C0${r(UPPER + DIGITS, 9)}`, text: 'deploy finished', ts: '1763630412.004900', client_msg_id: uuid(r) }]));
  add('Slack export message pointing to vault', JSON.stringify([{ type: 'message', user: `U0${r(UPPER + DIGITS, 9)}`, text: 'the AWS keys are in 1Password under "prod-deploy", please don\'t paste them here' }]));
  add('Slack export file metadata', JSON.stringify({ files: [{ id: `F0${r(UPPER + DIGITS, 9)}`, name: 'deploy.sh', url_private: `https://files.slack.com/files-pri/T0${r(UPPER + DIGITS, 8)}-F0${r(UPPER + DIGITS, 9)}/deploy.sh`, md5: hex(32) }] }));
  add('Teams export with message and conversation ids', JSON.stringify({ messages: [{ id: r(DIGITS, 13), conversationId: `19:${hex(32)}@thread.tacv2`, from: { user: { id: uuid(r), displayName: 'Jonas Berg' } }, body: { contentType: 'html', content: '<p>Password reset done, check your mail.</p>' } }] }));
  add('Slack message with bot token placeholder', JSON.stringify([{ type: 'message', text: 'set SLACK_BOT_TOKEN=xoxb-XXXXXXXX in your .env and restart' }]));

  // --- PDF-to-text -----------------------------------------------------------------------------------------------------
  add('PDF text password policy with hyphenation', 'Pass-\nwords must be at least 14 characters long and\nmust not contain the user name. Pass-\nwords are stored as salted hashes.');
  add('PDF text with page furniture and document id', `Handover Protocol – Server Room B     Page 3 of 7\nDocument ID: ${r(UPPER + DIGITS, 12)}   Revision 4\nCONFIDENTIAL`);
  add('PDF text password to be handed over in person', '4.2 Access data for the customer portal\nUser name: acme-ops\nPassword: will be handed over in\nperson at commissioning.');
  add('PDF text table of checksums', `File                 SHA-256\nfirmware-2.8.1.bin   ${hex(64)}\nbootloader.bin       ${hex(64)}`);
  add('PDF text invoice with IBAN-like reference', `Invoice No. ${r(DIGITS, 8)}\nPayment reference: RF${r(DIGITS, 2)}${r(UPPER + DIGITS, 12)}\nCustomer number: ${r(DIGITS, 7)}`);

  // --- Chats in other languages ------------------------------------------------------------------------------------------
  add('Korean chat password in vault', '김민수: 테스트 서버 비밀번호 알려줄 수 있어?\n이지은: 비밀번호는 1Password에 있어요. 채팅으로는 안 보낼게요.');
  add('Thai chat password not shared', 'สมชาย: รหัสผ่าน Wi-Fi คืออะไรครับ\nมาลี: ถามฝ่ายไอทีนะคะ ไม่ควรส่งรหัสผ่านในแชท');
  add('Hebrew chat key rotated', 'דנה: המפתח של OpenAI עדיין עובד?\nיוסי: החלפתי אותו אתמול, הוא ב-Vault.');
  add('Arabic chat password reset', 'أحمد: نسيت كلمة المرور\nسارة: استخدم رابط إعادة التعيين في البوابة.');
  add('Persian chat placeholder', 'رضا: رمز عبور چیه؟\nمریم: تو فایل env مقدار <PASSWORD> رو با رمز خودت عوض کن.');
  add('Ukrainian chat token via secret manager', 'Олег: Дай токен для CI.\nІрина: Токен вже в GitHub Secrets як GH_TOKEN.');
  add('Romanian chat with ticket number', `Andrei: Care e parola?\nIoana: Am deschis tichetul INC${r(DIGITS, 7)} pentru resetare.`);
  add('Dutch chat password manager', 'Sanne: Wat is het wachtwoord van de NAS?\nDaan: Staat in Bitwarden onder "Kantoor NAS".');
  add('Swedish chat with short URL and order id', `Erik: Beställning ${r(DIGITS, 9)} skickad, spårning https://acme.io/t/${r(ALNUM, 8)}`);
  add('Norwegian chat password policy', 'Kari: Hvor langt må passordet være?\nOla: Minst 14 tegn, med tall og symboler.');
  add('Danish chat voicemail PIN (PIN call)', `Mette: Hvad er pinkoden til telefonsvareren?\nLars: Pinkoden er ${r(DIGITS, 4)}`);
  add('Czech chat password changed without value', 'Petr: Funguje staré heslo?\nJana: Ne, heslo jsem včera změnila, nové je v KeePassu.');

  // --- Misc ------------------------------------------------------------------------------------------------------------------
  add('PGP public key block in a wiki page', `Encrypt reports to security@acme.io:\n\n${pemBlock(r, 'PGP PUBLIC KEY BLOCK', 'mQINBG', 600)}`);
  add('README badge with public ids', `[![codecov](https://codecov.io/gh/acme/web/branch/main/graph/badge.svg)](https://codecov.io/gh/acme/web)\n[![Build](https://github.com/acme/web/actions/workflows/ci.yml/badge.svg)](https://github.com/acme/web/actions)`);
  add('onboarding doc curl with header variable', 'curl -H "Authorization: Bearer $API_TOKEN" https://api.acme.io/v1/me');

  return out;
}
