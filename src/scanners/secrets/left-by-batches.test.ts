import { describe, expect, it } from 'vitest';
import { ALNUM, B64, DIGITS, HEXL, randomChars, uuid } from '../../../test/secrets/fixtures.js';
import { detectSecrets } from './detect.js';
import { findTableColumnSecrets } from './table-columns.js';

// Formats that blind batches K, L and M (session 22) left unread, fixed in session 23: each with the
// look-alikes that must stay unreported.
const r = randomChars('left-by-batches');
const found = (text: string) => detectSecrets(text).filter((m) => m.score >= 0.5).map((m) => text.slice(m.start, m.end));
const asJson = (text: string) => JSON.stringify({ msg: text });
const asCsvCell = (text: string) => `7,ops,"${text.replace(/"/g, '""')}",ok`;
const pw = () => `Estuary${r(DIGITS, 3)}-${r(ALNUM, 6)}`;

describe('credentials in command lines and mail configs', () => {
  it('reads the positional password of `net use`, after or before /user', () => {
    const p = pw();
    expect(found(`net use Z: \\\\fs01\\finance /user:CORP\\svc-backup ${p} /persistent:no`)).toEqual([p]);
    expect(found(`net use \\\\fs01\\finance ${p} /user:CORP\\svc-backup`)).toEqual([p]);
    expect(found('net use Z: \\\\fs01\\finance /user:CORP\\svc-backup * /persistent:no')).toEqual([]);
    expect(found('net use Z: \\\\fs01\\finance /persistent:yes')).toEqual([]);
  });

  it('reads a Postfix sasl_passwd line, also as the first line of a JSON string', () => {
    const p = pw();
    const line = `[smtp.mailgun.org]:587 postmaster@mg.acme.io:${p}`;
    expect(found(line)).toEqual([p]);
    expect(found(asJson(line))).toEqual([p]);
    expect(found('relayhost = [smtp.mailgun.org]:587')).toEqual([]);
  });

  it('reads a .pgpass line that opens a JSON string', () => {
    const p = `Cobalt${r(DIGITS, 3)}*${r(ALNUM, 6)}`;
    expect(found(asJson(`db-primary.acme.internal:5432:orders:report_ro:${p}`))).toEqual([p]);
  });

  it('reads a command-line token whose value ends at a JSON escape', () => {
    const token = r(ALNUM, 24);
    const nested = JSON.stringify({ files: [{ preview: `vercel deploy --prod --token ${token}` }] });
    expect(found(asJson(nested))).toEqual([token]);
  });

  it('reads an AWS secret key set by `aws configure set`', () => {
    const secret = `${r(B64, 20)}${r(ALNUM, 20)}`.replace(/=/g, 'x');
    expect(found(`aws configure set aws_secret_access_key ${secret}`)).toEqual([secret]);
  });
});

describe('keys in application configs and code', () => {
  it('reads Magento crypt keys, Drupal hash salts and Azure IoT symmetric keys', () => {
    const key = r(HEXL, 32);
    expect(found(`'crypt' => [\n        'key' => '${key}'\n    ],`)).toEqual([key]);
    const salt = r(B64, 74).replace(/[+/=]/g, 'Q');
    expect(found(`$settings['hash_salt'] = '${salt}';`)).toEqual([salt]);
    const symmetric = `${r(B64, 86)}==`;
    expect(found(`symmetric_key = { value = "${symmetric}" }`)).toEqual([symmetric]);
    expect(found("'crypt' => ['key' => '']\n$settings['hash_salt'] = file_get_contents('/home/salt.txt');\nmethod = \"symmetric_key\"")).toEqual([]);
  });

  it('reads a Go byte-slice key and the password of a Jenkins credential', () => {
    const key = r(B64, 44).replace(/=/g, 'Z');
    expect(found(`jwt.New(&jwt.GinJWTMiddleware{\n\tRealm:      "acme",\n\tKey:        []byte("${key}"),\n})`)).toEqual([key]);
    expect(found('Key: []byte(os.Getenv("JWT_KEY")),')).toEqual([]);
    const p = pw();
    expect(found(`new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "nexus-deploy", "Nexus deployer", "deployer", "${p}")`)).toEqual([p]);
    expect(found('new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "nexus", "Nexus", "deployer", env.NEXUS_PASSWORD)')).toEqual([]);
  });
});

