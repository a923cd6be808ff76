/**
 * Blind evaluation batch U for the secret/credential detector (2026-11-28).
 *
 * Written by a helper, blind: without reading the detector, its patterns, its tests, the other batches
 * (beyond the file layout of batch P and the shared helpers at the top of fixtures.ts) or any notes, and
 * without running any of the project's code on it. Batch U covers DESKTOP, IDE, DATABASE-TOOL AND APP
 * CONFIG FILES as they sit on developer laptops and in their backups:
 * (1) IDEs: JetBrains (.idea/dataSources.xml, workspace.xml and shared run configurations, HTTP Client
 *     private env files), VS Code (settings.json, launch.json, REST Client .http files, Thunder Client),
 *     Visual Studio (launchSettings.json, user secrets secrets.json, appsettings.Development.json,
 *     .PublishSettings and .pubxml.user), Eclipse .launch files and secure storage, Xcode schemes;
 * (2) database tools: DBeaver, DataGrip, pgAdmin / ~/.pgpass, MySQL Workbench / ~/.my.cnf, SSMS,
 *     TablePlus, Robo 3T, MongoDB Compass, RedisInsight;
 * (3) API clients: Postman environments, collections and CLI, Insomnia exports, Bruno;
 * (4) the home directory: ~/.ssh, ~/.aws (static keys, session tokens, SSO and CLI caches), ~/.azure,
 *     gcloud ADC and service-account keys, ~/.kube/config, ~/.docker/config.json, gh hosts.yml,
 *     ~/.git-credentials, .gitconfig url rewrites and extra headers, ~/.netrc, ~/.npmrc, ~/.pypirc;
 * (5) desktop apps: Slack and Discord leveldb dumps, browser-exported password CSVs, Electron and
 *     Obsidian plugin config, FileZilla, WinSCP, Cyberduck, rclone, s3cmd, Terraform CLI credentials,
 *     Vault ~/.vault-token, ngrok.yml, 1Password CLI.
 *
 * Negatives sit in the same files: credential helpers and keychain references, SSO settings without
 * tokens, exec plugins, public keys, known_hosts, SSH certificates, fingerprints, empty password fields,
 * masked CLI output, encrypted containers whose key is not on the page, placeholders, templates and
 * variable references, user and host names, account, tenant and project ids, region and profile names,
 * expiry timestamps, license keys and app-internal ids.
 *
 * 88 positives and 92 negatives.
 *
 * Every key-like value is generated at run time from the seeded random source, in the shape the vendor
 * uses as I remember it (prefix, alphabet, length, checksum); the file holds no literal key. The one
 * public constant used (the DPAPI blob header) is assembled from parts.
 *
 * Judgment calls:
 * - Where a user name and a password sit together, `secret` is the password; where several secrets sit
 *   together (AWS key + session token, OAuth client secret + refresh token), `secret` is the one the case
 *   is named after, and the others are still real secrets of the same text.
 * - Reversible obfuscation is a POSITIVE: FileZilla `encoding="base64"`, WinSCP `Password=` (no master
 *   password configured), rclone `pass =` (rclone "obscure" uses a fixed key from its source), DBeaver
 *   credentials-config.json (AES with a default key shipped in DBeaver; shown decrypted, as it shows up
 *   in forensics and backup-audit output).
 * - DPAPI blobs (Visual Studio .pubxml.user `EncryptedPassword`) are POSITIVE, as batch P ruled for .rdp:
 *   the owner's session decrypts them silently and laptop backups carry the profile keys with them.
 * - Ciphertext whose key is a human-held master password or an OS keychain entry that is NOT in the
 *   file is a NEGATIVE: FileZilla `encoding="crypt"` (master password), WinSCP sessions under
 *   `UseMasterPassword=1`, rclone `RCLONE_ENCRYPT_V0` configs, Bitwarden password-protected exports,
 *   Electron safeStorage `v10`/`v11` buffers (key in Keychain / libsecret / DPAPI-held Local State on the
 *   user's machine, not in the dump), Eclipse secure storage under the macOS Keychain provider.
 * - A passphrase-protected OpenSSH private key is a POSITIVE, unlike the containers above: it is the
 *   key material itself, it can be attacked offline, and the remedy (rotate the key) is the same as for
 *   a clear one. Public keys, authorized_keys, known_hosts, SSH certificates and fingerprints are NEGATIVE.
 * - Bearer JWTs (OAuth access tokens, Kubernetes service-account tokens, ACR identity tokens) are POSITIVE
 *   even though they expire: a scanner cannot know they have, and many live for hours or a year.
 * - Short-lived session tokens (AWS session tokens, AWS SSO access tokens, OP_SESSION_*, Slack xoxc plus
 *   the `d` cookie) are POSITIVE.
 * - The gcloud ADC file's OAuth client id and installed-app client secret are not confidential by
 *   Google's own rules (they are generated here, not copied); the refresh token in the same file is.
 * - Identifiers are NEGATIVE: user names, host names, AWS account ids and `aws sts` UserIds (AIDA...),
 *   tenant/subscription/client GUIDs, Slack team/user ids, Discord snowflakes, Insomnia/Postman object ids,
 *   1Password device and account ids, Twilio-style SIDs are not used alone. I avoided bare AWS access key
 *   ids altogether (an id without its secret is debatable, so it is neither positive nor negative here).
 * - Masked CLI output (`aws configure list`, `gh auth status`, `kubectl config view`,
 *   `mysql_config_editor print`) is NEGATIVE: the visible tail cannot be used.
 * - The MongoDB Atlas `<password>` template, `YOUR_..._HERE`, `xxxx`, `${VAR}`, `{{var}}`, `$(VAR)`,
 *   `op://` references and `@Microsoft.KeyVault(...)` references are NEGATIVE.
 * - Software license keys in app config are NEGATIVE: they license, they do not authenticate.
 * - Machine ids (Electron `machineId`), AWS SSO device user codes shown during a completed `aws sso login`,
 *   and the hex names of cache files are NEGATIVE: they identify or were single-use and already spent.
 * - Stripe keys used are live (`sk_live_` / `rk_live_`), so test-mode keys do not arise.
 */
