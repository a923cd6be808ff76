/**
 * Blind evaluation batch N for the secret/credential detector (2026-11-28).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * helper exports of fixtures.ts and the file layout of batch M) or any notes, and without running it.
 * Batch N aims at WHAT AN AI AGENT SEES when it runs tools on a developer's machine or a server, and at
 * what a model writes back:
 * (1) shell introspection: printenv/env/set dumps, /proc/<pid>/environ (NUL and newline separated),
 *     ps aux / ps -ef command lines, shell history, docker inspect, docker compose config, systemctl show,
 *     launchctl getenv, PowerShell Get-ChildItem Env:, cmd `set`, reg query;
 * (2) dot-files and config files an agent cats: AWS, Docker, kube, npm, PyPI, netrc, git-credentials, gh,
 *     pgpass, my.cnf, s3cfg, boto, rclone, Maven, Gradle, Composer, NuGet, wp-config, SSH/TLS private keys;
 * (3) secret-store CLIs: kubectl get secret, vault kv get, aws secretsmanager, gcloud, az, heroku, gh, op;
 * (4) agent transcripts: JSON tool results, MCP responses, tool-call arguments, LangChain/AutoGen logs,
 *     terminal-agent transcripts and OpenTelemetry spans;
 * (5) model answers that echo the user's credential back in a code block;
 * (6) browser dumps: localStorage/sessionStorage JSON, Netscape cookies.txt, copy-as-fetch/PowerShell/cURL;
 * (7) database client output: result grids, redis-cli, mongosh, MySQL \G rows.
 *
 * Negatives use the same containers: env dumps holding only paths, hosts, ids and flags; masked CLI output
 * (aws configure list, gh auth status, op item get); secret listings without data; ${VAR} and placeholder
 * configs; hashes, digests, request/trace/session ids, public keys, SRI and npm integrity values; model
 * answers with obviously fake example keys.
 *
 * Every key-like value is generated at run time from the seeded random source, following the vendor's
 * published shape as I know it (prefix, alphabet, length); the file holds no literal key. The AWS
 * documentation example pair in one negative is assembled from parts.
 *
 * Judgment calls:
 * - Kubernetes Secret `data:` values are POSITIVES even though they are only base64-encoded: base64 is an
 *   encoding, not protection, and `kubectl get secret -o yaml` output is the classic leak. `secret` is the
 *   base64 string exactly as printed (not the decoded value). The same goes for ~/.docker/config.json
 *   `auths.*.auth` (base64 of user:password) and kubeconfig `client-key-data` (base64 of a PEM private key).
 *   `certificate-authority-data` / `client-certificate-data` (public certificates) are NEGATIVES.
 * - rclone `pass =` values are "obscured", which rclone documents as reversible without a key, so they are
 *   POSITIVES.
 * - WordPress AUTH_KEY/SECURE_AUTH_KEY salts are POSITIVES: whoever holds them can forge login cookies.
 * - Hashes are NEGATIVES: bcrypt, argon2, apr1/.htpasswd, PostgreSQL SCRAM verifiers, MySQL
 *   caching_sha2 authentication strings, hashed known_hosts lines. A users table whose password column holds
 *   plaintext is a positive; the same table with a hash column is a negative.
 * - Authenticated session cookies (Django `sessionid`, next-auth session token) in a cookie jar or a copied
 *   request are POSITIVES: they are bearer credentials for the session. Analytics, consent and bot-management
 *   cookies (_ga, _gid, cookie consent, __cf_bm) are NEGATIVES.
 * - Ids that travel in logs are NEGATIVES: request ids, trace/span ids, traceparent, a `session_id` UUID used
 *   as a correlation id in an application log, systemd InvocationID, VS Code nonce, container ids, image
 *   digests, commit SHAs, 1Password item ids, OpenAI tool-call ids.
 * - A token printed masked (`gho_****`, `****************QX7M`, `***` in CI logs) is a NEGATIVE.
 * - Where an id and its secret sit together, `secret` is the secret half (AWS secret key, GCS HMAC secret,
 *   Magento private key, Twilio auth token); for a URL with a password, `secret` is the password.
 * - Processes: mysql, sshpass and redis-server hide their password arguments from ps, so the ps positives use
 *   programs that do not (a Java app with a Spring property flag, a Python bot with a token flag).
 * - Shapes from memory that may be off: AWS STS session token (`IQoJb3JpZ2luX2Vj` + long base64), Heroku
 *   `HRKU-` tokens (`HRKU-AA` + 58 base64url), Artifactory API key (`AKCp8` + 68 alnum), GCS HMAC access id
 *   (`GOOG1E` + 55), Backblaze B2 application key (`K00` + digit + 27), Google OAuth access token (`ya29.a0` +
 *   ~200 base64url), Azure OpenAI key (32 hex, the older shape), Datadog application key (40 hex), Django
 *   session key (32 lowercase alnum), 1Password item id (26 lowercase alnum), next-auth JWE session cookie.
 *   Each sits in a context that names the tool or vendor.
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

/** A PEM-style block whose body starts with `head`, broken into rows of `width` characters. */
function pemBlock(r: R, label: string, head: string, bodyLength: number, width = 64): string {
  const body = head + r(B64, Math.max(0, bodyLength - head.length));
  const rows: string[] = [];
  for (let i = 0; i < body.length; i += width) rows.push(body.slice(i, i + width));
  return [`-----BEGIN ${label}-----`, ...rows, `-----END ${label}-----`].join('\n');
}

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** A JWT with real header and payload and a random signature of `sigLength` base64url characters. */
function jwt(r: R, header: object, payload: object, sigLength: number): string {
  return `${b64url(header)}.${b64url(payload)}.${r(B64URL, sigLength)}`;
}

/** A psql-style result grid. */
function grid(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => ` ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')}`.trimEnd();
  const sep = widths.map((w) => '-'.repeat(w + 2)).join('+');
  return [line(head), sep, ...rows.map(line), `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`].join('\n');
}

/** A Netscape cookies.txt line. */
function cookieLine(domain: string, name: string, value: string, expiry: number, secure = true): string {
  return [domain, domain.startsWith('.') ? 'TRUE' : 'FALSE', '/', secure ? 'TRUE' : 'FALSE', String(expiry), name, value].join('\t');
}

const WORDS = [
  'acorn',
  'bramble',
  'cobalt',
  'dune',
  'ember',
  'fjord',
  'glacier',
  'hollow',
  'iris',
  'juniper',
  'kestrel',
  'lagoon',
  'meadow',
  'nectar',
  'onyx',
  'prairie',
] as const;