describe('keys shaped as UUIDs, when their vendor or name says so', () => {
  it('reads Consul ACL tokens, Heroku and Postmark keys', () => {
    const token = uuid(r);
    expect(found(`acl {\n  tokens {\n    initial_management = "${token}"\n  }\n}`)).toEqual([token]);
    expect(found(`export CONSUL_HTTP_TOKEN=${token}`)).toEqual([token]);
    expect(found(`- [ ] move the Heroku API key (${token}) to the CI secret store`)).toEqual([token]);
    expect(found(`host: 'smtp.postmarkapp.com',\n  auth: { user: '${token}', pass: '${token}' },`)).toEqual([token, token]);
  });

  it('leaves ids that are UUIDs alone, near the same vendors', () => {
    const id = uuid(r);
    expect(found(`Postmark accepted the message: {"To": "ana@acme.io", "MessageID": "${id}"}`)).toEqual([]);
    expect(found(`heroku apps:info --app acme  # app id ${id}`)).toEqual([]);
    expect(found(`acl { tokens { initial_management = "\${CONSUL_BOOTSTRAP}" } }\nnode_id = "${id}"`)).toEqual([]);
  });
});

describe('keys named in a sentence', () => {
  it('reads a vendor key whose name has words between it and the value', () => {
    const key = r(HEXL, 32);
    expect(found(`<p>Datadog API key for the EU org: ${key} (ask Priya before rotating)</p>`)).toEqual([key]);
    expect(found(`Datadog trace id for the failing request: ${key}`)).toEqual([]);
  });

  it('reads a password set off by Markdown or HTML emphasis right after its label', () => {
    const p = `Nimbus-canyon-${r(DIGITS, 4)}`;
    expect(found(`- Venue Wi-Fi: **ACME-Offsite** / password **${p}**`)).toEqual([p]);
    expect(found(`SFTP for the auditors: user <b>audit2026</b> password <code>${p}</code>`)).toEqual([p]);
    expect(found('Reset your password **here** or see the <code>password</code> docs.')).toEqual([]);
  });
});

describe('tables held in a JSON string or a CSV cell', () => {
  const values = (text: string) => findTableColumnSecrets(text).map((m) => text.slice(m.start, m.end));
  const table = 'Servicio,Entorno,Usuario,Contraseña,Responsable\nMySQL,producción,app_rw,Kayak322+birch,Lucía';

  it('counts columns from the quote that opens the string', () => {
    expect(values(asJson(table))).toEqual(['Kayak322+birch']);
    expect(values(asCsvCell(table))).toEqual(['Kayak322+birch']);
    expect(values(asJson('host,ip,user,pwd\nweb-07,10.1.4.17,root,Lantern528*kayak'))).toEqual(['Lantern528*kayak']);
    // A TSV export in a JSON string: its tabs are `\t` escapes.
    expect(values(asJson('Gerät\tIP\tBenutzer\tKennwort\nswitch-01\t10.0.0.2\tadmin\tGranite090+granite\n'))).toEqual(['Granite090+granite']);
  });

  it('still reads a CSV header whose cells are quoted', () => {
    expect(values('"id","email","password"\n"1","ana@acme.io","Nectar77#Pylon"')).toEqual(['Nectar77#Pylon']);
  });
});