import { crc32 } from 'node:zlib';
import {
  ALNUM,
  AWS_ID,
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

/** The fixed header of a DPAPI blob (version and provider GUID), built from parts. */
const DPAPI_HEAD = ['01000000', 'D08C9DDF', '0115D111', '8C7A00C0', '4FC297EB'].join('');
/** Azure DevOps classic PATs: 52 characters of lowercase base32. */
const BASE32L = 'abcdefghijklmnopqrstuvwxyz234567';

function bytes(r: R, n: number): Buffer {
  return Buffer.from(r(HEXL, 2 * n), 'hex');
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** Split `s` into lines of `width` characters. */
function wrapAt(s: string, width: number): string {
  return (s.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n');
}

/** Lines of `width` random characters from `alphabet`. */
function rows(r: R, alphabet: string, width: number, count: number): string {
  return Array.from({ length: count }, () => r(alphabet, width)).join('\n');
}

/** A token with a 30-character random body and a 6-character base62 CRC32 tail (GitHub, npm). */
function checksummed(r: R, prefix: string): string {
  const body = r(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** A signed-looking JWT with the given payload. */
function jwt(r: R, payload: Record<string, unknown>, alg = 'RS256'): string {
  const header = { alg, typ: 'JWT', kid: r(B64URL, 43) };
  const sig = alg.startsWith('HS') ? r(B64URL, 43) : r(B64URL, 342);
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${sig}`;
}

/** A PEM block of random base64 with a realistic first line start. */
function pem(r: R, label: string, start: string, lines: number): string {
  return `-----BEGIN ${label}-----\n${start}${r(B64, 64 - start.length)}\n${rows(r, B64, 64, lines)}\n${r(B64, 36)}==\n-----END ${label}-----`;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

function sshString(b: Buffer | string): Buffer {
  const buf = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  return Buffer.concat([u32(buf.length), buf]);
}

/** The SSH wire-format public key blob of a random key of the given type. */
function sshPubBlob(r: R, type: 'ssh-ed25519' | 'ssh-rsa' | 'ecdsa-sha2-nistp256'): Buffer {
  if (type === 'ssh-ed25519') return Buffer.concat([sshString(type), sshString(bytes(r, 32))]);
  if (type === 'ssh-rsa') return Buffer.concat([sshString(type), sshString(Buffer.from([1, 0, 1])), sshString(Buffer.concat([Buffer.from([0]), bytes(r, 384)]))]);
  return Buffer.concat([sshString(type), sshString('nistp256'), sshString(Buffer.concat([Buffer.from([4]), bytes(r, 64)]))]);
}

/** An OpenSSH public key line. */
function sshPub(r: R, type: 'ssh-ed25519' | 'ssh-rsa' | 'ecdsa-sha2-nistp256', comment = ''): string {
  return `${type} ${sshPubBlob(r, type).toString('base64')}${comment ? ` ${comment}` : ''}`;
}

/** An OpenSSH-format ed25519 private key, laid out as ssh-keygen writes it (optionally bcrypt + aes256-ctr). */
function opensshEd25519(r: R, comment: string, encrypted: boolean): string {
  const pk = bytes(r, 32);
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pk)]);
  const check = bytes(r, 4);
  let priv: Buffer = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pk), sshString(Buffer.concat([bytes(r, 32), pk])), sshString(comment)]);
  const block = encrypted ? 16 : 8;
  for (let i = 1; priv.length % block !== 0; i++) priv = Buffer.concat([priv, Buffer.from([i])]);
  if (encrypted) priv = bytes(r, priv.length);
  const kdf = encrypted ? sshString(Buffer.concat([sshString(bytes(r, 16)), u32(16)])) : sshString('');
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString(encrypted ? 'aes256-ctr' : 'none'),
    sshString(encrypted ? 'bcrypt' : 'none'),
    kdf,
    u32(1),
    sshString(pubBlob),
    sshString(priv),
  ]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrapAt(body.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}

/** An SSH SHA256 fingerprint as ssh-keygen prints it. */
function sshFingerprint(r: R): string {
  return `SHA256:${bytes(r, 32).toString('base64').replace(/=+$/, '')}`;
}

const WORDS = [
  'atlas',
  'bramble',
  'cinder',
  'delta',
  'falcon',
  'granite',
  'harbor',
  'indigo',
  'jasper',
  'kodiak',
  'larch',
  'mistral',
  'nimbus',
  'orchid',
  'pebble',
  'quartz',
] as const;

export function batchUPositives(seed = 'blind-u-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  /** A made-up password with only `-`, `_` and `.` as symbols (safe in URLs, XML and unquoted INI). */
  const netpw = (): string => `${cap(word())}${r(DIGITS, 2)}${r('-_.', 1)}${r(ALNUM, 6)}`;
  /** A made-up password with a JSON- and XML-safe symbol (used inside quotes). */
  const pw = (): string => `${cap(word())}${r(ALNUM, 4)}${r('!#%*+=', 1)}${r(DIGITS, 3)}${r(LOWER, 2)}`;
  const ghp = (): string => checksummed(r, 'ghp_');
  const glpat = (): string => `glpat-${r(B64URL, 20)}`;
  const awsSecret = (): string => r(B64, 40);
  const awsId = (prefix: string): string => `${prefix}${r(AWS_ID, 16)}`;
  const now = 1764330000;

  // --- (1) IDEs ----------------------------------------------------------------------------------------------
  add('JetBrains dataSources.xml jdbc-url with password parameter', netpw(), (s) => `<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="orders@staging" uuid="${uuid(r)}">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://pg-staging.internal.example:5432/orders?user=orders_app&amp;password=${s}&amp;ssl=true</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>`);
  add('JetBrains dataSources.xml Oracle thin URL user/password', `${r(UPPER, 1)}${r(ALNUM, 11)}`, (s) => `    <data-source source="LOCAL" name="ORCLPDB1 [scott]" uuid="${uuid(r)}">
      <driver-ref>oracle</driver-ref>
      <jdbc-driver>oracle.jdbc.OracleDriver</jdbc-driver>
      <jdbc-url>jdbc:oracle:thin:scott/${s}@//ora-dev.internal.example:1521/ORCLPDB1</jdbc-url>
    </data-source>`);
  add('JetBrains workspace.xml Spring Boot run configuration env password', pw(), (s) => `  <component name="RunManager" selected="Spring Boot.OrdersApplication">
    <configuration name="OrdersApplication" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot" nameIsGenerated="true">
      <option name="ACTIVE_PROFILES" value="local" />
      <envs>
        <env name="SPRING_DATASOURCE_USERNAME" value="orders_app" />
        <env name="SPRING_DATASOURCE_PASSWORD" value="${s}" />
      </envs>
      <module name="orders-service" />
      <option name="SPRING_BOOT_MAIN_CLASS" value="com.example.orders.OrdersApplication" />
      <method v="2">
        <option name="Make" enabled="true" />
      </method>
    </configuration>
  </component>`);
  add('JetBrains workspace.xml Python run configuration Stripe live key', `sk_live_51${r(ALNUM, 97)}`, (s) => `    <configuration name="billing-worker" type="PythonConfigurationType" factoryName="Python">
      <module name="billing" />
      <option name="INTERPRETER_OPTIONS" value="" />
      <option name="PARENT_ENVS" value="true" />
      <envs>
        <env name="PYTHONUNBUFFERED" value="1" />
        <env name="STRIPE_API_KEY" value="${s}" />
        <env name="DJANGO_SETTINGS_MODULE" value="billing.settings.local" />
      </envs>
      <option name="SCRIPT_NAME" value="$PROJECT_DIR$/manage.py" />
      <option name="PARAMETERS" value="run_worker" />
    </configuration>`);
  add('Shared .idea/runConfigurations shell script with GitHub token', ghp(), (s) => `<!-- .idea/runConfigurations/release.xml -->
<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="release" type="ShConfigurationType">
    <option name="SCRIPT_TEXT" value="" />
    <option name="SCRIPT_PATH" value="$PROJECT_DIR$/scripts/release.sh" />
    <option name="SCRIPT_WORKING_DIRECTORY" value="$PROJECT_DIR$" />
    <envs>
      <env name="GITHUB_TOKEN" value="${s}" />
    </envs>
    <method v="2" />
  </configuration>
</component>`);
  add('JetBrains Application run configuration VM options -D password', netpw(), (s) => `    <configuration name="InventoryApp (local DB)" type="Application" factoryName="Application">
      <option name="MAIN_CLASS_NAME" value="com.example.inventory.InventoryApp" />
      <module name="inventory.main" />
      <option name="VM_PARAMETERS" value="-Xmx1g -Dspring.profiles.active=local -Dspring.datasource.password=${s}" />
    </configuration>`);
  add('JetBrains HTTP Client http-client.private.env.json token', glpat(), (s) => `{
  "dev": {
    "host": "https://gitlab.dev.example",
    "username": "qa-bot"
  },
  "prod": {
    "host": "https://gitlab.example.com",
    "token": "${s}"
  }
}`);
  add('VS Code settings.json SQLTools connection password', pw(), (s) => `{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "previewLimit": 50,
      "server": "mysql-dev.internal.example",
      "port": 3306,
      "driver": "MySQL",
      "name": "billing-dev",
      "database": "billing",
      "username": "billing_rw",
      "password": "${s}"
    }
  ]
}`);
  add('VS Code settings.json http.proxy with credentials', netpw(), (s) => `{
  "http.proxy": "http://jdoe:${s}@proxy.corp.example:3128",
  "http.proxyStrictSSL": false,
  "telemetry.telemetryLevel": "off"
}`);
  add('VS Code settings.json terminal env OpenAI key', `sk-proj-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (s) => `{
  "terminal.integrated.env.osx": {
    "OPENAI_API_KEY": "${s}",
    "PYTHONPATH": "\${workspaceFolder}/src"
  },
  "python.defaultInterpreterPath": ".venv/bin/python"
}`);
  add('VS Code REST Client environment variables Datadog API key', r(HEXL, 32), (s) => `{
  "rest-client.environmentVariables": {
    "$shared": { "site": "datadoghq.eu" },
    "prod": {
      "dd_api_key": "${s}",
      "dd_app_key": "${r(HEXL, 40)}"
    }
  }
}`);
  add('VS Code SonarLint connected mode token', `squ_${r(HEXL, 40)}`, (s) => `{
  "sonarlint.connectedMode.connections.sonarqube": [
    {
      "connectionId": "corp-sonar",
      "serverUrl": "https://sonar.corp.example",
      "token": "${s}"
    }
  ],
  "sonarlint.connectedMode.project": { "connectionId": "corp-sonar", "projectKey": "payments-api" }
}`);
  add('VS Code launch.json env DATABASE_URL', netpw(), (s) => `{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "API (local)",
      "program": "\${workspaceFolder}/src/server.ts",
      "runtimeArgs": ["-r", "ts-node/register"],
      "env": {
        "NODE_ENV": "development",
        "DATABASE_URL": "postgres://api_user:${s}@localhost:5432/api_dev"
      }
    }
  ]
}`);
  add('VS Code launch.json env Slack bot token', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "debugpy",
      "request": "launch",
      "name": "standup-bot",
      "module": "standup_bot",
      "env": { "SLACK_BOT_TOKEN": "${s}", "LOG_LEVEL": "debug" }
    }
  ]
}`);
  add('REST Client .http file variable apiKey', r(ALNUM, 40), (s) => `@host = https://api.invoicely.example
@apiKey = ${s}

### List invoices
GET {{host}}/v1/invoices?status=open
X-Api-Key: {{apiKey}}
Accept: application/json`);
  add('REST Client .http Basic authorization header', b64(`svc-reporting:${pw()}`), (s) => `### Trigger nightly export
POST https://reports.corp.example/api/exports HTTP/1.1
Authorization: Basic ${s}
Content-Type: application/json

{ "format": "csv", "range": "yesterday" }`);
  add('REST Client .http pasted Google access token', `ya29.a0A${r(B64URL, 210)}`, (s) => `### Check bucket IAM
GET https://storage.googleapis.com/storage/v1/b/acme-exports/iam
Authorization: Bearer ${s}`);
  add('Thunder Client environment Twilio auth token', r(HEXL, 32), (s) => `[
  {
    "_id": "${uuid(r)}",
    "name": "prod",
    "default": false,
    "sortNum": 20000,
    "created": "2026-09-02T08:14:07.120Z",
    "modified": "2026-11-20T16:40:12.003Z",
    "data": [
      { "name": "accountSid", "value": "AC${r(HEXL, 32)}" },
      { "name": "authToken", "value": "${s}" }
    ]
  }
]`);
  add('Visual Studio launchSettings.json connection string password', pw(), (s) => `{
  "profiles": {
    "Shop.Api": {
      "commandName": "Project",
      "launchBrowser": true,
      "applicationUrl": "https://localhost:7141;http://localhost:5141",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
        "ConnectionStrings__Default": "Server=sql-dev.internal.example;Database=Shop;User Id=shop_app;Password=${s};TrustServerCertificate=True"
      }
    }
  }
}`);
  add('Visual Studio user secrets Google client secret', `GOCSPX-${r(B64URL, 28)}`, (s) => `// %APPDATA%\\Microsoft\\UserSecrets\\${uuid(r)}\\secrets.json
{
  "Authentication:Google:ClientId": "${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com",
  "Authentication:Google:ClientSecret": "${s}"
}`);
  add('Visual Studio user secrets Entra ID client secret', `${r(ALNUM, 3)}8Q~${r(`${ALNUM}_-.~`, 31)}`, (s) => `{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "${uuid(r)}",
    "ClientId": "${uuid(r)}",
    "ClientSecret": "${s}"
  }
}`);
  add('appsettings.Development.json SendGrid API key', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "SendGrid": {
    "ApiKey": "${s}",
    "FromAddress": "no-reply@shop.example"
  }
}`);
  add('Azure App Service .PublishSettings userPWD', r(ALNUM, 60), (s) => `<publishData><publishProfile profileName="shop-api - Web Deploy" publishMethod="MSDeploy" publishUrl="shop-api.scm.azurewebsites.net:443" msdeploySite="shop-api" userName="$shop-api" userPWD="${s}" destinationAppUrl="https://shop-api.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites"><databases /></publishProfile></publishData>`);
  add('Visual Studio .pubxml.user DPAPI EncryptedPassword', Buffer.from(`${DPAPI_HEAD}${r(HEXU, 460)}`, 'hex').toString('base64'), (s) => `<?xml version="1.0" encoding="utf-8"?>
<!-- Properties/PublishProfiles/shop-api - Web Deploy.pubxml.user -->
<Project>
  <PropertyGroup>
    <TimeStampOfAssociatedLegacyPublishXmlFile />
    <EncryptedPassword>${s}</EncryptedPassword>
    <History>True|2026-11-21T09:14:07.5120000Z;</History>
  </PropertyGroup>
</Project>`);
  add('Eclipse .launch environment variable password', netpw(), (s) => `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<launchConfiguration type="org.eclipse.jdt.launching.localJavaApplication">
    <mapAttribute key="org.eclipse.debug.core.environmentVariables">
        <mapEntry key="DB_USER" value="ledger"/>
        <mapEntry key="DB_PASSWORD" value="${s}"/>
    </mapAttribute>
    <stringAttribute key="org.eclipse.jdt.launching.MAIN_TYPE" value="com.example.ledger.Main"/>
    <stringAttribute key="org.eclipse.jdt.launching.PROJECT_ATTR" value="ledger"/>
</launchConfiguration>`);
  add('Xcode scheme environment variable Sentry auth token', `sntryu_${r(HEXL, 64)}`, (s) => `      <EnvironmentVariables>
         <EnvironmentVariable
            key = "SENTRY_AUTH_TOKEN"
            value = "${s}"
            isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable
            key = "OS_ACTIVITY_MODE"
            value = "disable"
            isEnabled = "YES">
         </EnvironmentVariable>
      </EnvironmentVariables>`);
  add('~/.netrc Mapbox secret downloads token for Xcode builds', `sk.${b64url(JSON.stringify({ u: 'jdoe-maps', a: `cl${r(LOWER + DIGITS, 23)}` }))}.${r(B64URL, 22)}`, (s) => `machine api.mapbox.com
  login mapbox
  password ${s}`);

  // --- (2) Database tools ----------------------------------------------------------------------------------
  add('DBeaver credentials-config.json after default-key decryption', pw(), (s) => `$ openssl aes-128-cbc -d -K "$DBEAVER_DEFAULT_KEY" -iv 00000000000000000000000000000000 \\
    -in ~/.local/share/DBeaverData/workspace6/General/.dbeaver/credentials-config.json | dd bs=1 skip=16 2>/dev/null
{"postgres-jdbc-${r(HEXL, 11)}-${r(HEXL, 16)}":{"#connection":{"user":"analytics","password":"${s}"}},"mysql8-${r(HEXL, 11)}-${r(HEXL, 16)}":{"#connection":{"user":"root"}}}`);
  add('DBeaver data-sources.json pasted URL with password', netpw(), (s) => `{
  "folders": {},
  "connections": {
    "mysql8-${r(HEXL, 11)}-${r(HEXL, 16)}": {
      "provider": "mysql",
      "driver": "mysql8",
      "name": "crm-replica",
      "save-password": false,
      "configuration": {
        "url": "jdbc:mysql://crm-replica.internal.example:3306/crm?user=crm_ro&password=${s}",
        "type": "dev",
        "auth-model": "native"
      }
    }
  }
}`);
  add('~/.pgpass entry', netpw(), (s) => `# hostname:port:database:username:password
pg-prod-ro.internal.example:5432:warehouse:analyst_ro:${s}
localhost:5432:*:postgres:postgres`);
  add('pg_service.conf password', netpw(), (s) => `[warehouse-ro]
host=pg-prod-ro.internal.example
port=5432
dbname=warehouse
user=analyst_ro
password=${s}
sslmode=verify-full`);
  add('~/.my.cnf client password', netpw(), (s) => `[client]
user=jdoe
password=${s}
host=mysql-dev.internal.example

[mysql]
prompt=\\u@\\h [\\d]>\\_`);
  add('Robo 3T robo3t.json userPassword', pw(), (s) => `{
    "connections": [
        {
            "connectionName": "events-prod",
            "serverHost": "mongo-prod-a.internal.example",
            "serverPort": 27017,
            "credentials": [
                {
                    "databaseName": "admin",
                    "mechanism": "SCRAM-SHA-256",
                    "userName": "events_admin",
                    "userPassword": "${s}",
                    "enabled": true
                }
            ],
            "ssl": { "sslEnabled": true }
        }
    ]
}`);
  add('MongoDB Compass favourite mongodb+srv connection string', netpw(), (s) => `{
  "_id": "${uuid(r)}",
  "favorite": { "name": "Atlas prod (read-write)", "color": "color3" },
  "connectionOptions": {
    "connectionString": "mongodb+srv://app_rw:${s}@cluster0.${r(LOWER + DIGITS, 5)}.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0"
  },
  "lastUsed": "2026-11-27T17:02:55.981Z"
}`);
  add('RedisInsight database export password', r(ALNUM, 32), (s) => `[
  {
    "host": "redis-12345.c1.eu-west-1-2.ec2.redns.redis-cloud.example",
    "port": 12345,
    "name": "sessions-prod",
    "username": "default",
    "password": "${s}",
    "tls": true
  }
]`);

  // --- (3) API clients ---------------------------------------------------------------------------------------
  add('Postman environment export restricted Stripe key', `rk_live_51${r(ALNUM, 97)}`, (s) => `{
  "id": "${uuid(r)}",
  "name": "Payments - production",
  "values": [
    { "key": "baseUrl", "value": "https://api.stripe.com/v1", "type": "default", "enabled": true },
    { "key": "stripeKey", "value": "${s}", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2026-11-24T10:22:31.452Z",
  "_postman_exported_using": "Postman/11.19.0"
}`);
  add('Postman environment Auth0 access token', jwt(r, { iss: 'https://acme.eu.auth0.example/', sub: `auth0|${r(HEXL, 24)}`, aud: ['https://api.acme.example'], iat: now - 600, exp: now + 85800, scope: 'openid profile read:orders write:orders', azp: r(ALNUM, 32) }), (s) => `{
  "name": "Orders - staging",
  "values": [
    { "key": "base_url", "value": "https://orders.staging.acme.example", "enabled": true },
    { "key": "access_token", "value": "${s}", "type": "secret", "enabled": true }
  ]
}`);
  add('Postman collection bearer auth with fine-grained GitHub PAT', `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`, (s) => `{
  "info": { "name": "GitHub automation", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "bearer",
    "bearer": [ { "key": "token", "value": "${s}", "type": "string" } ]
  },
  "item": []
}`);
  add('Postman CLI login with API key', `PMAK-${r(HEXL, 24)}-${r(HEXL, 34)}`, (s) => `$ postman login --with-api-key ${s}
Logged in using api key of user: jdoe
$ postman collection run 12345678-${uuid(r)} -e 12345678-${uuid(r)}`);
  add('Insomnia export environment Shopify admin token', `shpat_${r(HEXL, 32)}`, (s) => `{
  "_type": "export",
  "__export_format": 4,
  "__export_source": "insomnia.desktop.app:v10.1.1",
  "resources": [
    {
      "_id": "env_${r(HEXL, 32)}",
      "parentId": "wrk_${r(HEXL, 32)}",
      "_type": "environment",
      "name": "Base Environment",
      "data": { "shop": "acme-outlet.myshopify.com", "token": "${s}" }
    }
  ]
}`);
  add('Insomnia request basic authentication password', pw(), (s) => `    {
      "_id": "req_${r(HEXL, 32)}",
      "_type": "request",
      "name": "Jenkins crumb",
      "method": "GET",
      "url": "https://ci.corp.example/crumbIssuer/api/json",
      "authentication": { "type": "basic", "useISO88591": false, "disabled": false, "username": "jdoe", "password": "${s}" }
    }`);
  add('Bruno .bru bearer auth with HubSpot private app token', `pat-eu1-${uuid(r)}`, (s) => `meta {
  name: List contacts
  type: http
  seq: 3
}

get {
  url: https://api.hubapi.com/crm/v3/objects/contacts?limit=10
  body: none
  auth: bearer
}

auth:bearer {
  token: ${s}
}`);

  // --- (4) Home directory ----------------------------------------------------------------------------------
  add('~/.ssh/id_ed25519 OpenSSH private key', opensshEd25519(r, 'jdoe@mbp-jdoe', false), (s) => `$ cat ~/.ssh/id_ed25519\n${s}`);
  add('~/.ssh/id_rsa PEM RSA private key in a backup', pem(r, 'RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 24), (s) => `backup-2026-11-01/home/jdoe/.ssh/id_rsa:\n${s}`);
  add('PuTTY .ppk private lines (unencrypted)', Buffer.concat([u32(32), bytes(r, 32)]).toString('base64'), (s) => `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: deploy@bastion
Public-Lines: 2
${wrapAt(sshPubBlob(r, 'ssh-ed25519').toString('base64'), 64)}
Private-Lines: 1
${s}
Private-MAC: ${r(HEXL, 64)}`);
  add('Passphrase-protected OpenSSH private key', opensshEd25519(r, 'jdoe@corp-laptop', true), (s) => `~/.ssh/id_ed25519_work\n${s}`);
  add('~/.ssh/config ProxyCommand with sshpass', netpw(), (s) => `Host legacy-db
    HostName 10.40.2.15
    User oracle
    ProxyCommand sshpass -p '${s}' ssh -W %h:%p jump@bastion-old.corp.example`);
  add('~/.aws/credentials static keys', awsSecret(), (s) => `[default]
aws_access_key_id = ${awsId('AKIA')}
aws_secret_access_key = ${s}

[personal]
region = eu-central-1`);
  add('~/.aws/credentials session token', `IQoJb3JpZ2luX2VjE${r(B64, 600)}`, (s) => `[mfa]
aws_access_key_id = ${awsId('ASIA')}
aws_secret_access_key = ${awsSecret()}
aws_session_token = ${s}`);
  add('~/.aws/config static keys in a named profile', awsSecret(), (s) => `[profile legacy-ci]
region = us-east-1
output = json
aws_access_key_id = ${awsId('AKIA')}
aws_secret_access_key = ${s}`);
  add('~/.aws/sso/cache access token', `aoaAAAAAG${r(B64URL, 160)}:MGUCMQ${r(B64, 122)}`, (s) => `{"startUrl": "https://acme.awsapps.com/start", "region": "eu-west-1", "accessToken": "${s}", "expiresAt": "2026-11-28T18:04:11Z", "clientId": "${r(B64URL, 22)}", "registrationExpiresAt": "2027-02-26T10:04:09Z"}`);
  add('~/.aws/cli/cache assumed-role credentials', awsSecret(), (s) => `{
  "Credentials": {
    "AccessKeyId": "${awsId('ASIA')}",
    "SecretAccessKey": "${s}",
    "SessionToken": "IQoJb3JpZ2luX2VjE${r(B64, 420)}",
    "Expiration": "2026-11-28T19:12:44+00:00"
  },
  "AssumedRoleUser": {
    "AssumedRoleId": "AROA${r(AWS_ID, 17)}:botocore-session-1764330000",
    "Arn": "arn:aws:sts::210987654321:assumed-role/DeployRole/botocore-session-1764330000"
  },
  "ProviderType": "sso"
}`);
  add('~/.azure/service_principal_entries.json client_secret', `${r(ALNUM, 3)}8Q~${r(`${ALNUM}_-.~`, 31)}`, (s) => `[{"client_id": "${uuid(r)}", "tenant": "${uuid(r)}", "client_secret": "${s}"}]`);
  add('~/.azure/msal_token_cache.json refresh token', `1.A${r(B64URL, 5)}AAA${r(B64URL, 740)}`, (s) => {
    const oid = uuid(r);
    const tid = uuid(r);
    return `{
  "RefreshToken": {
    "${oid}.${tid}-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--": {
      "credential_type": "RefreshToken",
      "secret": "${s}",
      "home_account_id": "${oid}.${tid}",
      "environment": "login.microsoftonline.com",
      "client_id": "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
      "last_modification_time": "${now}"
    }
  }
}`;
  });
  add('Azure Functions local.settings.json storage AccountKey', `${r(B64, 86)}==`, (s) => `{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmefuncstore01;AccountKey=${s};EndpointSuffix=core.windows.net"
  }
}`);
  add('gcloud application_default_credentials.json refresh token', `1//0${r('4568cdg', 1)}${r(B64URL, 98)}`, (s) => `{
  "account": "",
  "client_id": "${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com",
  "client_secret": "d-${r(B64URL, 22)}",
  "quota_project_id": "acme-dev-4711",
  "refresh_token": "${s}",
  "type": "authorized_user",
  "universe_domain": "googleapis.com"
}`);
  add('GCP service account key JSON private_key', `-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ${r(B64, 14)}\\n${Array.from({ length: 24 }, () => r(B64, 64)).join('\\n')}\\n${r(B64, 28)}\\n-----END PRIVATE KEY-----\\n`, (s) => `{
  "type": "service_account",
  "project_id": "acme-data-prod",
  "private_key_id": "${r(HEXL, 40)}",
  "private_key": "${s}",
  "client_email": "etl-runner@acme-data-prod.iam.gserviceaccount.com",
  "client_id": "1${r(DIGITS, 20)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`);
  add('~/.kube/config service-account token', jwt(r, { aud: ['https://kubernetes.default.svc.cluster.local'], exp: now + 31536000, iat: now, iss: 'https://kubernetes.default.svc.cluster.local', 'kubernetes.io': { namespace: 'ci', serviceaccount: { name: 'deployer', uid: uuid(r) } }, sub: 'system:serviceaccount:ci:deployer' }), (s) => `apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://k8s-staging.corp.example:6443
    insecure-skip-tls-verify: true
  name: staging
contexts:
- context: { cluster: staging, user: deployer, namespace: ci }
  name: staging-ci
current-context: staging-ci
users:
- name: deployer
  user:
    token: ${s}`);
  add('~/.kube/config client-key-data', b64(pem(r, 'RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 24)), (s) => `users:
- name: kubernetes-admin
  user:
    client-certificate-data: ${b64(pem(r, 'CERTIFICATE', 'MIIDITCCAgmgAwIBAgII', 16))}
    client-key-data: ${s}`);
  add('~/.docker/config.json auth for a private registry', b64(`ci-pusher:${netpw()}`), (s) => `{
  "auths": {
    "registry.corp.example": {
      "auth": "${s}"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "desktop-linux"
}`);
  add('~/.docker/config.json ACR identitytoken', jwt(r, { jti: uuid(r), sub: 'jdoe@corp.example', nbf: now, exp: now + 1209600, iat: now, iss: 'Azure Container Registry', aud: 'acmeprod.azurecr.io', version: '1.0', rid: r(HEXL, 32), grant_type: 'refresh_token', appid: uuid(r), tenant: uuid(r), permissions: { actions: ['read', 'write'] } }), (s) => `{
  "auths": {
    "acmeprod.azurecr.io": {
      "auth": "${b64('00000000-0000-0000-0000-000000000000:')}",
      "identitytoken": "${s}"
    }
  }
}`);
  add('gh hosts.yml oauth_token', checksummed(r, 'gho_'), (s) => `github.com:
    users:
        jdoe:
            oauth_token: ${s}
    git_protocol: https
    oauth_token: ${s}
    user: jdoe`);
  add('~/.git-credentials GitHub PAT', ghp(), (s) => `https://jdoe:${s}@github.com
https://jdoe@bitbucket.org`);
  add('~/.git-credentials Azure DevOps PAT', r(BASE32L, 52), (s) => `https://jdoe:${s}@dev.azure.com`);
  add('.gitconfig url insteadOf with GitLab token', glpat(), (s) => `[user]
	name = Jane Doe
	email = jdoe@corp.example
[url "https://oauth2:${s}@gitlab.corp.example/"]
	insteadOf = https://gitlab.corp.example/
[pull]
	rebase = true`);
  add('.gitconfig http extraheader Basic with Bitbucket app password', b64(`jdoe:ATBB${r(ALNUM, 32)}${r(HEXU, 8)}`), (s) => `[http "https://bitbucket.org/acme/"]
	extraheader = AUTHORIZATION: Basic ${s}
[core]
	autocrlf = input`);
  add('~/.netrc password for an artifact repository', pw(), (s) => `machine artifacts.corp.example
login jdoe
password ${s}

machine api.github.com
login jdoe`);
  add('~/.npmrc npm automation token', checksummed(r, 'npm_'), (s) => `registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${s}
save-exact=true`);
  add('~/.pypirc PyPI API token', `pypi-AgEIcHlwaS5vcmcCJ${r(B64URL, 150)}`, (s) => `[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = ${s}`);

  // --- (5) Desktop apps ---------------------------------------------------------------------------------------
  add('Slack desktop leveldb xoxc token', `xoxc-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(DIGITS, 13)}-${r(HEXL, 64)}`, (s) => `$ strings ~/Library/Application\\ Support/Slack/Local\\ Storage/leveldb/000213.ldb | grep -m2 -o '"token":"[^"]*"\\|"team_url":"[^"]*"'
"team_url":"https://acme-eng.slack.com/"
"token":"${s}"`);
  add('Slack desktop d cookie xoxd', `xoxd-${encodeURIComponent(r(B64, 120))}${encodeURIComponent('==')}`, (s) => `# sqlite3 ~/Library/Application\\ Support/Slack/Cookies "select host_key,name,value from cookies where name='d'"
.slack.com|d|${s}`);
  add('Discord desktop leveldb user token', `${b64(`1${r(DIGITS, 18)}`).replace(/=+$/, '')}.${r(B64URL, 6)}.${r(B64URL, 38)}`, (s) => `$ strings "%APPDATA%/discord/Local Storage/leveldb/000005.ldb" | grep -i token
_https://discord.com
token"${s}"`);
  add('Chrome passwords CSV export', pw(), (s) => `name,url,username,password,note
github.com,https://github.com/session,jdoe,${pw()},
accounts.google.com,https://accounts.google.com/signin/v2/challenge/pwd,jane.doe.home@gmail.com,${s},
portal.corp.example,https://portal.corp.example/login,jdoe@corp.example,,uses SSO`);
  add('Firefox logins CSV export', netpw(), (s) => `"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"
"https://id.atlassian.com","jdoe@corp.example","${s}",,"https://id.atlassian.com","{${uuid(r)}}","1732611247000","1764320011000","1732611247000"`);
  add('Electron AI desktop client config.json Anthropic key', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `{
  "windowBounds": { "x": 120, "y": 80, "width": 1280, "height": 860 },
  "theme": "system",
  "providers": {
    "anthropic": { "apiKey": "${s}", "model": "claude-sonnet-4-5" }
  },
  "autoUpdate": true
}`);
  add('Obsidian plugin data.json Todoist API token', r(HEXL, 40), (s) => `// .obsidian/plugins/todoist-sync-plugin/data.json
{"fadeToggle":true,"autoRefreshToggle":true,"autoRefreshInterval":60,"apiToken":"${s}","debugLogging":false}`);
  add('FileZilla recentservers.xml base64 Pass', b64(pw()), (s) => `<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <RecentServers>
    <Server>
      <Host>sftp.partner.example</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>acme_upload</User>
      <Pass encoding="base64">${s}</Pass>
      <Logontype>1</Logontype>
    </Server>
  </RecentServers>
</FileZilla3>`);
  add('WinSCP registry export session Password', `A35C${r(HEXU, 72)}`, (s) => `Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\Martin Prikryl\\WinSCP 2\\Sessions\\deploy@web02]
"HostName"="web02.corp.example"
"UserName"="deploy"
"Password"="${s}"
"FSProtocol"=dword:00000002`);
  add('rclone.conf S3 secret_access_key', awsSecret(), (s) => `[wasabi-archive]
type = s3
provider = Wasabi
access_key_id = ${r(UPPER + DIGITS, 20)}
secret_access_key = ${s}
endpoint = s3.eu-central-2.wasabisys.com`);
  add('rclone.conf sftp obscured pass', bytes(r, 28).toString('base64url'), (s) => `[nas]
type = sftp
host = nas01.home.example
user = jdoe
pass = ${s}
shell_type = unix`);
  add('rclone.conf Google Drive token JSON refresh_token', `1//0${r('4568cdg', 1)}${r(B64URL, 98)}`, (s) => `[gdrive]
type = drive
scope = drive
token = {"access_token":"ya29.a0A${r(B64URL, 180)}","token_type":"Bearer","refresh_token":"${s}","expiry":"2026-11-28T18:41:02.114211+01:00"}
team_drive = `);
  add('s3cmd .s3cfg secret_key', awsSecret(), (s) => `[default]
access_key = ${awsId('AKIA')}
access_token =
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
secret_key = ${s}
use_https = True`);
  add('.terraformrc credentials block token', `${r(ALNUM, 14)}.atlasv1.${r(`${ALNUM}-_`, 67)}`, (s) => `plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  token = "${s}"
}`);
  add('credentials.tfrc.json token', `${r(ALNUM, 14)}.atlasv1.${r(`${ALNUM}-_`, 67)}`, (s) => `{
  "credentials": {
    "app.terraform.io": {
      "token": "${s}"
    }
  }
}`);
  add('~/.vault-token', `hvs.CAESI${r(B64URL, 86)}`, (s) => `$ cat ~/.vault-token\n${s}`);
  add('ngrok.yml authtoken', `2${r(ALNUM, 26)}_${r(ALNUM, 21)}`, (s) => `version: "3"
agent:
  authtoken: ${s}
tunnels:
  webhook:
    proto: http
    addr: 3000`);
  add('1Password CLI OP_SESSION export', r(B64URL, 43), (s) => `$ eval $(op signin --account acme)
$ env | grep OP_SESSION
OP_SESSION_${r(UPPER + DIGITS, 26)}=${s}`);
  add('1Password service account token', `ops_${b64(JSON.stringify({ signInAddress: 'acme.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r(B64URL, 22) }, email: `${r(LOWER, 13)}@1passwordserviceaccounts.com`, srpX: r(HEXL, 64), muk: { alg: 'A256GCM', ext: true, k: r(B64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r(UPPER + DIGITS, 6)}-${r(UPPER + DIGITS, 6)}-${r(UPPER + DIGITS, 5)}-${r(UPPER + DIGITS, 5)}-${r(UPPER + DIGITS, 5)}-${r(UPPER + DIGITS, 5)}`, throttleSecret: { seed: r(HEXL, 64), deviceUuid: r(LOWER + DIGITS, 26) }, deviceUuid: r(LOWER + DIGITS, 26) })).replace(/=+$/, '')}`, (s) => `# ~/.zshrc.local
export OP_SERVICE_ACCOUNT_TOKEN="${s}"`);

  return out;
}

export function batchUNegatives(seed = 'blind-u-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const accountId = (): string => `${r('123456789', 1)}${r(DIGITS, 11)}`;

  // --- (1) IDEs ----------------------------------------------------------------------------------------------
  add('JetBrains dataSources.xml without credentials', `<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="orders@localhost" uuid="${uuid(r)}">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://localhost:5432/orders</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>`);
  add('JetBrains dataSources.local.xml: password kept in the IDE secret storage', `<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="IU-243.22562.218">
    <data-source name="orders@staging" uuid="${uuid(r)}">
      <database-info product="PostgreSQL" version="16.4" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" driver-version="42.7.3" dbms="POSTGRES" exact-version="16.4" exact-driver-version="42.7">
        <identifier-quote-string>&quot;</identifier-quote-string>
      </database-info>
      <case-sensitivity plain-identifiers="lower" quoted-identifiers="exact" />
      <secret-storage>master_key</secret-storage>
      <user-name>orders_app</user-name>
      <schema-mapping><introspection-scope><node kind="database" qname="@"><node kind="schema" qname="@" /></node></introspection-scope></schema-mapping>
    </data-source>
  </component>
</project>`);
  add('JetBrains run configuration reading an env file', `    <configuration name="OrdersApplication" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">
      <option name="ACTIVE_PROFILES" value="local" />
      <envs>
        <env name="SPRING_PROFILES_INCLUDE" value="devtools" />
      </envs>
      <extension name="net.ashald.envfile">
        <option name="IS_ENABLED" value="true" />
        <ENTRIES>
          <ENTRY IS_ENABLED="true" PARSER="env" IS_EXECUTABLE="false" PATH=".env.local" />
        </ENTRIES>
      </extension>
    </configuration>`);
  add('JetBrains workspace.xml PropertiesComponent and ids', `  <component name="ProjectId" id="${r(ALNUM, 27)}" />
  <component name="PropertiesComponent"><![CDATA[{
  "keyToString": {
    "RunOnceActivity.ShowReadmeOnStart": "true",
    "git-widget-placeholder": "feature/PAY-2231-refunds",
    "last_opened_file_path": "/Users/jdoe/src/payments",
    "node.js.selected.package.tslint": "(autodetect)",
    "settings.editor.selected.configurable": "preferences.pluginManager"
  }
}]]></component>
  <component name="TaskManager">
    <task active="true" id="Default" summary="Default task">
      <changelist id="${uuid(r)}" name="Changes" comment="" />
      <created>${Date.UTC(2026, 9, 2)}</created>
    </task>
  </component>`);
  add('JetBrains HTTP Client public env with empty and dynamic values', `{
  "dev": {
    "host": "http://localhost:8080",
    "token": "",
    "requestId": "{{$random.uuid}}"
  },
  "staging": {
    "host": "https://api.staging.example"
  }
}`);
  add('JetBrains .http request using a variable and a response handler', `### Login
POST {{host}}/auth/login
Content-Type: application/json

{ "username": "{{username}}", "password": "{{password}}" }

> {% client.global.set("auth_token", response.body.access_token); %}

### Me
GET {{host}}/me
Authorization: Bearer {{auth_token}}`);
  add('VS Code mssql connection with password in the OS keychain', `{
  "mssql.connections": [
    {
      "server": "sql-dev.internal.example",
      "database": "Shop",
      "authenticationType": "SqlLogin",
      "user": "shop_app",
      "password": "",
      "savePassword": true,
      "profileName": "shop-dev",
      "encrypt": "Mandatory",
      "trustServerCertificate": true
    }
  ]
}`);
  add('VS Code launch.json envFile and password prompt input', `{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "API (local)",
      "program": "\${workspaceFolder}/src/server.ts",
      "envFile": "\${workspaceFolder}/.env",
      "env": { "DB_PASSWORD": "\${input:dbPassword}", "AWS_PROFILE": "dev-sso" }
    }
  ],
  "inputs": [
    { "id": "dbPassword", "type": "promptString", "description": "Database password", "password": true }
  ]
}`);
  add('VS Code proxy without credentials and extension settings', `{
  "http.proxy": "http://proxy.corp.example:3128",
  "http.proxySupport": "override",
  "http.proxyAuthorization": null,
  "github.copilot.enable": { "*": true, "markdown": false },
  "gitlens.remotes": [{ "domain": "gitlab.corp.example", "type": "GitLab" }]
}`);
  add('VS Code settings with a software licence key', `{
  "intelephense.licenceKey": "${r(UPPER + DIGITS, 15)}",
  "intelephense.environment.phpVersion": "8.3.0",
  "php.validate.executablePath": "/opt/homebrew/bin/php"
}`);
  add('REST Client request variables and dotenv references', `@host = https://api.invoicely.example
@apiKey = {{$dotenv INVOICELY_API_KEY}}

# @name login
POST {{host}}/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id={{$processEnv INVOICELY_CLIENT_ID}}&client_secret={{$processEnv INVOICELY_CLIENT_SECRET}}

###
@token = {{login.response.body.$.access_token}}
GET {{host}}/v1/invoices
Authorization: Bearer {{token}}
X-Request-Id: {{$guid}}`);
  add('Thunder Client environment with empty secret values', `[
  {
    "_id": "${uuid(r)}",
    "name": "local",
    "default": true,
    "sortNum": 10000,
    "created": "2026-09-02T08:14:07.120Z",
    "modified": "2026-09-02T08:14:07.120Z",
    "data": [
      { "name": "baseUrl", "value": "http://localhost:3000" },
      { "name": "apiKey", "value": "" }
    ]
  }
]`);
  add('devcontainer.json forwarding a token from the host environment', `{
  "name": "payments",
  "image": "mcr.microsoft.com/devcontainers/typescript-node:1-22-bookworm",
  "remoteEnv": { "GITHUB_TOKEN": "\${localEnv:GITHUB_TOKEN}", "NPM_TOKEN": "\${localEnv:NPM_TOKEN}" },
  "mounts": ["source=\${localEnv:HOME}/.aws,target=/home/node/.aws,type=bind,readonly"]
}`);
  add('Visual Studio launchSettings.json without secrets', `{
  "profiles": {
    "Shop.Api": {
      "commandName": "Project",
      "launchBrowser": true,
      "launchUrl": "swagger",
      "applicationUrl": "https://localhost:7141;http://localhost:5141",
      "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development" }
    },
    "IIS Express": { "commandName": "IISExpress", "launchBrowser": true }
  }
}`);
  add('csproj UserSecretsId GUID', `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net9.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>${uuid(r)}</UserSecretsId>
  </PropertyGroup>
</Project>`);
  add('user secrets with placeholder client secret', `{
  "AzureAd:TenantId": "${uuid(r)}",
  "AzureAd:ClientId": "${uuid(r)}",
  "AzureAd:ClientSecret": "<your-client-secret>",
  "Stripe:SecretKey": "YOUR_STRIPE_SECRET_KEY_HERE"
}`);
  add('appsettings.Development.json with LocalDB trusted connection', `{
  "ConnectionStrings": {
    "DefaultConnection": "Server=(localdb)\\\\mssqllocaldb;Database=aspnet-Shop-${uuid(r)};Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "Logging": { "LogLevel": { "Default": "Information" } },
  "AllowedHosts": "*"
}`);
  add('appsettings.json Key Vault references', `{
  "ConnectionStrings": {
    "Default": "@Microsoft.KeyVault(SecretUri=https://kv-shop-prod.vault.azure.net/secrets/SqlConnection/)"
  },
  "SendGrid": { "ApiKey": "@Microsoft.KeyVault(VaultName=kv-shop-prod;SecretName=SendGridApiKey)" }
}`);
  add('.pubxml publish profile without the password', `<Project>
  <PropertyGroup>
    <WebPublishMethod>MSDeploy</WebPublishMethod>
    <PublishProvider>AzureWebSite</PublishProvider>
    <SiteUrlToLaunchAfterPublish>https://shop-api.azurewebsites.net</SiteUrlToLaunchAfterPublish>
    <ResourceId>/subscriptions/${uuid(r)}/resourceGroups/rg-shop/providers/Microsoft.Web/sites/shop-api</ResourceId>
    <MSDeployServiceURL>shop-api.scm.azurewebsites.net:443</MSDeployServiceURL>
    <DeployIisAppPath>shop-api</DeployIisAppPath>
    <UserName>$shop-api</UserName>
    <_SavePWD>true</_SavePWD>
  </PropertyGroup>
</Project>`);
  add('Eclipse .launch with variable reference', `<launchConfiguration type="org.eclipse.jdt.launching.localJavaApplication">
    <mapAttribute key="org.eclipse.debug.core.environmentVariables">
        <mapEntry key="DB_USER" value="ledger"/>
        <mapEntry key="DB_PASSWORD" value="\${env_var:LEDGER_DB_PASSWORD}"/>
    </mapAttribute>
    <stringAttribute key="org.eclipse.jdt.launching.MAIN_TYPE" value="com.example.ledger.Main"/>
</launchConfiguration>`);
  add('Eclipse secure_storage entry under the macOS Keychain provider (master password not in the file)', `#Equinox secure storage version 1.0
#${new Date(Date.UTC(2026, 10, 3, 9, 14, 7)).toUTCString()}
org.eclipse.equinox.security.preferences.version=1
org.eclipse.equinox.security.preferences.cipher=PBEWithHmacSHA256AndAES_256
org.eclipse.equinox.security.preferences.keyFactory=PBEWithHmacSHA256AndAES_256
/GitHub/https\\:\\\\/\\\\/github.com\\\\/acme/user=jdoe
/GitHub/https\\:\\\\/\\\\/github.com\\\\/acme/password=org.eclipse.equinox.security.osxkeystoreintegration\\t${r(B64, 24)}\\,${r(B64, 44)}`);
  add('Xcode scheme environment with build-setting references', `      <EnvironmentVariables>
         <EnvironmentVariable
            key = "API_BASE_URL"
            value = "$(API_BASE_URL)"
            isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable
            key = "SENTRY_AUTH_TOKEN"
            value = "\${SENTRY_AUTH_TOKEN}"
            isEnabled = "NO">
         </EnvironmentVariable>
      </EnvironmentVariables>`);
  add('Xcode xcconfig team id, bundle id and provisioning profile UUID', `DEVELOPMENT_TEAM = ${r(UPPER + DIGITS, 10)}
PRODUCT_BUNDLE_IDENTIFIER = com.acme.fieldapp
PROVISIONING_PROFILE_SPECIFIER = match AppStore com.acme.fieldapp
PROVISIONING_PROFILE = ${uuid(r).toUpperCase()}
CODE_SIGN_IDENTITY = Apple Distribution`);

  // --- (2) Database tools ----------------------------------------------------------------------------------
  add('DBeaver data-sources.json without credentials', `{
  "folders": {},
  "connections": {
    "postgres-jdbc-${r(HEXL, 11)}-${r(HEXL, 16)}": {
      "provider": "postgresql",
      "driver": "postgres-jdbc",
      "name": "warehouse (read-only)",
      "save-password": true,
      "read-only": true,
      "configuration": {
        "host": "pg-prod-ro.internal.example",
        "port": "5432",
        "database": "warehouse",
        "url": "jdbc:postgresql://pg-prod-ro.internal.example:5432/warehouse",
        "type": "prod",
        "auth-model": "native"
      }
    }
  }
}`);
  add('pgAdmin servers.json with PassFile path', `{
  "Servers": {
    "1": {
      "Name": "warehouse-ro",
      "Group": "Production",
      "Host": "pg-prod-ro.internal.example",
      "Port": 5432,
      "MaintenanceDB": "postgres",
      "Username": "analyst_ro",
      "PassFile": "/Users/jdoe/.pgpass",
      "SSLMode": "verify-full",
      "KerberosAuthentication": false
    }
  }
}`);
  add('~/.pgpass format comment only', '# hostname:port:database:username:password\n# one line per server; chmod 0600 ~/.pgpass\n');
  add('MySQL Workbench connections.xml without password', `<value type="object" struct-name="db.mgmt.Connection" id="${uuid(r).toUpperCase()}" struct-checksum="0x96ba47d8">
  <value type="string" key="driver">com.mysql.rdbms.mysql.driver.native</value>
  <value type="string" key="hostIdentifier">Mysql@mysql-dev.internal.example:3306</value>
  <value type="int" key="isDefault">0</value>
  <value _ptr_="0x600002b3c0a0" type="dict" key="parameterValues">
    <value type="string" key="hostName">mysql-dev.internal.example</value>
    <value type="int" key="port">3306</value>
    <value type="string" key="schema">billing</value>
    <value type="string" key="userName">billing_rw</value>
  </value>
  <value type="string" key="name">billing-dev</value>
</value>`);
  add('mysql_config_editor print with masked password', `$ mysql_config_editor print --all
[client]
user = "jdoe"
password = *****
host = "mysql-dev.internal.example"
[backup]
user = "backup"
password = *****
host = "localhost"`);
  add('TablePlus connection URL without password', 'postgresql://analyst_ro@pg-prod-ro.internal.example:5432/warehouse?statusColor=F8CB46&env=production&name=warehouse%20RO&tLSMode=3&usePrivateKey=false&safeModeLevel=0');
  add('SSMS registered server with integrated security', `<RegisteredServers:RegisteredServer>
  <RegisteredServers:Name type="string">SQLPROD01</RegisteredServers:Name>
  <RegisteredServers:ServerName type="string">sqlprod01.corp.example</RegisteredServers:ServerName>
  <RegisteredServers:UseCustomConnectionColor type="boolean">true</RegisteredServers:UseCustomConnectionColor>
  <RegisteredServers:ConnectionStringWithEncryptedPassword type="string">data source=sqlprod01.corp.example;integrated security=True;pooling=False;multipleactiveresultsets=False;connect timeout=30;encrypt=True;trustservercertificate=False;packet size=4096</RegisteredServers:ConnectionStringWithEncryptedPassword>
  <RegisteredServers:CredentialPersistenceType type="CredentialPersistenceType">PersistLoginName</RegisteredServers:CredentialPersistenceType>
</RegisteredServers:RegisteredServer>`);
  add('Robo 3T connection with empty password and SSH key path', `{
    "connectionName": "events-prod",
    "serverHost": "mongo-prod-a.internal.example",
    "serverPort": 27017,
    "credentials": [ { "databaseName": "admin", "userName": "events_admin", "userPassword": "", "enabled": true } ],
    "ssh": { "enabled": true, "host": "bastion.corp.example", "port": 22, "userName": "jdoe", "method": "publickey", "privateKeyFile": "/Users/jdoe/.ssh/id_ed25519", "askPassword": true }
}`);
  add('MongoDB Atlas connection string with <password> template', 'Connect with MongoDB Compass:\nmongodb+srv://app_rw:<password>@cluster0.ab12c.mongodb.net/\nReplace <password> with the password for the app_rw user.');
  add('MongoDB Compass local connection without auth', `{
  "_id": "${uuid(r)}",
  "favorite": { "name": "local", "color": "color1" },
  "connectionOptions": { "connectionString": "mongodb://localhost:27017/?directConnection=true" },
  "lastUsed": "2026-11-27T17:02:55.981Z"
}`);
  add('RedisInsight database entries without password', `[
  { "host": "127.0.0.1", "port": 6379, "name": "local", "username": "default", "tls": false },
  { "host": "redis-sessions.internal.example", "port": 6380, "name": "sessions-staging", "username": "default", "tls": true, "password": null }
]`);
  add('Azure Data Studio connection with Entra MFA', `{
  "datasource.connections": [
    {
      "options": {
        "server": "sql-shop-prod.database.windows.net",
        "database": "Shop",
        "authenticationType": "AzureMFA",
        "user": "jdoe@corp.example",
        "azureAccount": "${uuid(r)}.${uuid(r)}",
        "azureTenantId": "${uuid(r)}"
      },
      "groupId": "${uuid(r).toUpperCase()}",
      "providerName": "MSSQL",
      "savePassword": false,
      "id": "${uuid(r)}"
    }
  ]
}`);

  // --- (3) API clients ---------------------------------------------------------------------------------------
  add('Postman environment with vault reference and blank exported values', `{
  "id": "${uuid(r)}",
  "name": "Payments - production",
  "values": [
    { "key": "baseUrl", "value": "https://api.stripe.com/v1", "type": "default", "enabled": true },
    { "key": "stripeKey", "value": "{{vault:stripe-live-key}}", "type": "secret", "enabled": true },
    { "key": "webhookSecret", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2026-11-24T10:22:31.452Z",
  "_postman_exported_using": "Postman/11.19.0"
}`);
  add('Postman collection auth using variables and dynamic values', `{
  "info": { "_postman_id": "${uuid(r)}", "name": "Orders API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "{{accessToken}}", "type": "string" } ] },
  "variable": [ { "key": "orderId", "value": "{{$randomUUID}}" } ]
}`);
  add('Postman pre-request script reading a secret from the environment', `pm.request.headers.add({
  key: 'X-Signature',
  value: CryptoJS.HmacSHA256(pm.request.body.raw, pm.environment.get('webhookSecret')).toString()
});`);
  add('Insomnia environment with response template tags and object ids', `{
  "_id": "env_${r(HEXL, 32)}",
  "parentId": "wrk_${r(HEXL, 32)}",
  "_type": "environment",
  "name": "staging",
  "data": {
    "base_url": "https://orders.staging.acme.example",
    "token": "{% response 'body', 'req_${r(HEXL, 32)}', 'b64::JC5hY2Nlc3NfdG9rZW4=::46b', 'when-expired', 3600 %}"
  },
  "color": "#7d69cb",
  "isPrivate": false,
  "metaSortKey": ${Date.UTC(2026, 8, 2)}
}`);
  add('Bruno request with bearer auth from a variable', `get {
  url: {{baseUrl}}/crm/v3/objects/contacts
  auth: bearer
}

auth:bearer {
  token: {{hubspotToken}}
}

vars:secret [
  hubspotToken
]`);

  // --- (4) Home directory ----------------------------------------------------------------------------------
  const hashed = (): string => `|1|${bytes(r, 20).toString('base64')}|${bytes(r, 20).toString('base64')}`;
  add('~/.ssh/known_hosts lines', `github.com ${sshPub(r, 'ssh-ed25519')}
gitlab.corp.example,10.40.0.12 ${sshPub(r, 'ecdsa-sha2-nistp256')}
${hashed()} ${sshPub(r, 'ssh-ed25519')}
[bastion.corp.example]:2222 ${sshPub(r, 'ssh-rsa')}`);
  add('~/.ssh/authorized_keys with options', `${sshPub(r, 'ssh-ed25519', 'jdoe@mbp-jdoe')}
from="10.40.0.0/16",no-agent-forwarding,no-X11-forwarding ${sshPub(r, 'ssh-ed25519', 'ci-deploy')}
restrict,command="/usr/local/bin/backup-receive" ${sshPub(r, 'ssh-rsa', 'backup@nas01')}`);
  add('~/.ssh/id_ed25519.pub', `$ cat ~/.ssh/id_ed25519.pub\n${sshPub(r, 'ssh-ed25519', 'jdoe@mbp-jdoe')}`);
  add('SSH user certificate (public)', `~/.ssh/id_ed25519-cert.pub:\nssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAxQG9wZW5zc2guY29t${bytes(r, 300).toString('base64')} jdoe@mbp-jdoe`);
  add('~/.ssh/config with identity files, agents and jump hosts', `Host *
    AddKeysToAgent yes
    UseKeychain yes
    IdentityAgent "~/Library/Group Containers/2BUA8C4S2C.com.1password/t/agent.sock"

Host bastion
    HostName bastion.corp.example
    User jdoe
    IdentityFile ~/.ssh/id_ed25519
    IdentitiesOnly yes

Host db-* 
    ProxyJump bastion
    User ubuntu`);
  add('ssh-keygen fingerprint and randomart', `$ ssh-keygen -lvf ~/.ssh/id_ed25519.pub
256 ${sshFingerprint(r)} jdoe@mbp-jdoe (ED25519)
+--[ED25519 256]--+
|      .o=+*B=    |
|       +.oB*oo   |
|      . =o+B. .  |
|       o.+o.o.   |
|        S.+o..   |
|       . =.. o   |
|        o.. E    |
|       ...o .    |
|       .o+..     |
+----[SHA256]-----+`);
  add('ssh-add -l listing and host key verification prompt', `$ ssh-add -l
256 ${sshFingerprint(r)} jdoe@mbp-jdoe (ED25519)
3072 ${sshFingerprint(r)} deploy@ci (RSA)
$ ssh new-host.corp.example
The authenticity of host 'new-host.corp.example (10.40.3.7)' can't be established.
ED25519 key fingerprint is ${sshFingerprint(r)}.
Are you sure you want to continue connecting (yes/no/[fingerprint])?`);
  add('~/.aws/config SSO profiles without tokens', `[profile dev-sso]
sso_session = acme
sso_account_id = ${accountId()}
sso_role_name = DeveloperAccess
region = eu-west-1
output = json

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access`);
  add('~/.aws/config credential_process and assumed roles', `[profile prod-admin]
role_arn = arn:aws:iam::${accountId()}:role/OrganizationAccountAccessRole
source_profile = default
mfa_serial = arn:aws:iam::${accountId()}:mfa/jdoe
duration_seconds = 3600

[profile vault-backed]
credential_process = aws-vault export --format=json acme-dev
region = us-east-2`);
  add('aws configure list with masked keys', `$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************${r(AWS_ID, 4)} shared-credentials-file
secret_key     ****************${r(ALNUM, 4)} shared-credentials-file
    region                eu-west-1      config-file    ~/.aws/config`);
  add('aws sts get-caller-identity output', `{
    "UserId": "AIDA${r(AWS_ID, 17)}",
    "Account": "${accountId()}",
    "Arn": "arn:aws:iam::${accountId()}:user/jdoe"
}`);
  add('aws sso login output and cache listing', `$ aws sso login --profile dev-sso
Attempting to automatically open the SSO authorization page in your default browser.
If the browser does not open, open the following URL:

https://device.sso.eu-west-1.amazonaws.com/

Then enter the code:

${r(UPPER, 4)}-${r(UPPER, 4)}
Successfully logged into Start URL: https://acme.awsapps.com/start
$ ls ~/.aws/sso/cache
${r(HEXL, 40)}.json  ${r(HEXL, 40)}.json`);
  add('~/.aws/credentials placeholder from a README', `[default]
aws_access_key_id = <YOUR_ACCESS_KEY_ID>
aws_secret_access_key = <YOUR_SECRET_ACCESS_KEY>
region = us-east-1`);
  add('~/.azure/azureProfile.json subscriptions', `{"installationId": "${uuid(r)}", "subscriptions": [{"id": "${uuid(r)}", "name": "acme-prod", "state": "Enabled", "user": {"name": "jdoe@corp.example", "type": "user"}, "isDefault": true, "tenantId": "${uuid(r)}", "environmentName": "AzureCloud", "homeTenantId": "${uuid(r)}", "tenantDefaultDomain": "acme.onmicrosoft.com", "tenantDisplayName": "Acme", "managedByTenants": []}]}`);
  add('~/.azure/config and clouds.config', `[cloud]
name = AzureCloud

[core]
output = table
collect_telemetry = false
login_experience_v2 = off

[defaults]
group = rg-shop-dev
location = westeurope`);
  add('az account get-access-token metadata only', `$ az account get-access-token --query "{expiresOn: expiresOn, subscription: subscription, tenant: tenant, tokenType: tokenType}"
{
  "expiresOn": "2026-11-28 19:03:17.000000",
  "subscription": "${uuid(r)}",
  "tenant": "${uuid(r)}",
  "tokenType": "Bearer"
}`);
  add('gcloud configuration file', `# ~/.config/gcloud/configurations/config_default
[core]
account = jdoe@corp.example
project = acme-dev-4711
disable_usage_reporting = True

[compute]
region = europe-west1
zone = europe-west1-b`);
  add('gcloud ADC for workload identity federation (no secret inside)', `{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/${r(DIGITS, 12)}/locations/global/workloadIdentityPools/laptops/providers/okta",
  "subject_token_type": "urn:ietf:params:oauth:token-type:id_token",
  "token_url": "https://sts.googleapis.com/v1/token",
  "credential_source": { "file": "/Users/jdoe/.config/okta/id_token", "format": { "type": "text" } },
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/dev-admin@acme-dev-4711.iam.gserviceaccount.com:generateAccessToken"
}`);
  add('gcloud auth list output', `$ gcloud auth list
                   Credentialed Accounts
ACTIVE  ACCOUNT
*       jdoe@corp.example
        etl-runner@acme-data-prod.iam.gserviceaccount.com

To set the active account, run:
    $ gcloud config set account \`ACCOUNT\``);
  add('kubeconfig with aws eks exec plugin', `users:
- name: arn:aws:eks:eu-west-1:${accountId()}:cluster/prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["--region", "eu-west-1", "eks", "get-token", "--cluster-name", "prod", "--output", "json"]
      env:
      - name: AWS_PROFILE
        value: prod-admin
      interactiveMode: IfAvailable`);
  add('kubeconfig with cluster CA data and gke auth plugin', `clusters:
- cluster:
    certificate-authority-data: ${b64(pem(r, 'CERTIFICATE', 'MIIELDCCApSgAwIBAgIQ', 18))}
    server: https://34.${r('12', 1)}${r(DIGITS, 1)}.${r('12', 1)}${r(DIGITS, 1)}.${r('12', 1)}${r(DIGITS, 1)}
  name: gke_acme-dev-4711_europe-west1_dev
users:
- name: gke_acme-dev-4711_europe-west1_dev
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: gke-gcloud-auth-plugin
      provideClusterInfo: true`);
  add('kubectl config view with redacted credentials', `$ kubectl config view
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://k8s-staging.corp.example:6443
  name: staging
users:
- name: kubernetes-admin
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
- name: deployer
  user:
    token: REDACTED`);
  add('docker config.json with credential store and empty auths', `{
  "auths": {
    "https://index.docker.io/v1/": {},
    "ghcr.io": {},
    "registry.corp.example": {}
  },
  "credsStore": "desktop",
  "currentContext": "desktop-linux",
  "plugins": { "-x-cli-hints": { "enabled": "true" } }
}`);
  add('docker config.json with credential helpers', `{
  "credHelpers": {
    "${accountId()}.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login",
    "europe-west1-docker.pkg.dev": "gcloud",
    "acmeprod.azurecr.io": "acr-env"
  }
}`);
  add('gh hosts.yml with the token in the system keyring', `github.com:
    users:
        jdoe:
    git_protocol: ssh
    user: jdoe
github.corp.example:
    users:
        jane-doe:
    git_protocol: https
    user: jane-doe`);
  add('gh auth status with masked token and expiry', `$ gh auth status
github.com
  ✓ Logged in to github.com account jdoe (keyring)
  - Active account: true
  - Git operations protocol: https
  - Token: gho_************************************
  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'
github.corp.example
  ✓ Logged in to github.corp.example account jane-doe (keyring)
  - Token expires: 2026-12-28T09:14:07Z`);
  add('.gitconfig with credential helpers, signing key and SSH rewrites', `[user]
	name = Jane Doe
	email = jdoe@corp.example
	signingkey = ${r(HEXU, 16)}
[commit]
	gpgsign = true
[credential]
	helper = osxkeychain
[credential "https://dev.azure.com"]
	useHttpPath = true
	helper = manager
[url "git@github.com:"]
	insteadOf = https://github.com/
[init]
	defaultBranch = main`);
  add('.gitconfig SSH signing with allowed signers', `[gpg]
	format = ssh
[gpg "ssh"]
	program = /Applications/1Password.app/Contents/MacOS/op-ssh-sign
	allowedSignersFile = ~/.config/git/allowed_signers
[user]
	signingkey = ${sshPub(r, 'ssh-ed25519')}`);
  add('.git-credentials template with placeholders', '# format: https://USERNAME:TOKEN@HOST\nhttps://YOUR_USERNAME:YOUR_PERSONAL_ACCESS_TOKEN@github.com');
  add('~/.npmrc with environment variable', `registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=\${GITHUB_PACKAGES_TOKEN}
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}`);
  add('~/.pypirc using keyring', `[distutils]
index-servers =
    pypi
    acme

[pypi]
username = __token__

[acme]
repository = https://pypi.corp.example/simple/
username = jdoe
# password comes from: keyring get https://pypi.corp.example/simple/ jdoe`);

  // --- (5) Desktop apps ---------------------------------------------------------------------------------------
  add('Slack leveldb team, user and enterprise ids', `"teams":{"T0${r(UPPER + DIGITS, 9)}":{"id":"T0${r(UPPER + DIGITS, 9)}","name":"Acme Engineering","domain":"acme-eng","url":"https://acme-eng.slack.com/","user_id":"U0${r(UPPER + DIGITS, 9)}","enterprise_id":"E0${r(UPPER + DIGITS, 9)}","icon":{"image_68":"https://avatars.slack-edge.com/2024-03-11/${r(DIGITS, 13)}_${r(HEXL, 20)}_68.png"}}}`);
  add('Slack token redacted in a bug report', 'Slack desktop 4.41.105 logs: [11/28/26, 09:14:07:120] info: API call client.boot failed (token xoxc-***redacted***), retrying in 30s');
  add('Discord desktop settings.json and channel URL snowflakes', `{
  "BACKGROUND_COLOR": "#313338",
  "IS_MAXIMIZED": false,
  "IS_MINIMIZED": false,
  "WINDOW_BOUNDS": { "x": 230, "y": 94, "width": 1280, "height": 720 },
  "chromiumSwitches": {},
  "offloadAdmControls": true,
  "lastChannel": "https://discord.com/channels/1${r(DIGITS, 18)}/1${r(DIGITS, 18)}"
}`);
  add('Chrome passwords CSV with header and passwordless entries only', `name,url,username,password,note
portal.corp.example,https://portal.corp.example/login,jdoe@corp.example,,uses SSO
github.com,https://github.com/session,jdoe,,passkey`);
  add('Bitwarden password-protected encrypted export (key not in file)', `{
  "encrypted": true,
  "passwordProtected": true,
  "salt": "${bytes(r, 16).toString('base64')}",
  "kdfType": 0,
  "kdfIterations": 600000,
  "encKeyValidation_DO_NOT_EDIT": "2.${bytes(r, 16).toString('base64')}|${bytes(r, 48).toString('base64')}|${bytes(r, 32).toString('base64')}",
  "data": "2.${bytes(r, 16).toString('base64')}|${bytes(r, 180).toString('base64')}|${bytes(r, 32).toString('base64')}"
}`);
  add('Electron app config.json with window state and licence key', `{
  "windowBounds": { "x": 120, "y": 80, "width": 1280, "height": 860 },
  "theme": "dark",
  "licenseKey": "${Array.from({ length: 4 }, () => r(UPPER + DIGITS, 5)).join('-')}",
  "licensedTo": "Jane Doe",
  "machineId": "${r(HEXL, 64)}",
  "telemetry": false
}`);
  add('Electron safeStorage buffer in VS Code state (key in the OS keychain)', `$ sqlite3 ~/Library/Application\\ Support/Code/User/globalStorage/state.vscdb "select key, value from ItemTable where key like 'secret://%'" | head -1
secret://{"extensionId":"vscode.github-authentication","key":"github.auth"}|{"type":"Buffer","data":[118,49,48,${Array.from(bytes(r, 40)).join(',')}]}`);
  add('FileZilla sitemanager crypt password (needs the master password)', `<Server>
  <Host>sftp.partner.example</Host>
  <Port>22</Port>
  <Protocol>1</Protocol>
  <User>acme_upload</User>
  <Pass encoding="crypt" pubkey="${r(B64, 86)}">${r(B64, 60)}</Pass>
  <Logontype>1</Logontype>
  <Name>Partner SFTP</Name>
</Server>`);
  add('FileZilla site using a key file and ask-for-password', `<Server>
  <Host>ftp.corp.example</Host>
  <Port>22</Port>
  <Protocol>1</Protocol>
  <User>deploy</User>
  <Keyfile>C:\\Users\\jdoe\\.ssh\\deploy.ppk</Keyfile>
  <Logontype>5</Logontype>
  <Name>deploy</Name>
</Server>`);
  add('WinSCP.ini under a master password (encrypted with it)', `[Configuration\\Security]
UseMasterPassword=1
MasterPasswordVerifier=${r(HEXU, 88)}

[Sessions\\deploy@web02]
HostName=web02.corp.example
UserName=deploy
Password=${r(HEXU, 96)}
FSProtocol=2`);
  add('Cyberduck bookmark (password in Keychain)', `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Protocol</key>
	<string>sftp</string>
	<key>Nickname</key>
	<string>nas01</string>
	<key>UUID</key>
	<string>${uuid(r)}</string>
	<key>Hostname</key>
	<string>nas01.home.example</string>
	<key>Port</key>
	<string>22</string>
	<key>Username</key>
	<string>jdoe</string>
	<key>Path</key>
	<string>/volume1/photos</string>
</dict>
</plist>`);
  add('rclone encrypted configuration (needs the config password)', `# Encrypted rclone configuration File

RCLONE_ENCRYPT_V0:
${bytes(r, 220).toString('base64')}`);
  add('rclone.conf remotes using env auth and key files', `[s3-prod]
type = s3
provider = AWS
env_auth = true
region = eu-west-1

[nas]
type = sftp
host = nas01.home.example
user = jdoe
key_file = ~/.ssh/id_ed25519
shell_type = unix`);
  add('s3cmd .s3cfg with empty keys and IAM role', `[default]
access_key =
secret_key =
access_token =
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False`);
  add('.terraformrc credentials helper and plugin cache', `plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials_helper "vault" {
  args = ["--mount", "secret/terraform"]
}`);
  add('Vault CLI config and address settings', `# ~/.vault
token_helper = "/usr/local/bin/vault-token-keychain"

# ~/.zshrc
export VAULT_ADDR=https://vault.corp.example:8200
export VAULT_NAMESPACE=admin/platform`);
  add('vault token lookup by accessor (id not shown)', `$ vault token lookup -accessor ${r(ALNUM, 24)}
Key                 Value
---                 -----
accessor            ${r(ALNUM, 24)}
creation_time       1764330000
creation_ttl        768h
display_name        oidc-jdoe@corp.example
entity_id           ${uuid(r)}
expire_time         2026-12-30T11:40:00.123456Z
explicit_max_ttl    0s
id                  n/a
issue_time          2026-11-28T11:40:00.123456Z
policies            [default developer]
renewable           true
ttl                 767h59m12s
type                service`);
  add('ngrok.yml without an authtoken', `version: "3"
agent:
  region: eu
  web_addr: localhost:4040
tunnels:
  webhook:
    proto: http
    addr: 3000
    domain: acme-dev.ngrok.app`);
  add('1Password CLI config (no secret)', `{
  "latest_signin": "${r(UPPER + DIGITS, 26)}",
  "device": "${r(LOWER + DIGITS, 26)}",
  "accounts": [
    {
      "shorthand": "acme",
      "accountUUID": "${r(UPPER + DIGITS, 26)}",
      "url": "https://acme.1password.com",
      "email": "jdoe@corp.example",
      "userUUID": "${r(UPPER + DIGITS, 26)}"
    }
  ]
}`);
  add('1Password secret references in an env template', `# .env.tpl - rendered with: op inject -i .env.tpl -o .env
DATABASE_PASSWORD=op://Engineering/orders-staging-db/password
STRIPE_API_KEY=op://Engineering/Stripe live/credential
AWS_SECRET_ACCESS_KEY="op://Private/AWS dev/secret access key"`);
  add('1Password SSH agent config and op whoami', `# ~/.config/1Password/ssh/agent.toml
[[ssh-keys]]
vault = "Private"

[[ssh-keys]]
item = "GitHub signing key"
vault = "Engineering"

$ op whoami
URL:        https://acme.1password.com
Email:      jdoe@corp.example
User ID:    ${r(UPPER + DIGITS, 26)}
User Type:  HUMAN`);

  return out;
}