export function batchNPositives(seed = 'blind-n-positives'): SecretCase[] {
  const { r, add, out, cap } = positiveBatch(seed, WORDS);
  const word = (): string => WORDS[parseInt(r(HEXL, 1), 16)]!;
  /** A made-up human password built from URL-unreserved characters, so it survives URLs, JSON, YAML and shells. */
  const pw = (): string => `${cap(word())}${r(ALNUM, 5)}${r('-_.~', 1)}${r(DIGITS, 3)}${word()}`;
  const hex = (n: number): string => r(HEXL, n);
  const ghTok = (prefix: string): string => {
    const body = r(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  };
  const akia = (prefix = 'AKIA'): string => `${prefix}${r(`${UPPER}234567`, 16)}`;
  const openaiKey = (kind: string): string => `sk-${kind}-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`;
  const anthropicKey = (): string => `sk-ant-api03-${r(B64URL, 93)}AA`;
  const rsaKey = (): string => pemBlock(r, 'RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 1588);
  const k8sJwt = (ns: string, sa: string): string =>
    jwt(r, { alg: 'RS256', kid: r(B64URL, 43) }, { aud: ['https://kubernetes.default.svc.cluster.local'], exp: 1795770000, iat: 1764234000, iss: 'https://kubernetes.default.svc.cluster.local', 'kubernetes.io': { namespace: ns, serviceaccount: { name: sa, uid: uuid(r) } }, sub: `system:serviceaccount:${ns}:${sa}` }, 342);

  // --- (1) Shell introspection -----------------------------------------------------------------------------
  add('printenv dump with OpenAI project key', openaiKey('proj'), (s) => `$ printenv\nSHELL=/bin/zsh\nHOME=/home/ana\nLANG=en_US.UTF-8\nPATH=/home/ana/.local/bin:/usr/local/bin:/usr/bin:/bin\nOPENAI_API_KEY=${s}\nSSH_AUTH_SOCK=/run/user/1000/keyring/ssh\nXDG_SESSION_ID=4\nTERM=xterm-256color\n`);
  add('env | sort on a server with DATABASE_URL password', pw(), (s) => `$ env | sort\nAPP_ENV=production\nDATABASE_URL=postgres://orders_app:${s}@orders-db.cluster-${r(LOWER + DIGITS, 12)}.eu-west-1.rds.amazonaws.com:5432/orders\nHOSTNAME=orders-api-7d9f8b6c5-x2lkq\nINVOCATION_ID=${hex(32)}\nJOURNAL_STREAM=8:${r(DIGITS, 5)}\nNODE_ENV=production\nPORT=8080\n`);
  add('env dump on a CI runner with ACTIONS_RUNTIME_TOKEN', jwt(r, { typ: 'JWT', alg: 'RS256', x5t: r(B64URL, 27) }, { nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd', scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${uuid(r)}:${uuid(r)}`, iss: 'vstoken.actions.githubusercontent.com', aud: 'vso:00000000-0000-0000-0000-000000000000', nbf: 1764230000, exp: 1764255200 }, 342), (s) => `Run env\nCI=true\nGITHUB_ACTIONS=true\nGITHUB_REPOSITORY=acme/orders\nGITHUB_RUN_ID=${r(DIGITS, 11)}\nGITHUB_SHA=${hex(40)}\nACTIONS_RUNTIME_URL=https://pipelines.actions.githubusercontent.com/${r(ALNUM, 50)}/\nACTIONS_RUNTIME_TOKEN=${s}\nRUNNER_OS=Linux\n`);
  add('bash set output with Stripe live key', `sk_live_51${r(ALNUM, 97)}`, (s) => `$ set\nBASH=/usr/bin/bash\nBASHOPTS=checkwinsize:cmdhist:complete_fullquote:expand_aliases:extglob:extquote:force_fignore:histappend:interactive_comments:progcomp:promptvars:sourcepath\nBASH_VERSINFO=([0]="5" [1]="2" [2]="21" [3]="1" [4]="release" [5]="x86_64-pc-linux-gnu")\nHISTFILE=/root/.bash_history\nPS1='\\u@\\h:\\w\\$ '\nSTRIPE_SECRET_KEY=${s}\n_=clear\n__git_ps1 () \n{ \n    local exit=$?;\n`);
  add('/proc/pid/environ NUL separated with AWS secret key', r(B64, 40), (s) => `$ sudo cat /proc/2817/environ\n${['LANG=C.UTF-8', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin', `AWS_ACCESS_KEY_ID=${akia()}`, `AWS_SECRET_ACCESS_KEY=${s}`, 'AWS_DEFAULT_REGION=eu-central-1', 'HOME=/var/lib/backup'].join('\0')}\0`);
  add('/proc/pid/environ through tr with Anthropic key', anthropicKey(), (s) => `$ tr '\\0' '\\n' < /proc/$(pgrep -f agent-worker)/environ\nUSER=worker\nPWD=/srv/agent\nANTHROPIC_API_KEY=${s}\nMAX_TURNS=40\nSHLVL=0\n`);
  add('ps aux Java command line with Spring datasource password', pw(), (s) => `$ ps aux | grep java\nappuser   1422  3.1 12.4 5123456 1012344 ?    Ssl  Nov27  41:02 /usr/lib/jvm/java-21-openjdk/bin/java -Xmx2g -jar /opt/billing/billing.jar --spring.profiles.active=prod --spring.datasource.username=billing --spring.datasource.password=${s}\nana      30211  0.0  0.0   6480  2304 pts/0    S+   08:01   0:00 grep --color=auto java`);
  add('ps -ef Python bot with Telegram token flag', `${r('123456789', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`, (s) => `$ ps -ef | grep bot\nUID          PID    PPID  C STIME TTY          TIME CMD\nbot          877       1  0 Nov26 ?        00:03:12 /usr/bin/python3 /opt/alerts/run.py --telegram-token ${s} --chat -100${r(DIGITS, 10)}\n`);
  add('shell history export of Hugging Face token', `hf_${r(UPPER + LOWER, 34)}`, (s) => `$ history | tail -5\n  498  cd ~/models\n  499  export HF_TOKEN=${s}\n  500  huggingface-cli whoami\n  501  python finetune.py --epochs 3\n  502  history | tail -5`);
  add('bash_history mysql client with inline password', pw(), (s) => `$ grep mysql ~/.bash_history\nmysql -h db-primary.internal -u admin -p${s} shop\nmysqldump -h db-primary.internal -u admin -p${s} shop > /tmp/shop.sql\n`);
  add('docker inspect Env array with Postgres password', pw(), (s) => `$ docker inspect --format '{{json .Config.Env}}' pg\n${JSON.stringify([`POSTGRES_PASSWORD=${s}`, 'POSTGRES_USER=app', 'POSTGRES_DB=app', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/16/bin', 'GOSU_VERSION=1.17', 'PGDATA=/var/lib/postgresql/data'])}`);
  add('docker compose config with resolved MinIO root password', pw(), (s) => `$ docker compose config\nname: storage\nservices:\n  minio:\n    command:\n      - server\n      - /data\n    environment:\n      MINIO_ROOT_PASSWORD: ${s}\n      MINIO_ROOT_USER: minioadmin\n    image: minio/minio:RELEASE.2025-09-07T16-13-09Z\n    networks:\n      default: null\n`);
  add('systemctl show Environment line with Slack bot token', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `$ systemctl show deploy-notifier.service -p Environment -p ExecStart\nEnvironment=NODE_ENV=production SLACK_BOT_TOKEN=${s} SLACK_CHANNEL=#deploys\nExecStart={ path=/usr/bin/node ; argv[]=/usr/bin/node /opt/notifier/index.js ; ignore_errors=no ; start_time=[n/a] ; stop_time=[n/a] ; pid=0 ; code=(null) ; status=0/0 }`);
  add('launchctl getenv GitHub classic PAT', ghTok('ghp_'), (s) => `ana@mbp ~ % launchctl getenv GITHUB_TOKEN\n${s}\nana@mbp ~ % `);
  add('PowerShell Get-ChildItem Env table with Azure OpenAI key', hex(32), (s) => `PS C:\\Users\\ana> Get-ChildItem Env: | Format-Table -AutoSize\n\nName                           Value\n----                           -----\nAPPDATA                        C:\\Users\\ana\\AppData\\Roaming\nAZURE_OPENAI_API_KEY           ${s}\nAZURE_OPENAI_ENDPOINT          https://acme-oai-weu.openai.azure.com/\nCOMPUTERNAME                   DESKTOP-${r(UPPER + DIGITS, 7)}\nNUMBER_OF_PROCESSORS           16\n`);
  add('Windows cmd set output with GitLab PAT', `glpat-${r(B64URL, 20)}`, (s) => `C:\\src\\infra>set\nALLUSERSPROFILE=C:\\ProgramData\nCOMPUTERNAME=BUILD-07\nComSpec=C:\\Windows\\system32\\cmd.exe\nGITLAB_TOKEN=${s}\nOS=Windows_NT\nPROCESSOR_ARCHITECTURE=AMD64\nUSERNAME=builder\n`);
  add('reg query HKCU Environment with npm token', ghTok('npm_'), (s) => `C:\\> reg query HKCU\\Environment\n\nHKEY_CURRENT_USER\\Environment\n    Path    REG_EXPAND_SZ    %USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;\n    TEMP    REG_EXPAND_SZ    %USERPROFILE%\\AppData\\Local\\Temp\n    NPM_TOKEN    REG_SZ    ${s}\n`);

  // --- (2) Files an agent cats -----------------------------------------------------------------------------
  add('~/.aws/credentials second profile secret key', r(B64, 40), (s) => `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${r(B64, 40)}\n\n[prod-admin]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${s}\n`);
  add('~/.aws/credentials STS session token', `IQoJb3JpZ2luX2VjE${r(B64, 700)}`, (s) => `[sso-temp]\naws_access_key_id = ${akia('ASIA')}\naws_secret_access_key = ${r(B64, 40)}\naws_session_token = ${s}\n`);
  add('~/.docker/config.json auths base64 user and PAT', b64(`acmebot:dckr_pat_${r(B64URL, 27)}`), (s) => `$ cat ~/.docker/config.json\n${JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: s }, 'ghcr.io': {} }, credsStore: '' }, null, '\t')}`);
  add('~/.kube/config client-key-data base64 PEM', b64(`${rsaKey()}\n`), (s) => `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(`${pemBlock(r, 'CERTIFICATE', 'MIIDBTCCAe2gAwIBAgII', 1000)}\n`)}\n    server: https://10.20.0.1:6443\n  name: kind-dev\ncontexts:\n- context:\n    cluster: kind-dev\n    user: kind-dev\n  name: kind-dev\ncurrent-context: kind-dev\nkind: Config\nusers:\n- name: kind-dev\n  user:\n    client-certificate-data: ${b64(`${pemBlock(r, 'CERTIFICATE', 'MIIDITCCAgmgAwIBAgII', 1060)}\n`)}\n    client-key-data: ${s}\n`);
  add('~/.kube/config user token', k8sJwt('ci', 'deployer'), (s) => `users:\n- name: ci-deployer\n  user:\n    token: ${s}\ncontexts:\n- context:\n    cluster: prod-eks\n    namespace: ci\n    user: ci-deployer\n  name: prod-ci\n`);
  add('~/.npmrc GitHub Packages token', ghTok('ghp_'), (s) => `$ cat ~/.npmrc\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${s}\nfund=false\n`);
  add('~/.pypirc TestPyPI token', `pypi-${Buffer.concat([Buffer.from([2, 1, 13]), Buffer.from('test.pypi.org')]).toString('base64url')}${r(B64URL, 150)}`, (s) => `[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = ${s}\n`);
  add('~/.netrc Artifactory API key', `AKCp8${r(ALNUM, 68)}`, (s) => `machine acme.jfrog.io\n  login ci-reader@acme.io\n  password ${s}\n\nmachine github.com login ana-dev\n`);
  add('~/.git-credentials GitLab PAT in URL', `glpat-${r(B64URL, 20)}`, (s) => `$ cat ~/.git-credentials\nhttps://oauth2:${s}@gitlab.acme.io\n`);
  add('gh hosts.yml oauth_token', ghTok('gho_'), (s) => `$ cat ~/.config/gh/hosts.yml\ngithub.com:\n    user: ana-dev\n    oauth_token: ${s}\n    git_protocol: https\n`);
  add('~/.pgpass replication password', pw(), (s) => `$ cat ~/.pgpass\n# hostname:port:database:username:password\npg-primary.internal:5432:replication:replicator:${s}\n*:*:*:readonly:${pw()}\n`);
  add('~/.my.cnf client password', pw(), (s) => `$ cat ~/.my.cnf\n[client]\nuser=root\npassword="${s}"\nhost=127.0.0.1\n\n[mysqldump]\nquick\n`);
  add('~/.s3cfg secret_key', r(B64, 40), (s) => `[default]\naccess_key = ${akia()}\naccess_token = \nbucket_location = EU\nhost_base = s3.amazonaws.com\nhost_bucket = %(bucket)s.s3.amazonaws.com\nsecret_key = ${s}\nuse_https = True\n`);
  add('~/.boto GCS HMAC secret', r(B64, 40), (s) => `[Credentials]\ngs_access_key_id = GOOG1E${r(UPPER + DIGITS, 55)}\ngs_secret_access_key = ${s}\n\n[Boto]\nhttps_validate_certificates = True\n`);
  add('rclone.conf obscured sftp pass', r(B64URL, 38), (s) => `$ cat ~/.config/rclone/rclone.conf\n[nas]\ntype = sftp\nhost = nas.home.arpa\nuser = ana\npass = ${s}\nshell_type = unix\n`);
  add('rclone.conf Backblaze B2 application key', `K00${r(DIGITS, 1)}${r(ALNUM + '+/', 27)}`, (s) => `[b2-backup]\ntype = b2\naccount = 00${hex(10)}0000000001\nkey = ${s}\nhard_delete = true\n`);
  add('Maven settings.xml server password', pw(), (s) => `<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${s}</password>\n    </server>\n  </servers>\n</settings>`);
  add('gradle.properties OSSRH password', pw(), (s) => `org.gradle.jvmargs=-Xmx4g\nsigning.keyId=${r(HEXU, 8)}\nsigning.secretKeyRingFile=/home/ana/.gnupg/secring.gpg\nossrhUsername=acme-release\nossrhPassword=${s}\n`);
  add('composer auth.json Magento private key', hex(32), (s) => JSON.stringify({ 'http-basic': { 'repo.magento.com': { username: hex(32), password: s } } }, null, 4));
  add('NuGet.Config ClearTextPassword', ghTok('ghp_'), (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="github" value="https://nuget.pkg.github.com/acme/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <github>\n      <add key="Username" value="acme-ci" />\n      <add key="ClearTextPassword" value="${s}" />\n    </github>\n  </packageSourceCredentials>\n</configuration>`);
  add('wp-config.php DB_PASSWORD', pw(), (s) => `<?php\ndefine( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '${s}' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'DB_CHARSET', 'utf8mb4' );`);
  const wpSalt = () => r(`${ALNUM}!@#%^&*()-_[]{}<>~+=,.;:/?|`, 64);
  add('wp-config.php AUTH_KEY salt', wpSalt(), (s) => `define( 'AUTH_KEY',         '${s}' );\ndefine( 'SECURE_AUTH_KEY',  '${wpSalt()}' );\ndefine( 'LOGGED_IN_KEY',    '${wpSalt()}' );\ndefine( 'NONCE_KEY',        '${wpSalt()}' );`);
  add('cat ~/.ssh/id_ed25519 OpenSSH private key', pemBlock(r, 'OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD', 400, 70), (s) => `$ cat ~/.ssh/id_ed25519\n${s}\n$ `);
  add('cat TLS server EC private key', pemBlock(r, 'EC PRIVATE KEY', 'MHcCAQEEI', 164), (s) => `root@web-01:~# cat /etc/ssl/private/shop.acme.io.key\n${s}\nroot@web-01:~# `);

  // --- (3) Secret-store CLIs -----------------------------------------------------------------------------------
  add('kubectl get secret -o yaml base64 password', b64(pw()), (s) => `$ kubectl get secret orders-db -n prod -o yaml\napiVersion: v1\ndata:\n  password: ${s}\n  username: ${b64('orders_app')}\nkind: Secret\nmetadata:\n  creationTimestamp: "2026-08-19T12:03:44Z"\n  name: orders-db\n  namespace: prod\n  resourceVersion: "${r(DIGITS, 8)}"\n  uid: ${uuid(r)}\ntype: Opaque\n`);
  add('kubectl get secret -o json base64 Stripe key', b64(`sk_live_51${r(ALNUM, 97)}`), (s) => `$ kubectl get secret billing -o json\n${JSON.stringify({ apiVersion: 'v1', data: { STRIPE_SECRET_KEY: s, STRIPE_ACCOUNT: b64('acct_1Acme') }, kind: 'Secret', metadata: { name: 'billing', namespace: 'payments', uid: uuid(r) }, type: 'Opaque' }, null, 4)}`);
  add('kubectl last-applied-configuration with stringData', pw(), (s) => `metadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      ${JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { annotations: {}, name: 'smtp', namespace: 'mail' }, stringData: { SMTP_PASSWORD: s, SMTP_USER: 'postmaster@acme.io' }, type: 'Opaque' })}\n  creationTimestamp: "2026-10-01T09:00:00Z"\n`);
  add('vault kv get data table', pw(), (s) => `$ vault kv get secret/prod/payments\n====== Secret Path ======\nsecret/data/prod/payments\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       2026-10-02T08:14:55.120394Z\ncustom_metadata    <nil>\ndeletion_time      n/a\ndestroyed          false\nversion            7\n\n====== Data ======\nKey            Value\n---            -----\ndb_password    ${s}\ndb_user        payments\n`);
  add('aws secretsmanager get-secret-value SecretString', pw(), (s) => `$ aws secretsmanager get-secret-value --secret-id prod/orders/db\n${JSON.stringify({ ARN: `arn:aws:secretsmanager:eu-west-1:${r(DIGITS, 12)}:secret:prod/orders/db-${r(ALNUM, 6)}`, Name: 'prod/orders/db', VersionId: uuid(r), SecretString: JSON.stringify({ username: 'orders_app', password: s, engine: 'postgres', host: 'orders-db.internal', port: 5432 }), VersionStages: ['AWSCURRENT'], CreatedDate: '2026-09-14T10:22:31.412000+00:00' }, null, 4)}`);
  add('gcloud auth print-access-token output', `ya29.a0${r(B64URL, 200)}`, (s) => `$ gcloud auth print-access-token\n${s}\n`);
  add('az account get-access-token JSON', jwt(r, { typ: 'JWT', alg: 'RS256', x5t: r(B64URL, 27), kid: r(B64URL, 27) }, { aud: 'https://management.azure.com/', iss: `https://sts.windows.net/${uuid(r)}/`, iat: 1764234000, nbf: 1764234000, exp: 1764238512, oid: uuid(r), upn: 'ana@acme.onmicrosoft.com' }, 342), (s) => `$ az account get-access-token\n${JSON.stringify({ accessToken: s, expiresOn: '2026-11-28 09:41:12.000000', expires_on: 1764238512, subscription: uuid(r), tenant: uuid(r), tokenType: 'Bearer' }, null, 2)}`);
  add('heroku auth:token output', `HRKU-AA${r(B64URL, 58)}`, (s) => `$ heroku auth:token\n ›   Warning: token will expire 11/28/2027\n ›   Use heroku authorizations:create to generate a long-term token\n${s}\n`);
  add('gh auth token output', ghTok('gho_'), (s) => `$ gh auth token\n${s}\n`);
  add('op read Datadog application key', hex(40), (s) => `$ op read "op://Infra/datadog/app-key"\n${s}\n`);

  // --- (4) Agent transcripts ---------------------------------------------------------------------------------------
  add('agent JSON tool result stdout of cat .env', openaiKey('svcacct'), (s) => JSON.stringify({ tool: 'bash', input: { command: 'cat .env' }, exit_code: 0, stdout: `NODE_ENV=development\nPORT=3000\nOPENAI_API_KEY=${s}\nLOG_LEVEL=debug\n`, stderr: '' }));
  add('MCP tool response text with Postgres URL password', pw(), (s) => JSON.stringify({ jsonrpc: '2.0', id: 14, result: { content: [{ type: 'text', text: `Connected to postgres://reporting:${s}@pg-replica.internal:5432/analytics\n3 tables found: events, sessions, users` }], isError: false } }));
  add('OpenAI tool_calls arguments with SendGrid key', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => JSON.stringify({ role: 'assistant', content: null, tool_calls: [{ id: `call_${r(ALNUM, 24)}`, type: 'function', function: { name: 'configure_mailer', arguments: JSON.stringify({ provider: 'sendgrid', sendgrid_api_key: s, from: 'no-reply@acme.io' }) } }] }, null, 2));
  add('Anthropic tool_use input with GitHub token header', ghTok('ghp_'), (s) => JSON.stringify({ type: 'tool_use', id: `toolu_01${r(ALNUM, 22)}`, name: 'http_get', input: { url: 'https://api.github.com/user/repos?per_page=100', headers: { Authorization: `token ${s}`, Accept: 'application/vnd.github+json' } } }));
  add('LangChain AgentExecutor log with SMTP password', pw(), (s) => `> Entering new AgentExecutor chain...\n\nInvoking: \`send_email\` with \`{'to': 'ops@acme.io', 'smtp_user': 'alerts@acme.io', 'smtp_password': '${s}', 'subject': 'Nightly report'}\`\n\n\nEmail sent to ops@acme.io\n\n> Finished chain.`);
  add('AutoGen log with Telegram bot token in code block', `${r('123456789', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`, (s) => `assistant (to user_proxy):\n\n\`\`\`python\nimport requests\nresp = requests.get("https://api.telegram.org/bot${s}/getMe")\nprint(resp.status_code, resp.json()["result"]["username"])\n\`\`\`\n\n--------------------------------------------------------------------------------\n\n>>>>>>>> EXECUTING CODE BLOCK 0 (inferred language is python)...\nuser_proxy (to assistant):\n\nexitcode: 0 (execution succeeded)\nCode output: 200 acme_alerts_bot\n`);
  add('terminal agent transcript cat .env.production Mailgun key', `key-${hex(32)}`, (s) => `⏺ Bash(cat .env.production)\n  ⎿  MAILGUN_DOMAIN=mg.acme.io\n     MAILGUN_API_KEY=${s}\n     FROM_EMAIL=no-reply@acme.io\n\n⏺ The production env file configures Mailgun for outgoing mail.`);
  add('OpenTelemetry span attribute with tool result Vault token', `hvs.${r(B64URL, 90)}`, (s) => JSON.stringify({ name: 'execute_tool run_shell', trace_id: hex(32), span_id: hex(16), attributes: { 'gen_ai.tool.name': 'run_shell', 'gen_ai.tool.call.arguments': '{"cmd":"cat ~/.vault-token"}', 'gen_ai.tool.call.result': s } }));

  // --- (5) Model answers that echo a credential ---------------------------------------------------------------------------
  add('model answer fixed Spring config with password', pw(), (s) => `Here's your fixed config — the indentation under \`datasource\` was off:\n\n\`\`\`yaml\nspring:\n  datasource:\n    url: jdbc:postgresql://db:5432/shop\n    username: shop\n    password: ${s}\n\`\`\`\n\nRestart the service after saving.`);
  add('model answer Python snippet with Anthropic key', anthropicKey(), (s) => `The 401 happens because the key is read from the wrong variable. Here is the corrected code:\n\n\`\`\`python\nimport anthropic\n\nclient = anthropic.Anthropic(api_key="${s}")\nprint(client.models.list())\n\`\`\``);
  add('model answer curl with Slack webhook path', `T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `Your curl was missing the content type. Try this:\n\n\`\`\`bash\ncurl -X POST -H 'Content-type: application/json' --data '{"text":"Build passed"}' https://hooks.slack.com/services/${s}\n\`\`\``);
  add('model answer docker-compose with Twilio auth token', hex(32), (s) => `I've moved the Twilio settings into the service definition:\n\n\`\`\`yaml\nservices:\n  sms:\n    image: acme/sms:2.3\n    environment:\n      TWILIO_ACCOUNT_SID: AC${hex(32)}\n      TWILIO_AUTH_TOKEN: ${s}\n\`\`\``);
  add('chat completion response JSON echoing npmrc token', ghTok('npm_'), (s) => JSON.stringify({ id: `chatcmpl-${r(ALNUM, 29)}`, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: `Your .npmrc should look like this:\n\n\`\`\`\n//registry.npmjs.org/:_authToken=${s}\n\`\`\`` }, finish_reason: 'stop' }] }));

  // --- (6) Browser and devtools dumps ------------------------------------------------------------------------------------
  const ref = r(LOWER, 20);
  add('localStorage dump with Supabase access token', jwt(r, { alg: 'HS256', kid: r(B64URL, 16), typ: 'JWT' }, { iss: `https://${ref}.supabase.co/auth/v1`, sub: uuid(r), aud: 'authenticated', exp: 1764237600, role: 'authenticated', email: 'ana@acme.io', session_id: uuid(r) }, 43), (s) => `> JSON.stringify(localStorage)\n${JSON.stringify({ theme: 'dark', [`sb-${ref}-auth-token`]: JSON.stringify({ access_token: s, token_type: 'bearer', expires_in: 3600, refresh_token: r(LOWER + DIGITS, 12), user: { id: uuid(r) } }) })}`);
  add('sessionStorage OIDC user with Keycloak refresh token', jwt(r, { alg: 'HS512', typ: 'JWT', kid: uuid(r) }, { exp: 1764270000, iat: 1764234000, jti: uuid(r), iss: 'https://login.acme.io/realms/acme', aud: 'https://login.acme.io/realms/acme', sub: uuid(r), typ: 'Refresh', azp: 'web', scope: 'openid profile email' }, 86), (s) => `> sessionStorage.getItem("oidc.user:https://login.acme.io/realms/acme:web")\n'${JSON.stringify({ id_token: '(omitted)', session_state: uuid(r), refresh_token: s, token_type: 'Bearer', scope: 'openid profile email', expires_at: 1764237600 })}'`);
  add('Netscape cookies.txt Django sessionid', r(LOWER + DIGITS, 32), (s) => ['# Netscape HTTP Cookie File', '# This file was generated by yt-dlp!  Edit at your own risk.', '', cookieLine('.acme.io', '_ga', `GA1.1.${r(DIGITS, 10)}.1764000000`, 1798560000, false), cookieLine('admin.acme.io', 'csrftoken', r(ALNUM, 32), 1795770000), cookieLine('admin.acme.io', 'sessionid', s, 1765443600), ''].join('\n'));
  add('copy as fetch with bearer token', r(B64URL, 43), (s) => `fetch("https://api.acme.io/v2/invoices?limit=20", {\n  "headers": {\n    "accept": "application/json",\n    "authorization": "Bearer ${s}",\n    "sec-fetch-mode": "cors"\n  },\n  "referrer": "https://app.acme.io/",\n  "body": null,\n  "method": "GET",\n  "mode": "cors",\n  "credentials": "include"\n});`);
  add('copy as PowerShell with next-auth session cookie', `${b64url({ alg: 'dir', enc: 'A256GCM' })}..${r(B64URL, 16)}.${r(B64URL, 320)}.${r(B64URL, 22)}`, (s) => `$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n$session.Cookies.Add((New-Object System.Net.Cookie("__Secure-next-auth.session-token", "${s}", "/", "app.acme.io")))\nInvoke-WebRequest -UseBasicParsing -Uri "https://app.acme.io/api/projects" -WebSession $session`);
  add('copy as cURL cmd with x-api-key header', anthropicKey(), (s) => `curl ^"https://api.anthropic.com/v1/messages^" ^\n  -H ^"anthropic-version: 2023-06-01^" ^\n  -H ^"content-type: application/json^" ^\n  -H ^"x-api-key: ${s}^" ^\n  --data-raw ^"^{^\\^"model^\\^":^\\^"claude-sonnet-4-5^\\^",^\\^"max_tokens^\\^":64^}^"`);

  // --- (7) Database client output ----------------------------------------------------------------------------------------
  const users = [pw(), pw(), pw()];
  add('psql users grid with plaintext password column', users[1]!, () => `shop=# SELECT id, email, password, created_at FROM users LIMIT 3;\n${grid(['id', 'email', 'password', 'created_at'], [['1', 'ana@acme.io', users[0]!, '2026-01-04 10:12:00'], ['2', 'ben@acme.io', users[1]!, '2026-02-11 08:40:13'], ['3', 'cai@acme.io', users[2]!, '2026-03-19 17:05:51']])}`);
  add('psql app_settings grid with Stripe restricted key', `rk_live_51${r(ALNUM, 97)}`, (s) => `app=> SELECT key, value FROM app_settings ORDER BY key;\n${grid(['key', 'value'], [['currency', 'EUR'], ['smtp_host', 'smtp.acme.io'], ['stripe_secret_key', s], ['support_email', 'help@acme.io']])}`);
  add('redis-cli CONFIG GET requirepass', pw(), (s) => `127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) "${s}"\n127.0.0.1:6379> `);
  add('mongosh document with connection string password', pw(), (s) => `rs0 [direct: primary] config> db.settings.find({ _id: 'backup' })\n[\n  {\n    _id: 'backup',\n    uri: 'mongodb://backup_svc:${s}@mongo-0.mongo.svc:27017,mongo-1.mongo.svc:27017/?authSource=admin&replicaSet=rs0',\n    schedule: '0 3 * * *'\n  }\n]`);
  add('MySQL slave_master_info row with replication password', pw(), (s) => `mysql> SELECT * FROM mysql.slave_master_info\\G\n*************************** 1. row ***************************\n       Number_of_lines: 33\n       Master_log_name: binlog.000042\n        Master_log_pos: ${r(DIGITS, 8)}\n                  Host: db-primary.internal\n             User_name: repl\n         User_password: ${s}\n                  Port: 3306\n         Connect_retry: 60\n`);

  return out;
}

export function batchNNegatives(seed = 'blind-n-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const sha = (): string => hex(64);
  const opId = (): string => r(LOWER + DIGITS, 26);
  const sshEd = (): string => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)}`;

  // --- Shell introspection --------------------------------------------------------------------------------------
  add('printenv with paths, locale and sockets only', `$ printenv\nSHELL=/bin/bash\nHOME=/home/ana\nLANG=en_GB.UTF-8\nPATH=/home/ana/.cargo/bin:/usr/local/bin:/usr/bin:/bin\nSSH_AUTH_SOCK=/run/user/1000/keyring/ssh\nDBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus\nXDG_SESSION_ID=3\nXDG_RUNTIME_DIR=/run/user/1000\nEDITOR=nvim\n`);
  add('server env with hosts, ids and feature flags', `$ env | sort\nAPP_ENV=production\nDB_HOST=orders-db.internal\nDB_NAME=orders\nDB_USER=orders_app\nFEATURE_NEW_CHECKOUT=true\nFEATURE_FLAGS=beta_search,dark_mode\nINVOCATION_ID=${hex(32)}\nJOURNAL_STREAM=8:${r(DIGITS, 5)}\nKAFKA_BROKERS=kafka-0.internal:9092,kafka-1.internal:9092\nREGION=eu-west-1\n`);
  add('macOS env with terminal session ids', `TERM_PROGRAM=iTerm.app\nTERM_SESSION_ID=w0t0p0:${uuid(r).toUpperCase()}\nITERM_SESSION_ID=w0t0p0:${uuid(r).toUpperCase()}\nSECURITYSESSIONID=186a5\n__CF_USER_TEXT_ENCODING=0x1F5:0x0:0x0\nTMPDIR=/var/folders/7x/${r(LOWER + DIGITS, 28)}/T/\nHOMEBREW_PREFIX=/opt/homebrew\n`);
  add('VS Code terminal env with IPC handles and nonce', `VSCODE_GIT_IPC_HANDLE=/run/user/1000/vscode-git-${hex(10)}.sock\nVSCODE_GIT_ASKPASS_MAIN=/usr/share/code/resources/app/extensions/git/dist/askpass-main.js\nVSCODE_GIT_ASKPASS_NODE=/usr/share/code/code\nVSCODE_INJECTION=1\nVSCODE_NONCE=${uuid(r)}\nGIT_ASKPASS=/usr/share/code/resources/app/extensions/git/dist/askpass.sh\n`);
  add('/proc/pid/environ NUL separated without secrets', `$ cat /proc/911/environ\n${['LANG=C.UTF-8', 'PATH=/usr/sbin:/usr/bin', 'NOTIFY_SOCKET=/run/systemd/notify', `INVOCATION_ID=${hex(32)}`, 'GOMAXPROCS=4', 'HOME=/var/lib/prometheus'].join('\0')}\0`);
  add('ps aux with password-file and config flags', `$ ps aux | grep -E 'postgres_exporter|vault'\nprom       612  0.2  0.3 734104 28160 ?  Ssl  Nov27   2:11 /usr/bin/postgres_exporter --web.listen-address=:9187 --config.file=/etc/exporter.yml\nvault      733  1.1  2.0 1533944 167312 ? Ssl  Nov27  14:02 /usr/bin/vault server -config=/etc/vault.d/vault.hcl\napp       1533  0.4  1.1 944120 90112 ?  Sl   Nov27   4:40 /opt/app/bin/app --db-password-file=/run/secrets/db_password --token-file=/run/secrets/api_token\n`);
  add('ps -ef with worker ids and session leaders', `UID          PID    PPID  C STIME TTY          TIME CMD\nroot           1       0  0 Nov26 ?        00:00:09 /sbin/init\nroot         512       1  0 Nov26 ?        00:00:01 /usr/sbin/sshd -D\nana         2290    2288  0 07:58 pts/0    00:00:00 -bash\ncelery      3001       1  2 Nov26 ?        00:41:07 celery -A acme worker --hostname=worker-${hex(8)}@%h --concurrency=4\n`);
  add('shell history with variables and read -s', `  310  read -s DB_PASSWORD\n  311  export DB_PASSWORD\n  312  psql "postgresql://app@db.internal/app" -c 'select 1'\n  313  export OPENAI_API_KEY="$(security find-generic-password -w -s openai)"\n  314  gh auth login --with-token < ~/token.txt\n`);
  add('docker inspect with container id, image digest and plain env', `$ docker inspect web\n${JSON.stringify([{ Id: sha(), Image: `sha256:${sha()}`, Config: { Env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'NGINX_VERSION=1.27.2', 'NJS_VERSION=0.8.7', 'PKG_RELEASE=1~bookworm'], Image: `nginx@sha256:${sha()}` } }], null, 4)}`);
  add('docker compose config with secrets files and _FILE variables', `$ docker compose config\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n      POSTGRES_USER: app\n    image: postgres:16\n    secrets:\n      - source: db_password\nsecrets:\n  db_password:\n    name: stack_db_password\n    file: /home/ana/stack/secrets/db_password.txt\n`);
  add('systemctl show with EnvironmentFiles and InvocationID', `$ systemctl show orders.service -p Environment -p EnvironmentFiles -p InvocationID -p MainPID\nEnvironment=NODE_ENV=production PORT=8080 LOG_LEVEL=info\nEnvironmentFiles=/etc/orders/orders.env (ignore_errors=no)\nInvocationID=${hex(32)}\nMainPID=${r(DIGITS, 4)}\n`);
  add('launchctl getenv of PATH and print of a service', `ana@mbp ~ % launchctl getenv PATH\n/opt/homebrew/bin:/usr/bin:/bin\nana@mbp ~ % launchctl print gui/501/com.acme.agent | head -4\ngui/501/com.acme.agent = {\n\tactive count = 1\n\tpath = /Users/ana/Library/LaunchAgents/com.acme.agent.plist\n\tstate = running\n`);
  add('PowerShell Env table without secrets', `PS C:\\> Get-ChildItem Env:\n\nName                           Value\n----                           -----\nCOMPUTERNAME                   LAPTOP-${r(UPPER + DIGITS, 7)}\nOneDrive                       C:\\Users\\ana\\OneDrive - Acme\nPROCESSOR_IDENTIFIER           Intel64 Family 6 Model 186 Stepping 2, GenuineIntel\nPSModulePath                   C:\\Users\\ana\\Documents\\PowerShell\\Modules;C:\\Program Files\\PowerShell\\Modules\nSESSIONNAME                    Console\nUSERDOMAIN                     ACME\n`);
  add('Windows cmd set output without secrets', `C:\\>set\nCommonProgramFiles=C:\\Program Files\\Common Files\nHOMEDRIVE=C:\nLOGONSERVER=\\\\DC-01\nPATHEXT=.COM;.EXE;.BAT;.CMD;.VBS;.JS;.PS1\nPROCESSOR_REVISION=ba02\nUSERDNSDOMAIN=CORP.ACME.IO\nwindir=C:\\Windows\n`);
  add('reg query with MachineGuid and ProductId', `C:\\> reg query HKLM\\SOFTWARE\\Microsoft\\Cryptography /v MachineGuid\n\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography\n    MachineGuid    REG_SZ    ${uuid(r)}\n\nC:\\> reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" /v ProductId\n    ProductId    REG_SZ    ${r(DIGITS, 5)}-${r(DIGITS, 5)}-${r(DIGITS, 5)}-AAOEM\n`);
  add('CI env dump with masked token and run ids', `Run env\nGITHUB_TOKEN=***\nNPM_TOKEN=***\nGITHUB_SHA=${hex(40)}\nGITHUB_RUN_ID=${r(DIGITS, 11)}\nGITHUB_RUN_ATTEMPT=1\nRUNNER_TRACKING_ID=github_${uuid(r)}\nGITHUB_REF=refs/heads/main\n`);

  // --- Dot-files and configs without a secret -------------------------------------------------------------------------
  add('aws configure list masked output', `$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************${r(UPPER + DIGITS, 4)} shared-credentials-file\nsecret_key     ****************${r(ALNUM, 4)} shared-credentials-file\n    region                eu-west-1      config-file    ~/.aws/config\n`);
  add('~/.aws/config with SSO and role ARN', `[profile prod-admin]\nsso_session = acme\nsso_account_id = ${r(DIGITS, 12)}\nsso_role_name = AdministratorAccess\nregion = eu-west-1\n\n[profile ci]\nrole_arn = arn:aws:iam::${r(DIGITS, 12)}:role/ci-deployer\nsource_profile = default\n\n[sso-session acme]\nsso_start_url = https://d-${r(DIGITS, 10)}.awsapps.com/start\nsso_region = eu-west-1\n`);
  add('~/.aws/credentials with credential_process', `[default]\ncredential_process = /usr/local/bin/aws-vault export --format=json default\n\n[legacy]\ncredential_process = op plugin run -- aws configure export-credentials --profile legacy\n`);
  add('docker config.json with credential helpers only', JSON.stringify({ auths: { 'https://index.docker.io/v1/': {}, 'ghcr.io': {} }, credsStore: 'desktop', credHelpers: { [`${r(DIGITS, 12)}.dkr.ecr.eu-west-1.amazonaws.com`]: 'ecr-login', 'europe-docker.pkg.dev': 'gcloud' }, currentContext: 'desktop-linux' }, null, '\t'));
  add('kubeconfig with exec plugin and CA data', `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(`${pemBlock(r, 'CERTIFICATE', 'MIIDBTCCAe2gAwIBAgII', 1000)}\n`)}\n    server: https://${hex(32).toUpperCase()}.gr7.eu-west-1.eks.amazonaws.com\n  name: prod\nusers:\n- name: prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod, --region, eu-west-1]\n`);
  add('kubeconfig with client certificate data and key file path', `users:\n- name: minikube\n  user:\n    client-certificate-data: ${b64(`${pemBlock(r, 'CERTIFICATE', 'MIIDITCCAgmgAwIBAgIB', 1060)}\n`)}\n    client-key: /home/ana/.minikube/profiles/minikube/client.key\n`);
  add('.npmrc with environment reference', `$ cat .npmrc\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}\nalways-auth=true\nengine-strict=true\n`);
  add('.pypirc using keyring', `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n# password is read from the system keyring (keyring set https://upload.pypi.org/legacy/ __token__)\n`);
  add('.netrc template written by the agent', `# ~/.netrc template — fill in and chmod 600\nmachine api.acme.io\n  login YOUR_LOGIN\n  password REPLACE_ME\n`);
  add('git config --list and remote -v without credentials', `$ git config --list | grep -E 'credential|remote'\ncredential.helper=osxkeychain\ncredential.https://dev.azure.com.usehttppath=true\nremote.origin.url=https://github.com/acme/orders.git\n$ git remote -v\norigin\tgit@github.com:acme/orders.git (fetch)\norigin\tgit@github.com:acme/orders.git (push)\n`);
  add('gh hosts.yml with token in keyring', `$ cat ~/.config/gh/hosts.yml\ngithub.com:\n    git_protocol: https\n    users:\n        ana-dev:\n    user: ana-dev\n`);
  add('gh auth status masked token', `$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account ana-dev (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gho_${'*'.repeat(36)}\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'\n`);
  add('.my.cnf with socket and no password', `[client]\nuser=ana\nsocket=/var/run/mysqld/mysqld.sock\n\n[mysql]\nauto-rehash\nprompt=\\u@\\h [\\d]>\\_\n`);
  add('.htpasswd with bcrypt and apr1 hashes', `$ cat /etc/nginx/.htpasswd\nadmin:$2y$10$${r(`./${ALNUM}`, 53)}\nstaging:$apr1$${r(ALNUM, 8)}$${r(`./${ALNUM}`, 22)}\n`);
  add('wp-config-sample with default phrases and getenv', `define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );\ndefine( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n$table_prefix = 'wp_';`);
  add('ssh public key and authorized_keys', `$ cat ~/.ssh/id_ed25519.pub\n${sshEd()} ana@laptop\n$ cat ~/.ssh/authorized_keys\n${sshEd()} deploy@ci\nfrom="10.0.0.0/8" ${sshEd()} backup@nas\n`);
  add('hashed known_hosts lines', `|1|${r(B64, 27)}=|${r(B64, 27)}= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r(B64, 87)}=\n|1|${r(B64, 27)}=|${r(B64, 27)}= ${sshEd()}\n`);
  add('ls -la ~/.ssh file names only', `$ ls -la ~/.ssh\ntotal 24\ndrwx------  2 ana ana 4096 Nov 20 09:14 .\n-rw-------  1 ana ana  411 Mar  2  2025 id_ed25519\n-rw-r--r--  1 ana ana   98 Mar  2  2025 id_ed25519.pub\n-rw-------  1 ana ana 2675 Nov 20 09:14 known_hosts\n-rw-r--r--  1 ana ana  142 Jun 11 16:02 config\n`);
  add('Maven settings.xml with env placeholders', `<servers>\n  <server>\n    <id>acme-releases</id>\n    <username>\${env.MAVEN_USERNAME}</username>\n    <password>\${env.MAVEN_PASSWORD}</password>\n  </server>\n</servers>`);
  add('gradle.properties with public signing key id', `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\norg.gradle.caching=true\nsigning.keyId=${r(HEXU, 8)}\nsigning.secretKeyRingFile=/home/ana/.gnupg/secring.gpg\nkotlin.code.style=official\n`);
  add('NuGet.Config with environment variable password', `<packageSourceCredentials>\n  <github>\n    <add key="Username" value="acme-ci" />\n    <add key="ClearTextPassword" value="%GITHUB_PACKAGES_TOKEN%" />\n  </github>\n</packageSourceCredentials>`);
  add('rclone.conf with env_auth and no secrets', `[s3]\ntype = s3\nprovider = AWS\nenv_auth = true\nregion = eu-west-1\nacl = private\n\n[gdrive]\ntype = drive\nscope = drive.readonly\n`);
  add('composer.json with repository URL and no auth', JSON.stringify({ name: 'acme/shop', repositories: [{ type: 'composer', url: 'https://repo.magento.com/' }], require: { 'magento/product-community-edition': '2.4.7' }, config: { 'sort-packages': true } }, null, 4));

  // --- Secret-store CLIs without values ----------------------------------------------------------------------------------
  add('kubectl get secrets listing', `$ kubectl get secrets -n prod\nNAME                  TYPE                             DATA   AGE\ndb-credentials        Opaque                           2      98d\nregistry-pull         kubernetes.io/dockerconfigjson   1      211d\nsh.helm.release.v1.orders.v42   helm.sh/release.v1     1      3d\ntls-shop              kubernetes.io/tls                2      45d\n`);
  add('kubectl describe secret with byte counts', `$ kubectl describe secret db-credentials -n prod\nName:         db-credentials\nNamespace:    prod\nLabels:       app=orders\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  10 bytes\n`);
  add('kubectl get configmap with CA certificate', `$ kubectl get configmap kube-root-ca.crt -o yaml\napiVersion: v1\ndata:\n  ca.crt: |\n${pemBlock(r, 'CERTIFICATE', 'MIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsF', 1000).replace(/^/gm, '    ')}\nkind: ConfigMap\nmetadata:\n  name: kube-root-ca.crt\n  uid: ${uuid(r)}\n`);
  add('vault kv metadata get output', `$ vault kv metadata get secret/prod/db\n======= Metadata Path =======\nsecret/metadata/prod/db\n\n========== Metadata ==========\nKey                     Value\n---                     -----\ncas_required            false\ncreated_time            2026-03-02T10:11:12.123456Z\ncurrent_version         4\ndelete_version_after    0s\nmax_versions            0\nupdated_time            2026-11-01T07:00:00.000001Z\n`);
  add('vault status with cluster id', `$ vault status\nKey                     Value\n---                     -----\nSeal Type               awskms\nRecovery Seal Type      shamir\nInitialized             true\nSealed                  false\nTotal Recovery Shares   5\nThreshold               3\nVersion                 1.18.1\nCluster Name            vault-cluster-${hex(8)}\nCluster ID              ${uuid(r)}\nHA Enabled              true\n`);
  add('aws secretsmanager describe-secret without value', `$ aws secretsmanager describe-secret --secret-id prod/orders/db\n${JSON.stringify({ ARN: `arn:aws:secretsmanager:eu-west-1:${r(DIGITS, 12)}:secret:prod/orders/db-${r(ALNUM, 6)}`, Name: 'prod/orders/db', RotationEnabled: true, RotationLambdaARN: `arn:aws:lambda:eu-west-1:${r(DIGITS, 12)}:function:rotate-pg`, VersionIdsToStages: { [uuid(r)]: ['AWSCURRENT'], [uuid(r)]: ['AWSPREVIOUS'] } }, null, 4)}`);
  add('aws sts get-caller-identity', `$ aws sts get-caller-identity\n${JSON.stringify({ UserId: `AROA${r(`${UPPER}234567`, 17)}:ana@acme.io`, Account: r(DIGITS, 12), Arn: `arn:aws:sts::${r(DIGITS, 12)}:assumed-role/AWSReservedSSO_Admin_${hex(16)}/ana@acme.io` }, null, 4)}`);
  add('gcloud auth list and config list', `$ gcloud auth list\n       Credentialed Accounts\nACTIVE  ACCOUNT\n*       ana@acme.io\n        ci-runner@acme-prod.iam.gserviceaccount.com\n$ gcloud config list\n[core]\naccount = ana@acme.io\nproject = acme-prod-${r(DIGITS, 6)}\n`);
  add('az account show with ids', `$ az account show\n${JSON.stringify({ environmentName: 'AzureCloud', id: uuid(r), isDefault: true, name: 'Acme Production', state: 'Enabled', tenantId: uuid(r), user: { name: 'ana@acme.onmicrosoft.com', type: 'user' } }, null, 2)}`);
  add('heroku auth:whoami and apps list', `$ heroku auth:whoami\nana@acme.io\n$ heroku apps\n=== ana@acme.io Apps\nacme-orders (eu)\nacme-web-staging\n`);
  add('op item get with concealed password', `$ op item get orders-db\nID:          ${opId()}\nTitle:       orders-db\nVault:       Production (${opId()})\nCreated:     8 months ago\nUpdated:     2 weeks ago by Ana Ruiz\nCategory:    DATABASE\nFields:\n  type:        postgresql\n  server:      orders-db.internal\n  username:    orders_app\n  password:    [use 'op item get ${opId()} --reveal' to reveal]\n`);
  add('gh api user output', `$ gh api user\n${JSON.stringify({ login: 'ana-dev', id: Number(r(DIGITS, 8)), node_id: `U_kgDO${r(B64URL, 8)}`, avatar_url: `https://avatars.githubusercontent.com/u/${r(DIGITS, 8)}?v=4`, gravatar_id: '', type: 'User', two_factor_authentication: true }, null, 2)}`);

  // --- Agent transcripts ---------------------------------------------------------------------------------------------------
  add('tool result with values redacted by the harness', JSON.stringify({ tool: 'bash', input: { command: 'cat .env' }, exit_code: 0, stdout: 'NODE_ENV=development\nOPENAI_API_KEY=[REDACTED]\nDATABASE_URL=postgres://app:[REDACTED]@localhost:5432/app\n' }));
  add('MCP tools/list schema with api_key property', JSON.stringify({ jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'query_db', description: 'Run a read-only SQL query', inputSchema: { type: 'object', properties: { sql: { type: 'string' }, api_key: { type: 'string', description: 'Your API key' }, password: { type: 'string', format: 'password' } }, required: ['sql'] } }] } }));
  add('tool call arguments with environment references', JSON.stringify({ role: 'assistant', tool_calls: [{ id: `call_${r(ALNUM, 24)}`, type: 'function', function: { name: 'run_shell', arguments: JSON.stringify({ cmd: 'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user', env: { GITHUB_TOKEN: '${secrets.GITHUB_TOKEN}' } }) } }] }));
  add('tool_use reading a key from the keychain', JSON.stringify({ type: 'tool_use', id: `toolu_01${r(ALNUM, 22)}`, name: 'bash', input: { command: 'export OPENAI_API_KEY="$(security find-generic-password -w -s openai-api)" && python eval.py' } }));
  add('LangChain log with token usage and run ids', `> Entering new AgentExecutor chain...\n[llm/end] [chain:AgentExecutor > llm:ChatOpenAI] [2.31s] Exiting LLM run with output:\n{"llm_output": {"token_usage": {"completion_tokens": 212, "prompt_tokens": 1834, "total_tokens": 2046}, "model_name": "gpt-4o"}, "run": null}\nrun_id=${uuid(r)} parent_run_id=${uuid(r)}\n> Finished chain.`);
  add('AutoGen log with file checksums', `user_proxy (to assistant):\n\nexitcode: 0 (execution succeeded)\nCode output: \n${sha()}  model.safetensors\n${sha()}  tokenizer.json\n`);
  add('agent transcript git log with SHAs', `⏺ Bash(git log --oneline -3 && git rev-parse HEAD)\n  ⎿  ${hex(7)} fix: retry on 429\n     ${hex(7)} chore: bump deps\n     ${hex(7)} feat: add export\n     ${hex(40)}`);
  add('OpenTelemetry span with trace and span ids', JSON.stringify({ name: 'chat gpt-4o', trace_id: hex(32), span_id: hex(16), parent_span_id: hex(16), attributes: { 'gen_ai.system': 'openai', 'gen_ai.response.id': `chatcmpl-${r(ALNUM, 29)}`, 'gen_ai.usage.input_tokens': 1834 } }));
  add('package-lock integrity fields in a tool result', `⏺ Read(package-lock.json)\n  ⎿  "node_modules/zod": {\n       "version": "3.23.8",\n       "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n       "integrity": "sha512-${r(B64, 86)}=="\n     }`);
  add('docker images --digests output', `$ docker images --digests\nREPOSITORY          TAG       DIGEST                                                                    IMAGE ID       CREATED       SIZE\nghcr.io/acme/api    2.8.1     sha256:${sha()}   ${hex(12)}   2 days ago    187MB\npostgres            16        sha256:${sha()}   ${hex(12)}   3 weeks ago   432MB\n`);

  // --- Model answers with fake examples -----------------------------------------------------------------------------------
  add('model answer on rotating a key with elided example', 'To rotate the key:\n\n1. Create a new key in the dashboard.\n2. Update your `.env`:\n\n```\nOPENAI_API_KEY=sk-...your-key...\n```\n\n3. Revoke the old key once traffic has moved.');
  add('model answer with angle-bracket placeholders', 'Here is the config with placeholders — replace them with your own values:\n\n```yaml\nslack:\n  bot_token: <YOUR_SLACK_BOT_TOKEN>\n  signing_secret: <YOUR_SIGNING_SECRET>\ngithub:\n  token: <YOUR_GITHUB_TOKEN>\n```');
  add('model answer quoting the AWS documentation example pair', `The AWS docs use these example values, which do not work against a real account:\n\n\`\`\`ini\n[default]\naws_access_key_id = ${'AKIA' + 'IOSFODNN7' + 'EXAMPLE'}\naws_secret_access_key = ${'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY'}\n\`\`\``);
  add('model answer describing key prefixes with masks', 'You can tell the tokens apart by prefix: `ghp_` is a classic PAT, `gho_` an OAuth token, `github_pat_` a fine-grained PAT. In your log the value was already masked as `ghp_****************`, so nothing leaked.');
  add('model answer showing .env.example', 'Commit only an example file:\n\n```dotenv\n# .env.example\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_test_xxx\nJWT_SECRET=change-me\n```');

  // --- Browser and devtools dumps ------------------------------------------------------------------------------------------
  add('localStorage with theme, flags and anonymous ids', `> JSON.stringify(localStorage)\n${JSON.stringify({ theme: 'dark', 'ab.checkout': 'variant-b', ajs_anonymous_id: `"${uuid(r)}"`, [`ph_phc_${r(ALNUM, 10)}_posthog`]: JSON.stringify({ distinct_id: uuid(r), $device_id: uuid(r) }), lastVisited: '/settings/billing' })}`);
  add('cookies.txt with analytics and consent cookies only', ['# Netscape HTTP Cookie File', cookieLine('.acme.io', '_ga', `GA1.1.${r(DIGITS, 10)}.${r(DIGITS, 10)}`, 1798560000, false), cookieLine('.acme.io', '_gid', `GA1.2.${r(DIGITS, 9)}.${r(DIGITS, 10)}`, 1764320000, false), cookieLine('.acme.io', 'cookieconsent_status', 'dismiss', 1795770000, false), cookieLine('.acme.io', '__cf_bm', `${r(B64URL, 43)}-1764234000-1.0.1.1-${r(B64URL, 40)}`, 1764235800), ''].join('\n'));
  add('copy as fetch without credentials', `fetch("https://api.acme.io/v2/status", {\n  "headers": {\n    "accept": "application/json",\n    "if-none-match": "W/\\"${hex(32)}\\"",\n    "x-request-id": "${uuid(r)}"\n  },\n  "body": null,\n  "method": "GET",\n  "mode": "cors",\n  "credentials": "omit"\n});`);
  add('copy as PowerShell with user agent and no cookies', `$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.UserAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"\nInvoke-WebRequest -UseBasicParsing -Uri "https://docs.acme.io/search?q=rotate+api+key" -WebSession $session -Headers @{"Accept"="text/html"}`);
  add('devtools response headers with request and trace ids', `HTTP/2 200\ncontent-type: application/json\ncf-ray: ${hex(16)}-FRA\nx-amzn-trace-id: Root=1-${hex(8)}-${hex(24)}\nx-request-id: req_${hex(32)}\nsentry-trace: ${hex(32)}-${hex(16)}-1\ntraceparent: 00-${hex(32)}-${hex(16)}-01\netag: "${hex(40)}"\n`);
  add('app log with session_id used as correlation id', `2026-11-28T07:55:01.114Z INFO  checkout started session_id=${uuid(r)} request_id=${uuid(r)} user_id=${r(DIGITS, 6)}\n2026-11-28T07:55:01.402Z INFO  payment authorized session_id=${uuid(r)} amount=42.00 currency=EUR`);
  add('HTML with SRI hashes', `<script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js" integrity="sha384-${r(B64, 64)}" crossorigin="anonymous" defer></script>\n<link rel="stylesheet" href="/app.css" integrity="sha256-${r(B64, 43)}=">`);

  // --- Database client output ----------------------------------------------------------------------------------------------
  add('psql \\du role listing', `postgres=# \\du\n                              List of roles\n Role name |                         Attributes\n-----------+------------------------------------------------------------\n app       |\n postgres  | Superuser, Create role, Create DB, Replication, Bypass RLS\n replicator| Replication\n`);
  add('psql users grid with bcrypt hashes', `shop=# SELECT id, email, password_hash FROM users LIMIT 2;\n${grid(['id', 'email', 'password_hash'], [['1', 'ana@acme.io', `$2b$12$${r(`./${ALNUM}`, 53)}`], ['2', 'ben@acme.io', `$2b$12$${r(`./${ALNUM}`, 53)}`]])}`);
  add('users grid with argon2id password column', grid(['id', 'username', 'password'], [['17', 'ops', `$argon2id$v=19$m=65536,t=3,p=4$${r(B64, 22)}$${r(B64, 43)}`]]));
  add('pg_shadow with SCRAM verifiers', `postgres=# SELECT usename, passwd FROM pg_shadow WHERE usename = 'app';\n${grid(['usename', 'passwd'], [['app', `SCRAM-SHA-256$4096:${r(B64, 22)}==$${r(B64, 43)}=:${r(B64, 43)}=`]])}`);
  add('mysql.user authentication_string caching_sha2', `mysql> SELECT user, host, plugin, authentication_string FROM mysql.user WHERE user = 'app';\n+------+------+-----------------------+------------------------------------------------------------------------+\n| user | host | plugin                | authentication_string                                                  |\n+------+------+-----------------------+------------------------------------------------------------------------+\n| app  | %    | caching_sha2_password | $A$005$${r(ALNUM, 20)}${r(`./${ALNUM}`, 43)} |\n+------+------+-----------------------+------------------------------------------------------------------------+\n1 row in set (0.00 sec)`);
  add('redis CONFIG GET requirepass empty and maxmemory', `127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) ""\n127.0.0.1:6379> CONFIG GET maxmemory\n1) "maxmemory"\n2) "2147483648"\n127.0.0.1:6379> CLIENT ID\n(integer) ${r(DIGITS, 5)}`);
  add('mongosh serverStatus without credentials', `rs0 [direct: primary] admin> db.serverStatus()\n{\n  host: 'mongo-0.mongo.svc:27017',\n  version: '7.0.14',\n  process: 'mongod',\n  pid: Long('${r(DIGITS, 4)}'),\n  uptime: ${r(DIGITS, 6)},\n  connections: { current: 41, available: 838819, totalCreated: 9921 },\n  electionId: ObjectId('7fffffff00000000000000${hex(2)}'),\n  operationTime: Timestamp({ t: 1764234000, i: 1 })\n}`);
  add('mongo connection string with credentials in env reference', `> db.settings.find({ _id: 'backup' })\n[ { _id: 'backup', uri: 'mongodb://backup_svc:\${MONGO_BACKUP_PASSWORD}@mongo-0.mongo.svc:27017/?authSource=admin' } ]`);
  add('psql audit rows with ObjectId-style ids', `app=> SELECT id, user_id, created_at FROM audit_sessions ORDER BY created_at DESC LIMIT 1;\n${grid(['id', 'user_id', 'created_at'], [[hex(24), hex(24), '2026-11-28 07:50:12']])}`);

  return out;
}