// Forms blind batch N (what an agent sees on a machine: shell output, dotfiles, secret-store CLIs,
// cookie jars, database clients) showed unread at first sight, with their look-alikes.
describe('what an agent sees running tools', () => {
  it('reads NAME and value in aligned columns, the value ending the line', () => {
    const key = r(HEXL, 32);
    expect(found(`Name                           Value\n----                           -----\nAPPDATA                        C:\\Users\\ana\\AppData\\Roaming\nAZURE_OPENAI_API_KEY           ${key}\nNUMBER_OF_PROCESSORS           16`)).toEqual([key]);
    const p = `Dune${r(ALNUM, 3)}96_908kestrel`;
    expect(found(`Key            Value\n---            -----\ndb_password    ${p}\ndb_user        payments`)).toEqual([p]);
    expect(found('Key                Value\n---                -----\ntoken_policies     [default payments-read]\ntoken_ttl          768h\npassword           (hidden)')).toEqual([]);
  });

  it('reads the secret a secret-store command prints on the next line', () => {
    const key = r(HEXL, 40);
    expect(found(`$ op read "op://Infra/datadog/app-key"\n${key}\n`)).toEqual([key]);
    const p = `Harbor${r(DIGITS, 3)}!${r(ALNUM, 5)}`;
    expect(found(`$ security find-generic-password -s smtp-relay -a noreply -w\n${p}`)).toEqual([p]);
    expect(found('$ op read "op://Infra/datadog/app-key"\n[ERROR] 2026/11/20 could not read secret\n$ gh auth token\nno oauth token found')).toEqual([]);
  });

  it('reads redis passwords from redis.conf and from CONFIG GET', () => {
    const p = `Meadow${r(ALNUM, 4)}~422cobalt`;
    expect(found(`127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) "${p}"`)).toEqual([p]);
    expect(found(`bind 127.0.0.1\nrequirepass ${p}\nmasterauth ${p}`)).toEqual([p, p]);
    expect(found('127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) ""')).toEqual([]);
  });

  it('reads session cookies in cookies.txt and handed to a client, not other cookies', () => {
    const sid = r(ALNUM, 32).toLowerCase();
    const jar = `# Netscape HTTP Cookie File\n.acme.io\tTRUE\t/\tFALSE\t1798560000\t_ga\tGA1.1.8711482384.1764000000\nadmin.acme.io\tFALSE\t/\tTRUE\t1795770000\tcsrftoken\t${r(ALNUM, 32)}\nadmin.acme.io\tFALSE\t/\tTRUE\t1765443600\tsessionid\t${sid}`;
    expect(found(jar)).toEqual([sid]);
    expect(found(asJson(jar))).toEqual([sid]);
    const token = `${r(ALNUM, 40)}.${r(ALNUM, 80)}`;
    expect(found(`$session.Cookies.Add((New-Object System.Net.Cookie("__Secure-next-auth.session-token", "${token}", "/", "app.acme.io")))`)).toEqual([token]);
    expect(found(`driver.add_cookie({"name": "sessionid", "value": "${sid}", "domain": "acme.io"})`)).toEqual([sid]);
    expect(found(`driver.add_cookie({"name": "theme", "value": "dark-high-contrast-2026"})`)).toEqual([]);
  });

  it('reads a password column of a psql or MySQL result grid, padded to its width', () => {
    const p = `Fjords${r(ALNUM, 4)}-973meadow`;
    expect(found(`shop=# SELECT id, email, password FROM users;\n id | email       | password\n----+-------------+------------------------\n 1  | ana@acme.io | ${p}\n(1 row)`)).toEqual([p]);
    expect(found(`+----+-------------+----------------------+\n| id | email       | password             |\n+----+-------------+----------------------+\n|  1 | ana@acme.io | ${p} |\n+----+-------------+----------------------+`)).toEqual([p]);
    expect(found(` id | email       | password\n----+-------------+--------------------------------------------------------------\n 1  | ana@acme.io | $2b$12$${r(ALNUM, 53)}`)).toEqual([]);
  });

  it('reads WordPress salts with angle brackets in them, and B2 application keys', () => {
    const salt = `c%v~F/@K/zT!q*b.VD:Kx(kDe4D:VJp>_:c4(73Cj/${r(ALNUM, 20)}`;
    expect(found(`define( 'AUTH_KEY',         '${salt}' );`)).toEqual([salt]);
    expect(found("define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine('NONCE_KEY', '<your-nonce-key>');")).toEqual([]);
    const b2 = `K002${r(B64, 27).replace(/=/g, 'q')}`;
    expect(found(`[b2-backup]\ntype = b2\naccount = 00ceec64b2100000000001\nkey = ${b2}\nhard_delete = true`)).toEqual([b2]);
  });

  it('leaves a JSON schema that marks a field as a password alone', () => {
    expect(found('{"inputSchema":{"type":"object","properties":{"api_key":{"type":"string","description":"Your API key"},"password":{"type":"string","format":"password"}}}}')).toEqual([]);
  });
});

// Forms blind batch O (the AI/ML stack: model providers, vector stores, ML ops, notebooks) showed unread
// at first sight, with their look-alikes.
describe('keys of the AI/ML stack, where AI engineers put them', () => {
  it('reads a key passed to an SDK client or to a method named for it', () => {
    const key = r(ALNUM, 40);
    expect(found(`co = cohere.ClientV2("${key}")`)).toEqual([key]);
    expect(found(`auth_credentials=Auth.api_key("${key}"),`)).toEqual([key]);
    expect(found(`sgMail.setApiKey("${key}");`)).toEqual([key]);
    expect(found('client = storage.Client("acme-ml-training-datasets")\nAuth.api_key(os.environ["WEAVIATE_KEY"])')).toEqual([]);
  });

  it('reads `key=` given to a login call, and a key a CLI stores after its subcommand', () => {
    const hex = r(HEXL, 40);
    expect(found(`wandb.login(key="${hex}")`)).toEqual([hex]);
    const long = r(HEXL, 64);
    expect(found(`vastai set api-key ${long}`)).toEqual([long]);
    expect(found('wandb.login(key=os.environ["WANDB_API_KEY"])\nvastai set api-key $VAST_KEY')).toEqual([]);
  });

  it('reads flags of other spellings, and headers named *-Auth', () => {
    const secret = `as-${r(ALNUM, 22)}`;
    expect(found(`modal token set --token-id ak-${r(ALNUM, 22)} --token-secret ${secret}`)).toEqual([secret]);
    const key = `rpa_${r(ALNUM, 40).toUpperCase()}`;
    expect(found(`runpodctl config --apiKey ${key}`)).toEqual([key]);
    const bearer = `sk-helicone-${r(ALNUM, 28).toLowerCase()}`;
    expect(found(`default_headers={"Helicone-Auth": "Bearer ${bearer}"}`)).toEqual([bearer]);
  });

  it('reads kaggle.json, a UUID under an *_API_KEY name, and a Milvus user:password token', () => {
    const key = r(HEXL, 32);
    expect(found(`{"username":"pixel502","key":"${key}"}`)).toEqual([key]);
    const id = uuid(r);
    expect(found(`PINECONE_API_KEY=${id}\nPINECONE_ENVIRONMENT=us-west1-gcp`)).toEqual([id]);
    expect(found(`PINECONE_PROJECT_ID=${id}\nRUN_ID=${uuid(r)}`)).toEqual([]);
    const p = `Gradient21.lattice${r(ALNUM, 3)}`;
    expect(found(`Milvus(connection_args={"uri": "http://milvus:19530", "token": "rag_writer:${p}"})`)).toEqual([p]);
  });

  it('reads a base64 token that encodes JSON, and a token printed on the line after its announcement', () => {
    const token = Buffer.from(JSON.stringify({ api_address: 'https://app.neptune.ai', api_key: uuid(r) })).toString('base64');
    expect(found(`run = neptune.init_run(project="acme/vision", api_token="${token}")`)).toEqual([token]);
    const printed = r(HEXL, 40);
    expect(found(`$ particle token create\nNew access token expires on Fri Feb 27 2027\n    ${printed}`)).toEqual([printed]);
    expect(found(`GITHUB_TOKEN=***\nGITHUB_SHA=${r(HEXL, 40)}`)).toEqual([]);
  });
});

// Blind batch P (network devices and enterprise IT) found 33 of 77 at first sight: device configurations,
// Windows and AD, legacy enterprise clients, monitoring and backups. One test per family, with look-alikes.
describe('network devices and enterprise IT', () => {
  const p = () => `Glacier${r(DIGITS, 2)}_${r(ALNUM, 6)}`;

  it('reads Cisco-style secrets of type 0 and 7, not hashes of type 5, 8 or 9, nor prose', () => {
    const [a, b, c] = [p(), p(), r(HEXL, 24).toUpperCase()];
    expect(found(`hostname core\nusername admin privilege 15 password 0 ${a}\nenable password ${b}\nline vty 0 4\n password 7 ${c}`)).toEqual([a, b, c]);
    expect(found(asJson(`version 15.2\nenable password ${b}\n!`))).toEqual([b]);
    expect(found('username ro privilege 1 secret 9 $9$12W4Ala98IJLvY$eYN/fp.9mPkPZ4E\nenable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0')).toEqual([]);
    expect(found('Enter your username and password twice. Your password 7 characters long is weak; enable password protection.')).toEqual([]);
  });

  it('reads RADIUS, TACACS+, SNMP, IPsec, BGP and OSPF keys, not the default communities', () => {
    const [a, b, c, d, e, f] = [p(), p(), p(), p(), p(), p()];
    expect(found(`radius-server host 10.20.0.12 auth-port 1812 key ${a}`)).toEqual([a]);
    expect(found(`snmp-server community ${b} RW 99\nsnmp-server community public RO`)).toEqual([b]);
    expect(found(`crypto isakmp key ${c} address 203.0.113.10`)).toEqual([c]);
    expect(found(` ikev1 pre-shared-key ${d}`)).toEqual([d]);
    expect(found(` neighbor 192.0.2.1 password ${e}`)).toEqual([e]);
    expect(found(` ip ospf message-digest-key 1 md5 ${f}`)).toEqual([f]);
  });

  it('reads Juniper $9$ secrets, FortiGate set passwd, WireGuard and strongSwan keys, PAN-OS API keys', () => {
    const nine = `$9$${r(ALNUM, 24)}`;
    expect(found(`set system radius-server 10.20.0.12 secret "${nine}"`)).toEqual([nine]);
    const pw = p();
    expect(found(`config user local\n    edit "vpn-jdoe"\n        set passwd "${pw}"\n    next\nend`)).toEqual([pw]);
    expect(found('config system admin\n    edit "admin"\n        set password ENC SH2nlSGCv8BmR3Wdpo2GqC9Kf6mR+uDQx')).toEqual([]);
    const wg = `${r(B64, 42).replace(/[=]/g, 'A')}A=`;
    expect(found(`[Peer]\nPresharedKey = ${wg}\nAllowedIPs = 10.66.7.0/24`)).toEqual([wg]);
    expect(found(`192.0.2.10 203.0.113.20 : PSK "${pw}"`)).toEqual([pw]);
    const pan = `LUFRPT${r(B64, 60).replace(/=/g, 'Q')}==`;
    expect(found(`curl -k "https://fw01/api/?type=op&key=${pan}"`)).toEqual([pan]);
  });

  it('reads Windows credentials: unattend.xml, net user, cmdkey, -u/-p tools, NT hashes; not placeholders', () => {
    const pw = p();
    expect(found(`<AdministratorPassword>\n  <Value>${pw}</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>`)).toEqual([pw]);
    expect(found('<AdministratorPassword>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n</AdministratorPassword>')).toEqual([]);
    expect(found(`C:\\> net user svc_deploy ${pw} /add /domain`)).toEqual([pw]);
    expect(found(`psexec \\\\app02 -u CORP\\svc_deploy -p ${pw} -h cmd /c run.bat`)).toEqual([pw]);
    expect(found('ssh -u deploy -p 2222 host\nmysql -u root -p mydb\ncheck_mysql -u nagios -p $USER3$')).toEqual([]);
    const nt = r(HEXL, 32);
    expect(found(`CORP\\svc_sql:1107:aad3b435b51404eeaad3b435b51404ee:${nt}:::`)).toEqual([nt]);
    expect(found('CORP\\guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::')).toEqual([]);
  });

  it('reads enterprise clients and backups: sqlplus, DB2, ldapsearch -w, echo | kinit, PASSWORD constants, restic, Vault, ACL tokens', () => {
    const pw = p();
    expect(found(`sqlplus -s app_owner/${pw}@ORCLPDB1 @patch.sql`)).toEqual([pw]);
    expect(found(`db2 connect to SAMPLE user db2inst1 using ${pw}`)).toEqual([pw]);
    expect(found(`ldapsearch -x -H ldaps://dc01 -D "CN=svc,DC=corp" -w '${pw}' -b "DC=corp"`)).toEqual([pw]);
    expect(found(`echo '${pw}' | kinit svc_hdfs@CORP.EXAMPLE`)).toEqual([pw]);
    expect(found('echo "ana:$NEW_PASSWORD" | chpasswd')).toEqual([]);
    expect(found(`cf.setStringProperty(WMQConstants.PASSWORD, "${pw}");`)).toEqual([pw]);
    expect(found('{"name": "password", "value": "****"}')).toEqual([]);
    expect(found(`export RESTIC_PASSWORD=${pw}`)).toEqual([pw]);
    const unseal = r(B64, 44).replace(/=/g, 'k');
    expect(found(`Unseal Key 1: ${unseal}`)).toEqual([unseal]);
    const id = uuid(r);
    expect(found(`AccessorID:       ${uuid(r)}\nSecretID:         ${id}`)).toEqual([id]);
  });
});

// Sentences and lists that blind batch S (session 24) showed unread, with the near misses that must stay unreported.
describe('credentials in human language', () => {
  it('reads a password right after its label when it looks chosen, not a word after the label', () => {
    const p = `Kilima${r(DIGITS, 4)}%`;
    expect(found(`Tumia nenosiri ${p} kuingia kwenye mfumo.`)).toEqual([p]);
    expect(found('Use password SHA-256 hashing for the new store.')).toEqual([]);
    expect(found('The password reset flow sends a link.')).toEqual([]);
  });

  it('reads `account / password` pairs with a usual account name, not a slashed pair of words', () => {
    const p = `Harbor.${r(DIGITS, 4)}`;
    expect(found(`- NAS: admin / ${p}\n- camera: see Yossi`)).toEqual([p]);
    expect(found('Choose TCP / UDP2 in the menu, then admin / settings.')).toEqual([]);
    expect(found('root / 2024 budget review')).toEqual([]);
  });

  it('reads words before the colon after "password", not a date', () => {
    const p = `rendang${r(DIGITS, 4)}`;
    expect(found(`Password WiFi kantor: ${p}`)).toEqual([p]);
    expect(found('Password last changed: 2026-12-31')).toEqual([]);
  });
});

// Build and CI files that blind batch T (session 24) showed unread, and the shipped defaults it judged no leak.
describe('credentials in build files', () => {
  it('reads Gradle signing passwords and a key flag given a UUID, not shipped default passwords', () => {
    const p = `Bramble${r(DIGITS, 2)}#${r(ALNUM, 5)}`;
    expect(found(`signingConfigs {\n  release {\n    storePassword "${p}"\n  }\n}`)).toEqual([p]);
    const key = uuid(r);
    expect(found(`choco push pkg.nupkg --source https://push.chocolatey.org/ --api-key ${key}`)).toEqual([key]);
    expect(found('services:\n  postgres:\n    env:\n      POSTGRES_PASSWORD: postgres')).toEqual([]);
    expect(found('debug {\n  storePassword "android"\n  keyPassword "android"\n}')).toEqual([]);
  });
});

// Laptop configs that blind batch U (session 24) showed unread.
describe('credentials in IDE and desktop configs', () => {
  it('reads an environment variable set by name and value in IDE XML, not a form field of a nonce', () => {
    const p = pw();
    expect(found(`<envs>\n  <env name="DB_PASSWORD" value="${p}" />\n</envs>`)).toEqual([p]);
    expect(found(`<mapEntry key="API_TOKEN" value="${p}"/>`)).toEqual([p]);
    expect(found(`<input type="hidden" name="authenticity_token" value="${r(B64, 40)}==">`)).toEqual([]);
    expect(found('<env name="DB_PASSWORD" value="${DB_PASSWORD}" />')).toEqual([]);
  });
});

// Debug output that blind batch V (session 24) showed unread.
describe('credentials in debug output and telemetry', () => {
  it('reads PHP dumps, Basic credentials in a log, and leaves masks and empty struct fields alone', () => {
    const p = pw();
    expect(found(`array(2) {\n  ["username"]=>\n  string(4) "shop"\n  ["password"]=>\n  string(${p.length}) "${p}"\n}`)).toEqual([p]);
    const basic = Buffer.from(`prometheus:${p}`).toString('base64');
    expect(found(`haproxy[1234]: fe_metrics 200 {Basic ${basic}} "GET /metrics HTTP/1.1"`)).toEqual([basic]);
    expect(found('"password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"')).toEqual([]);
    expect(found('config: {User:app Password: Name:orders Port:5432}')).toEqual([]);
  });
});
