/**
 * Blind evaluation batch W for the secret/credential detector (2026-11-28).
 *
 * Written blind by a helper on 2026-11-28: without reading the detector, its patterns, its tests, the
 * other batches (beyond the file layout of batch V and the helpers of fixtures.ts) or any notes, and
 * without running it. Batch W aims at credentials as they appear in DATA PLATFORMS, MOBILE APPS,
 * IoT / EMBEDDED devices and HOME / GAME SERVERS:
 * (1) data platforms: Airflow (AIRFLOW_CONN_* URIs and JSON, `airflow connections add / export`, fernet
 *     key), dbt profiles.yml, Hadoop core-site.xml and hive-site.xml, Kafka Connect / Debezium and the
 *     Snowflake sink connector, Flink, Trino catalogs, Snowflake / Redshift / BigQuery connections,
 *     Databricks CLI config and PATs, Looker, Metabase, Superset, Tableau, Great Expectations, Airbyte,
 *     Fivetran, MLflow;
 * (2) mobile apps: Gradle signingConfigs (Groovy and Kotlin DSL), gradle.properties, local.properties,
 *     buildConfigField and generated BuildConfig, apktool smali, jadx output, strings.xml, Info.plist,
 *     xcconfig, Swift and Dart constants, Flutter / React Native .env, Expo app.json, fastlane env
 *     (MATCH_PASSWORD, FASTLANE_PASSWORD, MATCH_GIT_BASIC_AUTHORIZATION), App Store Connect .p8 keys,
 *     the FCM legacy server key;
 * (3) IoT / embedded: Arduino / ESP32 sketches, ESPHome YAML, Tasmota commands, Mosquitto bridges and
 *     clients, Zigbee2MQTT network_key, Node-RED credentials, LoRaWAN AppKey (LMIC, ttn-lw-cli) and TTN
 *     API keys, PlatformIO, Home Assistant secrets.yaml and long-lived tokens, OctoPrint, Moonraker,
 *     OpenWrt uci, Synology web API, IP camera RTSP URLs;
 * (4) home and game servers: Minecraft, Source / CS2, Factorio, Valheim, ARK, Plex, Sonarr,
 *     Jellyfin, Pterodactyl, TeamSpeak, Discord / Telegram bots, Steam and YouTube keys in bot configs,
 *     VNC files, self-hosted Docker Compose (Vaultwarden, Nextcloud, Gitea, Immich).
 * Containers mix raw config files, chat and forum posts (German, Spanish, French, Portuguese, Italian,
 * Dutch, Polish, Russian, Japanese), issue reports, logs, shell commands and API responses.
 *
 * Counts: 94 positives, 94 negatives.
 *
 * Every key-like value is generated at run time from the seeded random source, in the vendor's shape as
 * I remember it. The file holds no literal key; the OpenAI marker is assembled from parts, and the
 * only fixed strings inside key bodies are the structural DER prefixes of PKCS#8 keys.
 *
 * Judgment calls:
 * - Where a user name and a password sit together, `secret` is the password; where an id and a secret sit
 *   together (AWS key id + secret, Fivetran key + secret, Looker client_id + client_secret, Tableau PAT
 *   name + secret, Pterodactyl Wings token_id + token), `secret` is the secret half. Where a file holds
 *   several secrets, `secret` is one of them (named in the format) and the others are left in the text.
 * - PEM private keys: `secret` is the whole block as it appears (with literal `\n` escapes inside JSON).
 *   The Snowflake connector's one-line key body is the secret without any PEM header.
 * - Zigbee2MQTT `network_key` (16 numbers) is a POSITIVE, `secret` is the bracketed list; `pan_id`,
 *   `ext_pan_id` and `network_key: GENERATE` are NEGATIVES.
 * - LoRaWAN: AppKey is a POSITIVE (as LMIC byte list: `secret` is the list inside the braces; as hex in
 *   ttn-lw-cli: the hex). DevEUI, AppEUI / JoinEUI and DevAddr are identifiers: NEGATIVES. A TTN `NNSXS.`
 *   API key is a POSITIVE.
 * - Firebase client config is public by design: the web `apiKey`, `current_key` in google-services.json
 *   and `API_KEY` in GoogleService-Info.plist are NEGATIVES (access is governed by security rules / App
 *   Check, Firebase documents these as not secret). An `AIza` key used server-side (YouTube Data API key
 *   in a Discord bot's .env) is a POSITIVE. The FCM legacy server key (`AAAA…:APA91b…`) is a POSITIVE.
 * - Other public-by-design client values are NEGATIVES: Supabase `anon` key (the `service_role` key is a
 *   POSITIVE), Stripe `pk_live_`, RevenueCat public SDK keys (`appl_`, `goog_`), a Sentry DSN (a Sentry
 *   auth token `sntrys_` is a POSITIVE), Expo / EAS projectId, App Store Connect key_id and issuer_id.
 * - A Mapbox secret `sk.` downloads token in gradle.properties is a POSITIVE.
 * - Wi-Fi PSKs, MQTT passwords, RCON / server-admin passwords and game-server join passwords are
 *   POSITIVES (they are credentials even if low stakes); an SSID alone is a NEGATIVE.
 * - A VNC file's `Password=` hex is a POSITIVE: it is DES with a fixed, published key, so it is reversible.
 *   An .rdp file's `password 51:b:` blob is DPAPI-encrypted to the user: a NEGATIVE (encrypted blob).
 * - Node-RED: decrypted flows_cred.json and `credentialSecret` are POSITIVES; the encrypted
 *   `{"$": "…"}` form is a NEGATIVE.
 * - One-way hashes are NEGATIVES: mosquitto `$7$` PBKDF2 entries, Vaultwarden's Argon2 PHC ADMIN_TOKEN,
 *   OctoPrint users.yaml SHA-512, OpenWrt /etc/shadow md5crypt, ESPHome OTA auth nonce/result digests.
 *   A plain (unhashed) Vaultwarden ADMIN_TOKEN is a POSITIVE. Encrypted Ansible Vault and SOPS blobs are
 *   NEGATIVES.
 * - Session / bearer values that log you in are POSITIVES: Metabase `X-Metabase-Session` (a UUID, found
 *   only by context), Plex `X-Plex-Token`, Jellyfin `api_key`, *arr `ApiKey` (32 hex), Home Assistant
 *   long-lived tokens, OctoPrint and Moonraker API keys. Look-alike ids are NEGATIVES: Home Assistant
 *   `device_id` (32 hex), Jellyfin item ids (32 hex), Plex MachineIdentifier, Discord snowflakes,
 *   Telegram chat ids, Minecraft player UUIDs, SteamID64s, MLflow run ids.
 * - Steam game server login tokens (GSLT, `+sv_setsteamaccount`) and the Factorio `token` are POSITIVES.
 * - `MATCH_GIT_BASIC_AUTHORIZATION` is base64 of `user:token`: a POSITIVE, `secret` is the blob.
 * - Documented defaults in documentation or example files are NEGATIVES: Nginx Proxy Manager's
 *   `changeme`, Immich's example `.env` with `DB_PASSWORD=postgres`, ARK's `CHANGEME`-style comments.
 * - Values masked by the tool that printed them are NEGATIVES: Airflow `***`, Spark `*********(redacted)`,
 *   Flink `******`, Kafka Connect `[hidden]`, Airbyte `**********`, Nextcloud
 *   `***REMOVED SENSITIVE VALUE***`, Plex `xxxxxxxxxxxxxxxxxxxx`, Sonarr `(removed)`.
 * - SHA-1 / SHA-256 signing certificate fingerprints, MACs, serial numbers, USB serial paths, bundle ids,
 *   MQTT topics, build UUIDs and checksums are NEGATIVES.
 */
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
  b64,
  positiveBatch,
  randomChars,
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** base64url of a JSON value (JWT segments, Mapbox token payloads). */
const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');
/** The marker inside OpenAI project keys, assembled from parts. */
const OPENAI_MARK = ['T3Blbk', 'FJ'].join('');
/** Base32 alphabet (TTN API keys). */
const BASE32 = `${UPPER}234567`;
/** The BCrypt-style alphabet crypt(3) hashes use. */
const CRYPT = `./${DIGITS}${UPPER}${LOWER}`;

/** An HS256 JWT with the given claims and a random signature. */
function jwt(r: R, claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}.${r(B64URL, 43)}`;
}

/** A 32-byte key in base64 (or base64url): 43 characters, the last one limited, then `=`. */
function key32(r: R, alphabet: string = B64): string {
  return `${r(alphabet, 42)}${r('AEIMQUYcgkosw048', 1)}=`;
}

/** Split a base64 body into 64-character lines. */
function lines64(body: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < body.length; i += 64) out.push(body.slice(i, i + 64));
  return out;
}

/** A PKCS#8 RSA-2048 private key body (structural DER prefix, random rest). */
function rsaBody(r: R): string {
  return `MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ${r(B64, 1572)}==`;
}

/** A PKCS#8 EC P-256 private key body as in an App Store Connect .p8 file. */
function ecBody(r: R): string {
  return `MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg${r(B64, 152)}`;
}

/** A Discord bot token: base64 of the bot's snowflake id, a timestamp part and an HMAC part. */
function discordToken(r: R): string {
  const id = `1${r('0123', 1)}${r(DIGITS, 17)}`;
  return `${Buffer.from(id, 'utf8').toString('base64').replace(/=+$/, '')}.${r(B64URL, 6)}.${r(B64URL, 38)}`;
}

/** A Telegram bot token. */
function telegramToken(r: R): string {
  return `${r('1234567', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`;
}

const WORDS = [
  'acorn',
  'basalt',
  'comet',
  'dune',
  'ember',
  'fjord',
  'glacier',
  'heron',
  'iris',
  'juniper',
  'kestrel',
  'lagoon',
  'meadow',
  'nebula',
  'otter',
  'puffin',
] as const;

export function batchWPositives(seed = 'blind-w-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  const hex = (n: number): string => r(HEXL, n);
  const HEX = (n: number): string => r(HEXU, n);
  /** A password with one symbol that is safe in quotes but not in URLs. */
  const pw = (): string => `${cap(word())}${r(DIGITS, 2)}${r('!#%*?', 1)}${r(ALNUM, 6)}`;
  /** A password with only `-`, `_`, `.` as symbols (safe in URLs, shell words and XML). */
  const netpw = (): string => `${cap(word())}${r(ALNUM, 5)}${r('-_.', 1)}${r(DIGITS, 3)}`;
  /** An alphanumeric password starting with a capital. */
  const plain = (n: number): string => `${r(UPPER, 1)}${r(ALNUM, n - 1)}`;
  /** A Wi-Fi passphrase people would actually pick. */
  const wifi = (): string => `${cap(word())}${cap(word())}${r(DIGITS, 4)}`;
  const phrase = (): string => `${word()}-${word()}-${word()}-${r(DIGITS, 2)}`;
  const akid = (): string => `AKIA${r(AWS_ID, 16)}`;
  const awsSecret = (): string => r(B64, 40);
  const dapi = (): string => `dapi${hex(32)}`;
  const iat = 1795860000 + Number(r(DIGITS, 4));
  const snowflake = (): string => `1${r('0123', 1)}${r(DIGITS, 17)}`;

  // --- (1) Data platforms -----------------------------------------------------------------------------------
  add('Airflow docker-compose AIRFLOW_CONN_ URI password', netpw(), (s) => `x-airflow-common:
  &airflow-common
  image: \${AIRFLOW_IMAGE_NAME:-apache/airflow:2.10.3}
  environment:
    &airflow-common-env
    AIRFLOW__CORE__EXECUTOR: CeleryExecutor
    AIRFLOW__CORE__LOAD_EXAMPLES: 'false'
    AIRFLOW_CONN_WAREHOUSE_PG: 'postgresql://etl_loader:${s}@warehouse.internal:5432/analytics?sslmode=require'
    AIRFLOW_CONN_SLACK_ALERTS: 'slackwebhook://hooks.slack.com'
  volumes:
    - \${AIRFLOW_PROJ_DIR:-.}/dags:/opt/airflow/dags`);
  add('airflow connections add with --conn-password', pw(), (s) => `$ airflow connections add 'snowflake_default' \\
    --conn-type 'snowflake' \\
    --conn-login 'AIRFLOW_SVC' \\
    --conn-password '${s}' \\
    --conn-schema 'RAW' \\
    --conn-extra '{"account": "xy${r(DIGITS, 5)}.eu-central-1", "warehouse": "LOAD_WH", "database": "RAW", "role": "LOADER"}'
Successfully added \`conn_id\`=snowflake_default : snowflake://AIRFLOW_SVC:******@:/RAW`);
  add('AIRFLOW_CONN_ JSON form with AWS secret key', awsSecret(), (s) => `# .env for local dev (docker compose --env-file .env up)
AIRFLOW_UID=50000
AIRFLOW_CONN_AWS_DEFAULT='{"conn_type": "aws", "login": "${akid()}", "password": "${s}", "extra": {"region_name": "eu-west-1"}}'
AIRFLOW_VAR_EXPORT_BUCKET=corp-dwh-exports`);
  add('airflow.cfg fernet_key', key32(r, B64URL), (s) => `[core]
dags_folder = /opt/airflow/dags
hostname_callable = airflow.utils.net.getfqdn
default_timezone = utc
executor = LocalExecutor
parallelism = 32
# Secret key to save connection passwords in the db
fernet_key = ${s}
load_examples = False`);
  add('dbt profiles.yml Snowflake password', pw(), (s) => `analytics:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: ab${r(DIGITS, 5)}.eu-west-1
      user: DBT_JSMITH
      password: "${s}"
      role: TRANSFORMER
      database: ANALYTICS_DEV
      warehouse: TRANSFORMING
      schema: dbt_jsmith
      threads: 8
      client_session_keep_alive: false`);
  add('dbt profiles.yml Databricks token', dapi(), (s) => `lakehouse:
  target: prod
  outputs:
    prod:
      type: databricks
      catalog: main
      schema: marts
      host: adb-${r(DIGITS, 16)}.${r(DIGITS, 1)}.azuredatabricks.net
      http_path: /sql/1.0/warehouses/${hex(16)}
      token: ${s}
      threads: 4`);
  add('Hadoop core-site.xml fs.s3a.secret.key', awsSecret(), (s) => `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>s3a://corp-datalake</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>${akid()}</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>${s}</value>
  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.eu-central-1.amazonaws.com</value>
  </property>
</configuration>`);
  add('hive-site.xml javax.jdo.option.ConnectionPassword', netpw(), (s) => `  <property>
    <name>javax.jdo.option.ConnectionURL</name>
    <value>jdbc:postgresql://metastore-db:5432/metastore</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionDriverName</name>
    <value>org.postgresql.Driver</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionUserName</name>
    <value>hive</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>${s}</value>
  </property>`);
  add('Debezium MySQL connector JSON database.password', pw(), (s) => `curl -i -X POST -H "Accept:application/json" -H "Content-Type:application/json" localhost:8083/connectors/ -d '{
  "name": "inventory-connector",
  "config": {
    "connector.class": "io.debezium.connector.mysql.MySqlConnector",
    "tasks.max": "1",
    "database.hostname": "mysql-primary.db.svc",
    "database.port": "3306",
    "database.user": "debezium",
    "database.password": "${s}",
    "database.server.id": "184054",
    "topic.prefix": "dbserver1",
    "database.include.list": "inventory",
    "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",
    "schema.history.internal.kafka.topic": "schemahistory.inventory"
  }
}'`);
  add('Snowflake Kafka connector snowflake.private.key (one-line body)', rsaBody(r), (s) => `{
  "name": "snowflake-sink-orders",
  "config": {
    "connector.class": "com.snowflake.kafka.connector.SnowflakeSinkConnector",
    "tasks.max": "4",
    "topics": "orders,order_items",
    "snowflake.url.name": "xy${r(DIGITS, 5)}.eu-central-1.snowflakecomputing.com:443",
    "snowflake.user.name": "KAFKA_CONNECTOR",
    "snowflake.private.key": "${s}",
    "snowflake.database.name": "RAW",
    "snowflake.schema.name": "KAFKA",
    "key.converter": "org.apache.kafka.connect.storage.StringConverter",
    "value.converter": "com.snowflake.kafka.connector.records.SnowflakeJsonConverter"
  }
}`);
  add('flink-conf.yaml s3.secret-key', awsSecret(), (s) => `jobmanager.rpc.address: flink-jobmanager
taskmanager.numberOfTaskSlots: 4
parallelism.default: 2
state.backend.type: rocksdb
state.checkpoints.dir: s3://corp-flink/checkpoints
s3.access-key: ${akid()}
s3.secret-key: ${s}
s3.endpoint: https://s3.eu-west-1.amazonaws.com`);
  add('Trino catalog properties connection-password', netpw(), (s) => `# etc/catalog/crm.properties
connector.name=postgresql
connection-url=jdbc:postgresql://crm-replica.internal:5432/crm
connection-user=trino_ro
connection-password=${s}
case-insensitive-name-matching=true`);
  add('Spanish Slack message with snowflake.connector.connect password', pw(), (s) => `Oye Marta, ¿me echas una mano? El notebook me da "250001: Could not connect to Snowflake backend after 2 attempt(s)". Esto es lo que tengo:

\`\`\`python
import snowflake.connector
conn = snowflake.connector.connect(
    user="MARTA_BI",
    password="${s}",
    account="zz${r(DIGITS, 5)}.west-europe.azure",
    warehouse="BI_WH",
    database="ANALYTICS",
)
\`\`\`
¿Puede ser la política de red?`);
  add('Redshift PGPASSWORD on a psql command line', netpw(), (s) => `[ec2-user@bastion ~]$ PGPASSWORD='${s}' psql -h dwh-prod.c${r(LOWER + DIGITS, 11)}.eu-west-1.redshift.amazonaws.com -p 5439 -U etl_admin -d dwh -c "select count(*) from stv_sessions;"
 count
-------
    17
(1 row)`);
  const bqKey = `-----BEGIN PRIVATE KEY-----\\n${lines64(rsaBody(r)).join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
  add('BigQuery service account JSON private_key', bqKey, (s) => `{
  "type": "service_account",
  "project_id": "corp-analytics-prod",
  "private_key_id": "${hex(40)}",
  "private_key": "${s}",
  "client_email": "looker-bq@corp-analytics-prod.iam.gserviceaccount.com",
  "client_id": "1${r(DIGITS, 20)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/looker-bq%40corp-analytics-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}`);
  add('~/.databrickscfg token', dapi(), (s) => `$ cat ~/.databrickscfg
[DEFAULT]
host  = https://adb-${r(DIGITS, 16)}.${r(DIGITS, 1)}.azuredatabricks.net
token = ${s}

[staging]
host      = https://dbc-${hex(8)}-${hex(4)}.cloud.databricks.com
auth_type = databricks-cli`);
  add('Japanese blog post with Databricks REST call', `${dapi()}-3`, (s) => `Databricks の REST API でジョブを一覧する手順をメモしておきます。トークンはユーザー設定 → 開発者 → アクセストークンで発行します。

\`\`\`bash
curl -s -H "Authorization: Bearer ${s}" \\
  https://adb-${r(DIGITS, 16)}.${r(DIGITS, 1)}.azuredatabricks.net/api/2.1/jobs/list | jq '.jobs[].settings.name'
\`\`\`

実行すると以下のようにジョブ名が返ってきます。`);
  add('looker.ini client_secret', r(ALNUM, 24), (s) => `[Looker]
# Base URL for API. Do not include /api/* in the url
base_url=https://corp.cloud.looker.com
# API client_id and client_secret
client_id=${r(ALNUM, 20)}
client_secret=${s}
verify_ssl=True
timeout=120`);
  add('Metabase docker-compose MB_DB_PASS', netpw(), (s) => `services:
  metabase:
    image: metabase/metabase:v0.51.4
    ports:
      - "3000:3000"
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabaseappdb
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: ${s}
      MB_DB_HOST: postgres
      MB_SITE_URL: https://bi.corp.example/`);
  add('Metabase session id in API call', uuid(r), (s) => `$ curl -s -X POST -H "Content-Type: application/json" https://bi.corp.example/api/session -d @login.json
{"id":"${s}"}
$ curl -s -H "X-Metabase-Session: ${s}" https://bi.corp.example/api/card/412/query/csv -o weekly.csv`);
  add('superset_config.py SECRET_KEY', `${r(B64, 42)}${r('AEIMQUYcgkosw048', 1)}`, (s) => `# superset_config.py
ROW_LIMIT = 5000
SUPERSET_WEBSERVER_PORT = 8088
# Flask App Builder configuration
# Your App secret key will be used for securely signing the session cookie
# and encrypting sensitive information on the database
SECRET_KEY = '${s}'
SQLALCHEMY_DATABASE_URI = 'postgresql://superset@superset-db:5432/superset'
WTF_CSRF_ENABLED = True`);
  add('Tableau Server Client personal access token secret', `${r(B64, 22)}==:${r(ALNUM, 32)}`, (s) => `import tableauserverclient as TSC

tableau_auth = TSC.PersonalAccessTokenAuth(
    "refresh-bot",
    "${s}",
    site_id="finance",
)
server = TSC.Server("https://tableau.corp.example", use_server_version=True)
with server.auth.sign_in(tableau_auth):
    for ds in TSC.Pager(server.datasources):
        print(ds.name)`);
  add('Great Expectations config_variables.yml connection string', netpw(), (s) => `# This config file supports variable substitution which enables: 1) keeping
# secrets out of source control & 2) environment-based configuration changes
# such as staging vs prod.
instance_id: ${uuid(r)}
my_postgres_db_yaml_creds:
  drivername: postgresql
  host: dq-replica.internal
  port: 5432
  username: ge_reader
  password: ${s}
  database: orders`);
  add('Airbyte API create source with Postgres password', pw(), (s) => `POST /api/public/v1/sources
{
  "name": "billing-postgres",
  "workspaceId": "${uuid(r)}",
  "configuration": {
    "sourceType": "postgres",
    "host": "billing-db.internal",
    "port": 5432,
    "database": "billing",
    "schemas": ["public"],
    "username": "airbyte_ro",
    "password": "${s}",
    "ssl_mode": { "mode": "require" },
    "replication_method": { "method": "CDC", "replication_slot": "airbyte_slot", "publication": "airbyte_pub" }
  }
}`);
  add('Fivetran REST API key and secret on curl -u', r(ALNUM, 32), (s) => `curl -s -u ${r(ALNUM, 16)}:${s} \\
  "https://api.fivetran.com/v1/groups/${r(LOWER, 8)}_${r(LOWER, 6)}/connectors" | jq '.data.items[] | {id, service, status: .status.setup_state}'`);
  add('MLflow tracking env with password', netpw(), (s) => `# mlflow tracking server behind nginx basic auth
export MLFLOW_TRACKING_URI=https://mlflow.ml.corp.example
export MLFLOW_TRACKING_USERNAME=trainer
export MLFLOW_TRACKING_PASSWORD=${s}
export MLFLOW_EXPERIMENT_NAME=churn-xgb
python train.py --max-depth 6 --eta 0.1`);

  // --- (2) Mobile apps ------------------------------------------------------------------------------------
  add('Android build.gradle signingConfigs storePassword', pw(), (s) => `android {
    namespace 'com.corpapps.wallet'
    compileSdk 35

    signingConfigs {
        release {
            storeFile file('../keystore/release.jks')
            storePassword '${s}'
            keyAlias 'wallet-release'
            keyPassword '${pw()}'
        }
    }
    buildTypes {
        release {
            minifyEnabled true
            signingConfig signingConfigs.release
        }
    }
}`);
  add('gradle.properties Mapbox secret downloads token', `sk.${b64url({ u: 'corpmobile', a: `cl${r(LOWER + DIGITS, 23)}` })}.${r(B64URL, 22)}`, (s) => `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
MAPBOX_DOWNLOADS_TOKEN=${s}`);
  add('local.properties with release keystore password', plain(14), (s) => `## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/dev/Library/Android/sdk
release.storeFile=/Users/dev/keys/shop-release.jks
release.storePassword=${s}
release.keyAlias=shop
release.keyPassword=${s}`);
  add('buildConfigField with Stripe secret key', `sk_live_51${r(ALNUM, 97)}`, (s) => `    defaultConfig {
        applicationId "com.corpapps.tickets"
        minSdk 26
        targetSdk 35
        versionCode 412
        versionName "4.12.0"
        buildConfigField "String", "STRIPE_SECRET_KEY", "\\"${s}\\""
        buildConfigField "String", "API_BASE_URL", "\\"https://api.tickets.example\\""
    }`);
  add('generated BuildConfig.java with Twilio auth token', hex(32), (s) => `/**
 * Automatically generated file. DO NOT MODIFY
 */
package com.corpapps.courier;

public final class BuildConfig {
  public static final boolean DEBUG = false;
  public static final String APPLICATION_ID = "com.corpapps.courier";
  public static final String BUILD_TYPE = "release";
  public static final int VERSION_CODE = 87;
  public static final String VERSION_NAME = "2.3.1";
  // Field from default config.
  public static final String TWILIO_ACCOUNT_SID = "AC${hex(32)}";
  // Field from default config.
  public static final String TWILIO_AUTH_TOKEN = "${s}";
}`);
  add('apktool smali const-string with AWS secret key', awsSecret(), (s) => `.method static constructor <clinit>()V
    .locals 1

    const-string v0, "${akid()}"

    sput-object v0, Lcom/corpapps/photos/upload/S3Config;->ACCESS_KEY:Ljava/lang/String;

    const-string v0, "${s}"

    sput-object v0, Lcom/corpapps/photos/upload/S3Config;->SECRET_KEY:Ljava/lang/String;

    return-void
.end method`);
  add('jadx decompiled class with Slack bot token', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `package com.corpapps.field.support;

import okhttp3.OkHttpClient;

/* compiled from: SupportReporter.java */
public final class C0412b {
    private static final String f1873a = "https://slack.com/api/chat.postMessage";
    private static final String f1874b = "${s}";
    private static final String f1875c = "C07FIELDOPS";
    private final OkHttpClient f1876d;
}`);
  add('Android strings.xml Twitter consumer secret', r(ALNUM, 50), (s) => `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Matchday</string>
    <string name="twitter_consumer_key">${r(ALNUM, 25)}</string>
    <string name="twitter_consumer_secret">${s}</string>
    <string name="share_title">Share this match</string>
</resources>`);
  add('Info.plist with Algolia admin key', hex(32), (s) => `	<key>CFBundleShortVersionString</key>
	<string>3.8.0</string>
	<key>AlgoliaApplicationID</key>
	<string>${r(UPPER + DIGITS, 10)}</string>
	<key>AlgoliaAdminAPIKey</key>
	<string>${s}</string>
	<key>UILaunchStoryboardName</key>
	<string>LaunchScreen</string>`);
  add('xcconfig with Sentry org auth token', `sntrys_${Buffer.from(JSON.stringify({ iat, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'corp-mobile' })).toString('base64').replace(/=+$/, '')}_${r(ALNUM, 43)}`, (s) => `// Release.xcconfig
#include "Shared.xcconfig"

SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
SENTRY_ORG = corp-mobile
SENTRY_PROJECT = ios-app
SENTRY_AUTH_TOKEN = ${s}
API_HOST = api.corp-mobile.example`);
  add('Swift constants with OpenAI key', `sk-proj-${r(B64URL, 74)}${OPENAI_MARK}${r(B64URL, 74)}`, (s) => `//
//  Constants.swift
//  StoryTime
//

import Foundation

enum Constants {
    static let openAIModel = "gpt-4o-mini"
    static let openAIKey = "${s}"
    static let maxStoryTokens = 800
}`);
  add('Flutter .env Supabase service_role key', jwt(r, { iss: 'supabase', ref: r(LOWER, 20), role: 'service_role', iat, exp: iat + 315360000 }), (s) => `# assets/.env  (loaded with flutter_dotenv)
SUPABASE_URL=https://${r(LOWER, 20)}.supabase.co
SUPABASE_SERVICE_ROLE_KEY=${s}
ONESIGNAL_APP_ID=${uuid(r)}`);
  add('Dart constant with Anthropic key', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `// lib/config/ai_config.dart
class AiConfig {
  static const String model = 'claude-3-5-haiku-latest';
  static const String apiKey = '${s}';
  static const int maxTokens = 1024;
}`);
  add('React Native .env with Stripe secret key', `sk_live_${r(ALNUM, 24)}`, (s) => `API_URL=https://api.fitclub.example
STRIPE_PUBLISHABLE_KEY=pk_live_${r(ALNUM, 24)}
STRIPE_SECRET_KEY=${s}
SENTRY_DSN=https://${hex(32)}@o${r(DIGITS, 6)}.ingest.sentry.io/${r(DIGITS, 7)}`);
  add('Expo app.json extra with OpenAI key', `sk-proj-${r(B64URL, 74)}${OPENAI_MARK}${r(B64URL, 74)}`, (s) => `{
  "expo": {
    "name": "RecipeBuddy",
    "slug": "recipe-buddy",
    "version": "1.4.0",
    "ios": { "bundleIdentifier": "com.corpapps.recipebuddy" },
    "android": { "package": "com.corpapps.recipebuddy" },
    "extra": {
      "openaiApiKey": "${s}",
      "eas": { "projectId": "${uuid(r)}" }
    }
  }
}`);
  add('fastlane .env MATCH_PASSWORD', pw(), (s) => `# fastlane/.env.default
FASTLANE_SKIP_UPDATE_CHECK=1
MATCH_GIT_URL=git@github.com:corp-mobile/certificates.git
MATCH_TYPE=appstore
MATCH_PASSWORD=${s}
FASTLANE_TEAM_ID=${r(UPPER + DIGITS, 10)}`);
  add('GitHub Actions workflow with FASTLANE_PASSWORD literal', pw(), (s) => `      - name: Upload to TestFlight
        env:
          FASTLANE_USER: ios-release@corp-mobile.example
          FASTLANE_PASSWORD: "${s}"
          FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: \${{ secrets.ASP }}
        run: bundle exec fastlane beta`);
  add('MATCH_GIT_BASIC_AUTHORIZATION base64 of user:token', Buffer.from(`ci-bot:ghp_${r(ALNUM, 36)}`).toString('base64'), (s) => `$ cat fastlane/.env.ci
MATCH_READONLY=true
MATCH_GIT_BASIC_AUTHORIZATION=${s}
MATCH_KEYCHAIN_NAME=ci.keychain`);
  const p8 = ['-----BEGIN PRIVATE KEY-----', ...lines64(ecBody(r)), '-----END PRIVATE KEY-----'].join('\n');
  add('App Store Connect AuthKey .p8 contents', p8, (s) => `$ cat ~/Downloads/AuthKey_${r(UPPER + DIGITS, 10)}.p8
${s}`);
  const p8json = ['-----BEGIN PRIVATE KEY-----', ...lines64(ecBody(r)), '-----END PRIVATE KEY-----'].join('\\n');
  add('fastlane App Store Connect API key JSON with inline key', p8json, (s) => `{
  "key_id": "${r(UPPER + DIGITS, 10)}",
  "issuer_id": "${uuid(r)}",
  "key": "${s}",
  "duration": 1200,
  "in_house": false
}`);
  add('FCM legacy server key in curl', `AAAA${r(B64URL, 7)}:APA91b${r(B64URL, 134)}`, (s) => `curl -X POST https://fcm.googleapis.com/fcm/send \\
  -H "Authorization: key=${s}" \\
  -H "Content-Type: application/json" \\
  -d '{"to": "/topics/matchday", "notification": {"title": "Kick-off!", "body": "The match has started"}}'`);

  // --- (3) IoT / embedded ---------------------------------------------------------------------------------
  add('ESP32 Arduino sketch WiFi.begin with password', wifi(), (s) => `#include <WiFi.h>
#include <PubSubClient.h>

const char* ssid = "FRITZ!Box 7590 XQ";
const char* password = "${s}";
const char* mqtt_server = "192.168.178.20";

WiFiClient espClient;
PubSubClient client(espClient);

void setup_wifi() {
  WiFi.mode(WIFI_STA);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
}`);
  add('Arduino secrets.h #define WIFI_PASS', phrase(), (s) => `// secrets.h  -- do not commit
#pragma once
#define WIFI_SSID "garage-iot"
#define WIFI_PASS "${s}"
#define MQTT_USER "weatherstation"
#define MQTT_PASS "${netpw()}"`);
  add('ESPHome api encryption key', key32(r), (s) => `esphome:
  name: living-room-sensor
  friendly_name: Living room sensor

esp32:
  board: esp32dev
  framework:
    type: arduino

logger:

api:
  encryption:
    key: "${s}"

ota:
  - platform: esphome
    password: "${hex(32)}"`);
  add('German forum post with ESPHome wifi password', wifi(), (s) => `Hallo zusammen,

mein ESP8266 (D1 mini) verbindet sich nach dem Flashen nicht mehr mit dem WLAN, er macht nur noch den Fallback-Hotspot auf. Hier meine YAML:

\`\`\`yaml
wifi:
  ssid: "Hausnetz"
  password: "${s}"
  ap:
    ssid: "Kueche-Sensor Fallback"
    password: "${plain(12)}"

captive_portal:
\`\`\`

Im Log steht "WiFi Connection failed (Auth expired)". Hat jemand eine Idee? Danke!`);
  add('Tasmota Backlog command with MqttPassword', netpw(), (s) => `12:04:17.412 CMD: Backlog MqttHost 192.168.1.10; MqttPort 1883; MqttUser tasmota; MqttPassword ${s}; Topic plug_kitchen; FullTopic %prefix%/%topic%/
12:04:17.431 RSL: RESULT = {"MqttHost":"192.168.1.10"}
12:04:17.452 RSL: RESULT = {"MqttPort":1883}
12:04:17.470 RSL: RESULT = {"MqttUser":"tasmota"}
12:04:17.489 RSL: RESULT = {"MqttPassword":"****"}`);
  add('Home Assistant rest_command calling Tasmota with password', netpw(), (s) => `rest_command:
  toggle_garage_plug:
    url: "http://192.168.1.57/cm?user=admin&password=${s}&cmnd=Power%20TOGGLE"
    method: get`);
  add('Mosquitto bridge remote_password', netpw(), (s) => `# /etc/mosquitto/conf.d/bridge.conf
connection cloud-bridge
address mqtt.corp-iot.example:8883
remote_username gw-garage-01
remote_password ${s}
remote_clientid gw-garage-01
topic sensors/# out 1 home/ garage/
bridge_cafile /etc/mosquitto/certs/ca.crt
bridge_insecure false`);
  add('Russian forum question with mosquitto_pub -P', netpw(), (s) => `Подскажите, почему не подключается к брокеру? Делаю так:

mosquitto_pub -h 192.168.0.20 -p 1883 -u dom -P '${s}' -t 'home/kitchen/light/set' -m ON

и получаю "Connection error: Connection Refused: not authorised." Пользователь в passwd есть, брокер перезапускал.`);
  const zkey = Array.from({ length: 16 }, () => String(parseInt(hex(2), 16)));
  add('Zigbee2MQTT configuration.yaml network_key', `[${zkey.join(', ')}]`, (s) => `homeassistant:
  enabled: true
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://192.168.1.10
  user: z2m
  password: ${netpw()}
serial:
  port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_${hex(32)}-if00-port0
  adapter: zstack
advanced:
  network_key: ${s}
  pan_id: ${Number(r(DIGITS, 4)) + 1000}
  channel: 15
frontend:
  enabled: true`);
  add('Node-RED flows_cred.json after decryption', netpw(), (s) => `$ node decrypt-creds.js ~/.node-red
{
    "${hex(16)}": {
        "user": "nodered",
        "password": "${s}"
    },
    "${hex(16)}": {
        "token": "${telegramToken(r)}"
    }
}`);
  add('Node-RED settings.js credentialSecret', plain(22), (s) => `module.exports = {
    flowFile: 'flows.json',
    // By default, credentials are encrypted in storage using a generated key. To
    // specify your own secret, set the following property.
    credentialSecret: "${s}",
    flowFilePretty: true,
    uiPort: process.env.PORT || 1880,
}`);
  const appkey = Array.from({ length: 16 }, () => `0x${HEX(2)}`).join(', ');
  add('Arduino LMIC sketch APPKEY byte array', appkey, (s) => `// This EUI must be in little-endian format, so least-significant-byte
// first. When copying an EUI from ttnctl output, this means to reverse
// the bytes.
static const u1_t PROGMEM APPEUI[8] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}

static const u1_t PROGMEM DEVEUI[8] = { 0x${HEX(2)}, 0x${HEX(2)}, 0x${HEX(2)}, 0xD0, 0x7E, 0xD5, 0xB3, 0x70 };
void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8);}

// This key should be in big endian format (or, since it is not really a
// number but a block of memory, endianness does not really apply).
static const u1_t PROGMEM APPKEY[16] = { ${s} };
void os_getDevKey (u1_t* buf) {  memcpy_P(buf, APPKEY, 16);}`);
  add('ttn-lw-cli end-device create with app-key', HEX(32), (s) => `$ ttn-lw-cli end-devices create garden-sensors soil-07 \\
  --dev-eui 70B3D57ED005${HEX(4)} \\
  --join-eui 0000000000000000 \\
  --frequency-plan-id EU_863_870_TTN \\
  --root-keys.app-key.key ${s} \\
  --lorawan-version 1.0.3 \\
  --lorawan-phy-version 1.0.3-a`);
  add('TTN API key in storage integration curl', `NNSXS.${r(BASE32, 39)}.${r(BASE32, 52)}`, (s) => `curl -G "https://eu1.cloud.thethings.network/api/v3/as/applications/garden-sensors/packages/storage/uplink_message" \\
  -H "Authorization: Bearer ${s}" \\
  -H "Accept: text/event-stream" \\
  -d "limit=10" \\
  -d "after=2026-11-27T00:00:00Z"`);
  add('platformio.ini espota --auth', netpw(), (s) => `[env:esp32dev_ota]
platform = espressif32
board = esp32dev
framework = arduino
monitor_speed = 115200
upload_protocol = espota
upload_port = 192.168.1.77
upload_flags =
    --port=3232
    --auth=${s}
lib_deps =
    knolleary/PubSubClient@^2.8`);
  add('Home Assistant secrets.yaml mqtt_password', pw(), (s) => `# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
home_latitude: 52.3731
home_longitude: 4.8922
mqtt_user: homeassistant
mqtt_password: "${s}"
influx_bucket: ha`);
  add('Dutch forum post with Home Assistant long-lived token', jwt(r, { iss: hex(32), iat, exp: iat + 315360000 }), (s) => `Hoi allemaal, mijn REST-sensor geeft steeds 401 Unauthorized. Als ik het met curl test gaat het wél goed:

curl -H "Authorization: Bearer ${s}" -H "Content-Type: application/json" http://homeassistant.local:8123/api/states/sensor.p1_meter_power

Wat doe ik verkeerd in configuration.yaml?`);
  add('OctoPrint API key in upload curl', HEX(32), (s) => `curl -k -H "X-Api-Key: ${s}" \\
  -F "select=true" -F "print=false" \\
  -F "file=@benchy_0.2mm_PLA_MK4.gcode" \\
  http://octopi.local/api/files/local`);
  add('Moonraker moonraker.conf mqtt password', netpw(), (s) => `[mqtt]
address: 192.168.1.10
port: 1883
username: klipper
password: ${s}
enable_moonraker_api: True
status_objects:
    webhooks
    print_stats=filename,state`);
  add('Italian forum post with OpenWrt wireless key', wifi(), (s) => `Ciao a tutti, dopo l'aggiornamento a 23.05 la rete 5GHz non parte più. Ecco il mio /etc/config/wireless:

config wifi-iface 'default_radio1'
	option device 'radio1'
	option network 'lan'
	option mode 'ap'
	option ssid 'Casa-Rossi-5G'
	option encryption 'psk2+ccmp'
	option key '${s}'

Qualcuno ha idea? Grazie!`);
  add('OpenWrt uci PPPoE password', netpw(), (s) => `root@OpenWrt:~# uci set network.wan.proto='pppoe'
root@OpenWrt:~# uci set network.wan.username='${r(DIGITS, 12)}@provider-dsl.example'
root@OpenWrt:~# uci set network.wan.password='${s}'
root@OpenWrt:~# uci commit network && /etc/init.d/network restart`);
  add('Synology web API login URL with passwd in debug log', netpw(), (s) => `2026-11-28 09:14:07.118 DEBUG (MainThread) [synology_dsm.synology_dsm] Request url: https://nas.local:5001/webapi/entry.cgi?api=SYNO.API.Auth&version=6&method=login&account=hass&passwd=${s}&session=HomeAssistant&format=sid&enable_device_token=yes
2026-11-28 09:14:07.402 DEBUG (MainThread) [synology_dsm.synology_dsm] Response status_code: 200`);
  add('Spanish chat with Frigate RTSP URL credentials', netpw(), (s) => `oye, ¿me ayudas? Frigate no coge la cámara del garaje, te pego la config:

cameras:
  garaje:
    ffmpeg:
      inputs:
        - path: rtsp://admin:${s}@192.168.1.64:554/Streaming/Channels/101
          roles:
            - detect
            - record
    detect:
      width: 1280
      height: 720

en los logs sale "Connection refused" cada 10 segundos`);
  // --- (4) Home and game servers -------------------------------------------------------------------------------
  add('Minecraft server.properties rcon.password', plain(16), (s) => `#Minecraft server properties
#Sat Nov 28 09:14:07 UTC 2026
enable-jmx-monitoring=false
rcon.port=25575
level-seed=
gamemode=survival
enable-command-block=false
enable-query=false
level-name=world
motd=\\u00A76Corp Survival \\u00A77| 1.21
query.port=25565
pvp=true
difficulty=hard
max-players=20
online-mode=true
allow-flight=false
broadcast-rcon-to-ops=true
view-distance=10
server-port=25565
enable-rcon=true
op-permission-level=4
rcon.password=${s}
white-list=true
spawn-protection=16`);
  add('French chat with mcrcon password', plain(14), (s) => `Salut, j'arrive pas à me connecter en RCON depuis mon VPS, ça timeout direct :

mcrcon -H 203.0.113.42 -P 25575 -p ${s} "list"

Le port 25575 est bien ouvert dans le pare-feu OVH pourtant. Une idée ?`);
  add('srcds server.cfg rcon_password', netpw(), (s) => `// server.cfg
hostname "[EU] Dust2 Only | 128 tick | corp-gaming.example"
rcon_password "${s}"
sv_password ""
sv_cheats 0
sv_lan 0
sv_region 3
mp_autoteambalance 1
exec banned_user.cfg`);
  add('CS2 dedicated launch line with GSLT', HEX(32), (s) => `./game/bin/linuxsteamrt64/cs2 -dedicated -usercon -console +game_type 0 +game_mode 1 +mapgroup mg_active +map de_inferno -maxplayers 12 -port 27015 +sv_setsteamaccount ${s}`);
  add('Factorio server-settings.json token', hex(30), (s) => `{
  "name": "Weekend Megabase",
  "description": "Vanilla, 1 SPM goal, friendly people",
  "tags": ["vanilla", "coop", "eu"],
  "max_players": 12,
  "visibility": { "public": true, "lan": true },
  "username": "corpgamer",
  "password": "",
  "token": "${s}",
  "game_password": "",
  "require_user_verification": true,
  "max_upload_in_kilobytes_per_second": 0,
  "autosave_interval": 10,
  "autosave_slots": 5,
  "auto_pause": true,
  "only_admins_can_pause_the_game": true
}`);
  add('Polish forum post with Valheim -password', plain(10), (s) => `Cześć, serwer nie pojawia się na liście w grze, a przez IP też nie mogę wejść. Mój start_server.sh:

export templdpath=$LD_LIBRARY_PATH
export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH
export SteamAppId=892970

./valheim_server.x86_64 -name "Wikingowie PL" -port 2456 -world "Midgard" -password "${s}" -crossplay

export LD_LIBRARY_PATH=$templdpath

Porty 2456-2458 UDP przekierowane na routerze. Co robię źle?`);
  add('ARK GameUserSettings.ini ServerAdminPassword', plain(12), (s) => `[ServerSettings]
ServerPassword=
ServerAdminPassword=${s}
RCONEnabled=True
RCONPort=27020
DifficultyOffset=1.000000
AllowThirdPersonPlayer=True
ShowMapPlayerLocation=True
XPMultiplier=2.000000

[SessionSettings]
SessionName=Corp ARK | x2 | PvE`);
  const plexTok = (): string => r(`${ALNUM}-_`, 20);
  add('Portuguese forum post with X-Plex-Token URL', plexTok(), (s) => `Pessoal, alguém sabe por que o Tautulli não conecta no servidor? Testei no navegador e funciona:

http://192.168.0.15:32400/library/sections?X-Plex-Token=${s}

Mas no Tautulli dá "Unable to connect to Plex Media Server". Uso Docker no Unraid.`);
  add('Plex Preferences.xml PlexOnlineToken', plexTok(), (s) => `<?xml version="1.0" encoding="utf-8"?>
<Preferences OldestPreviousVersion="1.41.1.9057" MachineIdentifier="${uuid(r)}" ProcessedMachineIdentifier="${hex(40)}" AnonymousMachineIdentifier="${uuid(r)}" MetricsEpoch="1" AcceptedEULA="1" FriendlyName="plex-nas" PublishServerOnPlexOnlineKey="1" PlexOnlineHome="1" PlexOnlineUsername="kinoabend" PlexOnlineMail="kino@example.org" PlexOnlineToken="${s}" TranscoderTempDirectory="/transcode" ManualPortMappingMode="1" ManualPortMappingPort="32400"/>`);
  add('Sonarr config.xml ApiKey', hex(32), (s) => `<Config>
  <BindAddress>*</BindAddress>
  <Port>8989</Port>
  <SslPort>9898</SslPort>
  <EnableSsl>False</EnableSsl>
  <LaunchBrowser>True</LaunchBrowser>
  <ApiKey>${s}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <AuthenticationRequired>Enabled</AuthenticationRequired>
  <Branch>main</Branch>
  <LogLevel>info</LogLevel>
  <UrlBase></UrlBase>
  <InstanceName>Sonarr</InstanceName>
</Config>`);
  add('Jellyfin api_key in Kodi sync log', hex(32), (s) => `2026-11-28 09:14:07.118 T:4112    info <general>: JELLYFIN.jellyfin.http -> INFO::jellyfin_kodi/jellyfin/http.py:165 --->[ http ] https://jellyfin.home.example:8920/Users/${hex(32)}/Items?api_key=${s}&Recursive=true&IncludeItemTypes=Movie&Fields=Etag`);
  add('Pterodactyl Wings config.yml token', r(ALNUM, 64), (s) => `debug: false
uuid: ${uuid(r)}
token_id: ${r(ALNUM, 16)}
token: ${s}
api:
  host: 0.0.0.0
  port: 8080
  ssl:
    enabled: true
    cert: /etc/letsencrypt/live/node1.example.net/fullchain.pem
    key: /etc/letsencrypt/live/node1.example.net/privkey.pem
  upload_limit: 100
system:
  data: /var/lib/pterodactyl/volumes
  sftp:
    bind_port: 2022
allowed_mounts: []
remote: 'https://panel.example.net'`);
  add('Pterodactyl application API key in curl', `ptla_${r(ALNUM, 43)}`, (s) => `curl "https://panel.example.net/api/application/servers?per_page=50" \\
  -H "Accept: application/json" \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer ${s}"`);
  add('TeamSpeak first start serveradmin password', plain(8), (s) => `teamspeak_1  | ------------------------------------------------------------------
teamspeak_1  |                       I M P O R T A N T
teamspeak_1  | ------------------------------------------------------------------
teamspeak_1  |                Server Query Admin Account created
teamspeak_1  |          loginname= "serveradmin", password= "${s}"
teamspeak_1  |          apikey= "${r(ALNUM + '-', 40)}"
teamspeak_1  | ------------------------------------------------------------------`);
  add('discord.js config.json bot token', discordToken(r), (s) => `{
  "token": "${s}",
  "clientId": "${snowflake()}",
  "guildId": "${snowflake()}",
  "prefix": "!",
  "minecraftServer": "mc.corp-gaming.example:25565"
}`);
  add('python-telegram-bot script with token', telegramToken(r), (s) => `from telegram.ext import ApplicationBuilder, CommandHandler

async def status(update, context):
    await update.message.reply_text("Valheim server is up: 3/10 players")

app = ApplicationBuilder().token("${s}").build()
app.add_handler(CommandHandler("status", status))
app.run_polling()`);
  add('Steam Web API key in Discord bot .env', HEX(32), (s) => `DISCORD_TOKEN_FILE=/run/secrets/discord_token
STEAM_API_KEY=${s}
STEAM_GROUP_ID=${'103582791'}${r(DIGITS, 9)}
LOG_LEVEL=info`);
  add('YouTube Data API key in music bot .env (server side)', `AIza${r(B64URL, 35)}`, (s) => `# music bot
PREFIX=?
YOUTUBE_API_KEY=${s}
DEFAULT_VOLUME=40
MAX_QUEUE=200`);
  add('Discord webhook in Minecraft backup script', `https://discord.com/api/webhooks/${r(DIGITS, 19)}/${r(B64URL, 68)}`, (s) => `#!/bin/bash
# nightly backup of the world folder
WEBHOOK="${s}"
tar czf /backups/world-$(date +%F).tar.gz -C /srv/minecraft world
curl -s -H "Content-Type: application/json" -d "{\\"content\\": \\"Backup done: $(du -h /backups/world-$(date +%F).tar.gz | cut -f1)\\"}" "$WEBHOOK"`);
  add('TightVNC .vnc file obfuscated password', hex(16), (s) => `[connection]
host=192.168.1.30
port=5900
password=${s}
[options]
use_encoding_1=1
copyrect=1
viewonly=0
fullscreen=0
8bit=0
shared=1`);
  add('Vaultwarden docker-compose plain ADMIN_TOKEN', r(B64, 64), (s) => `services:
  vaultwarden:
    image: vaultwarden/server:latest
    container_name: vaultwarden
    restart: unless-stopped
    environment:
      DOMAIN: "https://vault.home.example"
      SIGNUPS_ALLOWED: "false"
      ADMIN_TOKEN: "${s}"
    volumes:
      - ./vw-data/:/data/
    ports:
      - 127.0.0.1:8081:80`);
  add('Nextcloud docker-compose NEXTCLOUD_ADMIN_PASSWORD', netpw(), (s) => `services:
  db:
    image: mariadb:10.11
    command: --transaction-isolation=READ-COMMITTED --log-bin=binlog --binlog-format=ROW
    environment:
      - MYSQL_ROOT_PASSWORD=${netpw()}
      - MYSQL_PASSWORD=${netpw()}
      - MYSQL_DATABASE=nextcloud
      - MYSQL_USER=nextcloud
  app:
    image: nextcloud:30
    environment:
      - MYSQL_HOST=db
      - NEXTCLOUD_ADMIN_USER=admin
      - NEXTCLOUD_ADMIN_PASSWORD=${s}
      - NEXTCLOUD_TRUSTED_DOMAINS=cloud.home.example`);
  add('Gitea env INTERNAL_TOKEN', jwt(r, { nbf: iat }), (s) => `    environment:
      - USER_UID=1000
      - USER_GID=1000
      - GITEA__database__DB_TYPE=postgres
      - GITEA__database__HOST=db:5432
      - GITEA__security__INSTALL_LOCK=true
      - GITEA__security__INTERNAL_TOKEN=${s}`);
  add('Immich .env DB_PASSWORD', r(ALNUM, 24), (s) => `UPLOAD_LOCATION=/mnt/tank/immich/library
DB_DATA_LOCATION=/mnt/tank/immich/postgres
TZ=Europe/Berlin
IMMICH_VERSION=release
DB_PASSWORD=${s}
DB_USERNAME=postgres
DB_DATABASE_NAME=immich`);

  return out;
}

export function batchWNegatives(seed = 'blind-w-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const HEX = (n: number): string => r(HEXU, n);
  const mac = (): string => Array.from({ length: 6 }, () => HEX(2)).join(':');
  const colonHex = (bytes: number): string => Array.from({ length: bytes }, () => HEX(2)).join(':');
  const snowflake = (): string => `1${r('0123', 1)}${r(DIGITS, 17)}`;

  // --- (1) Data platforms -----------------------------------------------------------------------------------
  add('AIRFLOW_CONN_ URI with env reference', `environment:
  AIRFLOW_CONN_WAREHOUSE_PG: "postgresql://etl_loader:\${WAREHOUSE_PG_PASSWORD}@warehouse.internal:5432/analytics"
  AIRFLOW__CORE__FERNET_KEY: "\${AIRFLOW_FERNET_KEY}"`);
  add('Airflow task log with masked password', `[2026-11-28, 09:14:07 UTC] {base.py:84} INFO - Retrieving connection 'warehouse_pg'
[2026-11-28, 09:14:07 UTC] {sql.py:509} INFO - Running statement: COPY staging.orders FROM 's3://corp-dwh/orders/2026-11-27/' CREDENTIALS 'aws_access_key_id=***;aws_secret_access_key=***' CSV, parameters: None
[2026-11-28, 09:14:09 UTC] {taskinstance.py:340} INFO - Marking task as SUCCESS. dag_id=orders_daily, task_id=copy_orders, run_id=scheduled__2026-11-27T00:00:00+00:00`);
  add('airflow connections get output with masked password', `$ airflow connections get warehouse_pg -o yaml
- conn_id: warehouse_pg
  conn_type: postgres
  description: ''
  extra_dejson: {}
  get_uri: postgres://etl_loader:***@warehouse.internal:5432/analytics
  host: warehouse.internal
  id: '12'
  is_encrypted: 'True'
  is_extra_encrypted: 'False'
  login: etl_loader
  password: '***'
  port: '5432'
  schema: analytics`);
  add('Airflow DAG using Jinja connection template', `load = BashOperator(
    task_id="load_orders",
    bash_command="PGPASSWORD='{{ conn.warehouse_pg.password }}' psql -h {{ conn.warehouse_pg.host }} -U {{ conn.warehouse_pg.login }} -f /opt/sql/load_orders.sql",
)`);
  add('dbt profiles.yml with env_var', `analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      role: TRANSFORMER
      warehouse: TRANSFORMING
      database: ANALYTICS
      schema: marts
      threads: 8`);
  add('core-site.xml with credential provider and instance profile', `<configuration>
  <property>
    <name>fs.s3a.aws.credentials.provider</name>
    <value>com.amazonaws.auth.InstanceProfileCredentialsProvider</value>
  </property>
  <property>
    <name>hadoop.security.credential.provider.path</name>
    <value>jceks://hdfs@nn1.corp.local:8020/user/etl/s3.jceks</value>
  </property>
</configuration>`);
  add('hive-site.xml placeholder password', `  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>YOUR_METASTORE_DB_PASSWORD</value>
    <description>password to use against metastore database</description>
  </property>`);
  add('Kafka Connect connector with FileConfigProvider reference', `{
  "name": "inventory-connector",
  "config": {
    "connector.class": "io.debezium.connector.mysql.MySqlConnector",
    "database.hostname": "mysql-primary.db.svc",
    "database.user": "\${file:/opt/kafka/external-secrets/mysql.properties:user}",
    "database.password": "\${file:/opt/kafka/external-secrets/mysql.properties:password}",
    "topic.prefix": "dbserver1"
  }
}`);
  add('Kafka Connect REST config with hidden password', `$ curl -s localhost:8083/connectors/inventory-connector/config | jq .
{
  "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
  "database.dbname": "inventory",
  "database.hostname": "pg-primary",
  "database.password": "[hidden]",
  "database.user": "debezium",
  "name": "inventory-connector",
  "slot.name": "debezium_inventory"
}`);
  add('Spark environment tab with redacted values', `spark.app.id\tapp-20261128091407-0412
spark.hadoop.fs.s3a.access.key\t*********(redacted)
spark.hadoop.fs.s3a.secret.key\t*********(redacted)
spark.executor.memory\t8g
spark.sql.shuffle.partitions\t400`);
  add('Flink log masking s3.secret-key', `2026-11-28 09:14:07,118 INFO  org.apache.flink.configuration.GlobalConfiguration           [] - Loading configuration property: s3.access-key, ******
2026-11-28 09:14:07,118 INFO  org.apache.flink.configuration.GlobalConfiguration           [] - Loading configuration property: s3.secret-key, ******
2026-11-28 09:14:07,119 INFO  org.apache.flink.configuration.GlobalConfiguration           [] - Loading configuration property: state.checkpoints.dir, s3://corp-flink/checkpoints`);
  add('Trino catalog with ENV reference', `connector.name=postgresql
connection-url=jdbc:postgresql://crm-replica.internal:5432/crm
connection-user=trino_ro
connection-password=\${ENV:CRM_PG_PASSWORD}`);
  add('BigQuery client setup with ADC path and ids', `export GOOGLE_APPLICATION_CREDENTIALS=/var/run/secrets/gcp/sa.json
$ gcloud auth list
       Credentialed Accounts
ACTIVE  ACCOUNT
*       looker-bq@corp-analytics-prod.iam.gserviceaccount.com
$ bq ls --project_id=corp-analytics-prod
  datasetId
 -----------
  marts
  raw_events`);
  add('Databricks CLI profile using OAuth', `[DEFAULT]
host      = https://adb-${r(DIGITS, 16)}.${r(DIGITS, 1)}.azuredatabricks.net
auth_type = databricks-cli

[prod]
host      = https://dbc-${hex(8)}-${hex(4)}.cloud.databricks.com
auth_type = azure-cli`);
  add('Databricks notebook with redacted secret output', `password = dbutils.secrets.get(scope="warehouse", key="pg-password")
print(password)

[REDACTED]

$ databricks secrets list-secrets warehouse
Key           Last Updated
pg-password   1764320047000
s3-role-arn   1764320112000`);
  add('Superset config reading SECRET_KEY from env', `import os
SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]
SQLALCHEMY_DATABASE_URI = os.environ.get("SUPERSET_DB_URI", "sqlite:////app/superset_home/superset.db")`);
  add('Metabase docs snippet with placeholders', `docker run -d -p 3000:3000 \\
  -e "MB_DB_TYPE=postgres" \\
  -e "MB_DB_DBNAME=metabaseappdb" \\
  -e "MB_DB_PORT=5432" \\
  -e "MB_DB_USER=<username>" \\
  -e "MB_DB_PASS=<password>" \\
  -e "MB_DB_HOST=my-database-host" \\
   --name metabase metabase/metabase`);
  add('looker.ini template with placeholders', `[Looker]
base_url=https://<your_looker_endpoint>:19999
client_id=YourClientID
client_secret=YourClientSecret
verify_ssl=True`);
  add('Great Expectations datasource with env substitution', `datasources:
  orders_pg:
    class_name: Datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      connection_string: postgresql+psycopg2://ge_reader:\${GE_PG_PASSWORD}@dq-replica.internal:5432/orders`);
  add('Airbyte API response with masked password', `{
  "sourceId": "${uuid(r)}",
  "name": "billing-postgres",
  "sourceType": "postgres",
  "workspaceId": "${uuid(r)}",
  "configuration": {
    "host": "billing-db.internal",
    "port": 5432,
    "database": "billing",
    "username": "airbyte_ro",
    "password": "**********",
    "ssl_mode": { "mode": "require" }
  }
}`);
  add('MLflow run ids and artifact URI', `2026/11/28 09:14:07 INFO mlflow.tracking._tracking_service.client: 🏃 View run bold-heron-412 at: https://mlflow.ml.corp.example/#/experiments/17/runs/${hex(32)}
2026/11/28 09:14:07 INFO mlflow.tracking._tracking_service.client: 🧪 View experiment at: https://mlflow.ml.corp.example/#/experiments/17
artifact_uri: s3://corp-mlflow/17/${hex(32)}/artifacts`);
  // --- (2) Mobile apps ------------------------------------------------------------------------------------
  add('signingConfigs reading key.properties', `def keystoreProperties = new Properties()
def keystorePropertiesFile = rootProject.file('key.properties')
if (keystorePropertiesFile.exists()) {
    keystoreProperties.load(new FileInputStream(keystorePropertiesFile))
}

android {
    signingConfigs {
        release {
            keyAlias keystoreProperties['keyAlias']
            keyPassword keystoreProperties['keyPassword']
            storeFile keystoreProperties['storeFile'] ? file(keystoreProperties['storeFile']) : null
            storePassword keystoreProperties['storePassword']
        }
    }
}`);
  add('build.gradle.kts signingConfigs from environment', `signingConfigs {
    create("release") {
        storeFile = file(System.getenv("ANDROID_KEYSTORE_PATH") ?: "release.jks")
        storePassword = System.getenv("ANDROID_KEYSTORE_PASSWORD")
        keyAlias = System.getenv("ANDROID_KEY_ALIAS")
        keyPassword = System.getenv("ANDROID_KEY_PASSWORD")
    }
}`);
  add('local.properties with only sdk paths', `## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#Sat Nov 28 09:14:07 CET 2026
sdk.dir=/home/dev/Android/Sdk
flutter.sdk=/home/dev/flutter
flutter.buildMode=release
flutter.versionName=2.3.1
flutter.versionCode=87`);
  add('Firebase web config apiKey (public by design)', `// Import the functions you need from the SDKs you need
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "AIza${r(B64URL, 35)}",
  authDomain: "matchday-${r(LOWER + DIGITS, 5)}.firebaseapp.com",
  projectId: "matchday-${r(LOWER + DIGITS, 5)}",
  storageBucket: "matchday-${r(LOWER + DIGITS, 5)}.appspot.com",
  messagingSenderId: "${r(DIGITS, 12)}",
  appId: "1:${r(DIGITS, 12)}:web:${hex(22)}",
  measurementId: "G-${r(UPPER + DIGITS, 10)}"
};

const app = initializeApp(firebaseConfig);`);
  add('google-services.json (Firebase client config)', `{
  "project_info": {
    "project_number": "${r(DIGITS, 12)}",
    "project_id": "matchday-app",
    "storage_bucket": "matchday-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:${r(DIGITS, 12)}:android:${hex(22)}",
        "android_client_info": { "package_name": "com.corpapps.matchday" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "AIza${r(B64URL, 35)}" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}`);
  add('GoogleService-Info.plist (Firebase client config)', `<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>AIza${r(B64URL, 35)}</string>
	<key>GCM_SENDER_ID</key>
	<string>${r(DIGITS, 12)}</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.corpapps.matchday</string>
	<key>PROJECT_ID</key>
	<string>matchday-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:${r(DIGITS, 12)}:ios:${hex(22)}</string>
</dict>
</plist>`);
  add('Info.plist with build setting references', `	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>APIKey</key>
	<string>$(API_KEY)</string>
	<key>NSCameraUsageDescription</key>
	<string>Scan tickets at the entrance</string>
	<key>CFBundleURLTypes</key>
	<array><dict><key>CFBundleURLSchemes</key><array><string>corptickets</string></array></dict></array>`);
  add('xcconfig including an untracked secrets file', `// Shared.xcconfig
#include? "Secrets.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = com.corpapps.storytime
MARKETING_VERSION = 3.8.0
CURRENT_PROJECT_VERSION = 412
DEVELOPMENT_TEAM = ${r(UPPER + DIGITS, 10)}
API_KEY = $(inherited)`);
  add('Flutter dart-define with env reference', `$ flutter build apk --release --dart-define=API_KEY=$API_KEY --dart-define=FLAVOR=prod

// lib/env.dart
const apiKey = String.fromEnvironment('API_KEY');
const flavor = String.fromEnvironment('FLAVOR', defaultValue: 'dev');`);
  add('React Native .env.example with placeholders', `# Copy to .env and fill in
API_URL=https://api.fitclub.example
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_your_key_here
GOOGLE_MAPS_API_KEY=YOUR_API_KEY`);
  add('Flutter .env with Supabase anon key (public by design)', `SUPABASE_URL=https://${r(LOWER, 20)}.supabase.co
SUPABASE_ANON_KEY=${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iss: 'supabase', ref: r(LOWER, 20), role: 'anon', iat: 1764320047, exp: 2079896047 })}.${r(B64URL, 43)}`);
  add('RevenueCat public SDK keys and Stripe publishable key', `// Purchases.configure: these are the PUBLIC app-specific keys
const REVENUECAT_IOS_KEY = 'appl_${r(ALNUM, 27)}';
const REVENUECAT_ANDROID_KEY = 'goog_${r(ALNUM, 27)}';
const STRIPE_PUBLISHABLE_KEY = 'pk_live_51${r(ALNUM, 97)}';`);
  add('Sentry DSN in React Native init (public by design)', `Sentry.init({
  dsn: "https://${hex(32)}@o${r(DIGITS, 6)}.ingest.de.sentry.io/${r(DIGITS, 16)}",
  tracesSampleRate: 0.2,
  release: "com.corpapps.fitclub@2.3.1+87",
  dist: "87",
});`);
  add('Expo app.json with bundle ids and EAS projectId', `{
  "expo": {
    "name": "RecipeBuddy",
    "slug": "recipe-buddy",
    "owner": "corpapps",
    "ios": { "bundleIdentifier": "com.corpapps.recipebuddy", "buildNumber": "87" },
    "android": { "package": "com.corpapps.recipebuddy", "versionCode": 87 },
    "updates": { "url": "https://u.expo.dev/${uuid(r)}" },
    "runtimeVersion": { "policy": "appVersion" },
    "extra": { "eas": { "projectId": "${uuid(r)}" } }
  }
}`);
  add('Fastfile with ENV references and Appfile ids', `# Appfile
app_identifier("com.corpapps.wallet")
apple_id("ios-release@corp-mobile.example")
itc_team_id("${r(DIGITS, 9)}")
team_id("${r(UPPER + DIGITS, 10)}")

# Fastfile
lane :beta do
  match(type: "appstore", readonly: is_ci, git_basic_authorization: ENV["MATCH_GIT_BASIC_AUTHORIZATION"])
  build_app(scheme: "Wallet")
  upload_to_testflight(skip_waiting_for_build_processing: true)
end`);
  add('App Store Connect API key config with file path and ids', `app_store_connect_api_key(
  key_id: "${r(UPPER + DIGITS, 10)}",
  issuer_id: "${uuid(r)}",
  key_filepath: "./fastlane/AuthKey.p8",
  duration: 1200,
  in_house: false
)`);
  add('gradlew signingReport certificate fingerprints', `> Task :app:signingReport
Variant: release
Config: release
Store: /home/runner/work/wallet/keystore/release.jks
Alias: wallet-release
MD5: ${colonHex(16)}
SHA1: ${colonHex(20)}
SHA-256: ${colonHex(32)}
Valid until: Thursday, 14 August 2053`);
  add('AndroidManifest meta-data with manifest placeholder', `<application
    android:name=".MatchdayApp"
    android:icon="@mipmap/ic_launcher">
    <meta-data
        android:name="com.google.android.geo.API_KEY"
        android:value="\${MAPS_API_KEY}" />
    <meta-data
        android:name="com.google.firebase.messaging.default_notification_channel_id"
        android:value="matchday_goals" />
</application>`);
  add('Crashlytics build id and mapping upload log', `> Task :app:uploadCrashlyticsMappingFileRelease
Uploading mapping file for build id ${hex(40)} to Crashlytics
com.google.firebase.crashlytics.mapping_file_id = ${hex(32)}
Upload complete.`);
  add('GitHub Actions decoding keystore from secret reference', `      - name: Decode keystore
        run: echo "\${{ secrets.ANDROID_KEYSTORE_BASE64 }}" | base64 --decode > app/release.jks
      - name: Build release
        env:
          ANDROID_KEYSTORE_PASSWORD: \${{ secrets.ANDROID_KEYSTORE_PASSWORD }}
          MATCH_PASSWORD: \${{ secrets.MATCH_PASSWORD }}
        run: ./gradlew bundleRelease`);

  // --- (3) IoT / embedded ---------------------------------------------------------------------------------
  add('ESPHome YAML using !secret', `wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Living-Room Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password`);
  add('German forum post with ESPHome !secret and SSID only', `Servus, bei mir hängt der ESP32 nach dem Update auf 2024.11 in einer Bootschleife. WLAN heißt "FRITZ!Box 7530 KL", Passwort steht in der secrets.yaml, Konfig sieht so aus:

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

Log: [W][wifi_esp32:512]: Disconnected ssid='FRITZ!Box 7530 KL' bssid=${mac()} reason='Auth Expired'`);
  add('ESPHome OTA upload log with auth digests', `INFO Connecting to 192.168.1.77 port 3232...
INFO Connected to 192.168.1.77
DEBUG Auth: Nonce is ${hex(32)}
DEBUG Auth: CNonce is ${hex(32)}
DEBUG Auth: Result is ${hex(32)}
INFO Uploading /config/.esphome/build/living-room-sensor/.pioenvs/living-room-sensor/firmware.bin (1042416 bytes)`);
  add('Arduino sketch with placeholder WiFi credentials', `#include <WiFi.h>

// Replace with your network credentials
#define WIFI_SSID "YOUR_SSID"
#define WIFI_PASS "YOUR_WIFI_PASSWORD"

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
}`);
  add('mosquitto passwd file with PBKDF2 hashes', `homeassistant:$7$101$${r(B64, 16)}$${r(B64, 86)}==
z2m:$7$101$${r(B64, 16)}$${r(B64, 86)}==
tasmota:$7$101$${r(B64, 16)}$${r(B64, 86)}==`);
  add('mosquitto.conf and ACL with topics', `listener 1883
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl

# acl
user z2m
topic readwrite zigbee2mqtt/#
user tasmota
topic readwrite tele/+/#
topic readwrite stat/+/#
topic read cmnd/+/#`);
  add('MQTT messages with device ids and MACs', `zigbee2mqtt/bridge/event {"data":{"friendly_name":"0x${hex(16)}","ieee_address":"0x${hex(16)}"},"type":"device_joined"}
tele/tasmota_${HEX(6)}/STATE {"Time":"2026-11-28T09:14:07","Uptime":"0T03:12:40","Wifi":{"AP":1,"SSId":"garage-iot","BSSId":"${mac()}","Channel":6,"RSSI":74}}
shellies/shellyplus1pm-${hex(12)}/online true`);
  add('Zigbee2MQTT config with GENERATE and pan ids', `advanced:
  network_key: GENERATE
  pan_id: GENERATE
  ext_pan_id: GENERATE
  channel: 25
  log_level: info
mqtt:
  server: mqtt://core-mosquitto:1883
  user: addons
  password: '!secret mqtt_password'`);
  add('Node-RED flows_cred.json encrypted', `{
    "$": "${hex(32)}${r(B64, 180)}=="
}`);
  add('Node-RED flow export with credentials stripped', `[{"id":"${hex(16)}","type":"mqtt-broker","name":"Mosquitto","broker":"192.168.1.10","port":"1883","clientid":"","autoConnect":true,"usetls":false,"protocolVersion":"4","keepalive":"60","cleansession":true,"credentials":{}},{"id":"${hex(16)}","type":"mqtt in","z":"${hex(16)}","name":"","topic":"zigbee2mqtt/hallway_motion","qos":"2","datatype":"json","broker":"${hex(16)}","x":180,"y":120,"wires":[["${hex(16)}"]]}]`);
  add('TTN device listing with DevEUI and JoinEUI', `$ ttn-lw-cli end-devices list garden-sensors
[{
  "ids": {
    "device_id": "soil-07",
    "application_ids": { "application_id": "garden-sensors" },
    "dev_eui": "70B3D57ED005${HEX(4)}",
    "join_eui": "0000000000000000"
  },
  "created_at": "2026-11-20T18:02:11.418Z"
}]`);
  add('ChirpStack uplink event with DevEUI and DevAddr', `{"deduplicationId":"${uuid(r)}","time":"2026-11-28T09:14:07.118+00:00","deviceInfo":{"tenantName":"home","applicationName":"garden","deviceProfileName":"dragino-lse01","deviceName":"soil-07","devEui":"a84041${hex(10)}"},"devAddr":"0${hex(7)}","adr":true,"dr":5,"fCnt":412,"fPort":2,"confirmed":false,"data":"${r(B64, 14)}==","object":{"temp_SOIL":"9.41","water_SOIL":"31.22"}}`);
  add('platformio.ini with sysenv references', `[env:esp32dev]
platform = espressif32
board = esp32dev
framework = arduino
upload_protocol = espota
upload_port = 192.168.1.77
upload_flags =
    --auth=\${sysenv.OTA_PASSWORD}
build_flags =
    -DWIFI_SSID=\\"\${sysenv.WIFI_SSID}\\"
    -DWIFI_PASS=\\"\${sysenv.WIFI_PASS}\\"`);
  add('Home Assistant configuration.yaml with !secret and !env_var', `homeassistant:
  name: Home
  latitude: !secret home_latitude
  longitude: !secret home_longitude
  unit_system: metric

influxdb:
  api_version: 2
  host: 192.168.1.12
  token: !env_var INFLUX_TOKEN
  organization: home
  bucket: ha`);
  add('Home Assistant automation with device_id and entity ids', `- id: '${r(DIGITS, 13)}'
  alias: Hallway light on motion
  trigger:
    - type: occupied
      platform: device
      device_id: ${hex(32)}
      entity_id: ${hex(32)}
      domain: binary_sensor
  action:
    - service: light.turn_on
      target:
        entity_id: light.hallway`);
  add('SOPS-encrypted Home Assistant secrets.yaml', `wifi_password: ENC[AES256_GCM,data:${r(B64, 24)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]
mqtt_password: ENC[AES256_GCM,data:${r(B64, 20)}==,iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]
sops:
    age:
        - recipient: age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
    lastmodified: "2026-11-28T09:14:07Z"
    mac: ENC[AES256_GCM,data:${r(B64, 88)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]
    version: 3.9.1`);
  add('Ansible Vault encrypted secrets file', `$ANSIBLE_VAULT;1.1;AES256
${hex(80)}
${hex(80)}
${hex(80)}
${hex(48)}`);
  add('OctoPrint users.yaml with hashed password', `admin:
  active: true
  apikey: null
  groups:
  - users
  - admins
  password: ${hex(128)}
  permissions: []
  roles:
  - user
  - admin
  settings: {}`);
  add('Klipper printer.cfg with MCU serial path', `[mcu]
serial: /dev/serial/by-id/usb-Klipper_stm32f446xx_${HEX(24)}-if00
restart_method: command

[printer]
kinematics: corexy
max_velocity: 300
max_accel: 3000`);
  add('OpenWrt uci show network with MACs', `root@OpenWrt:~# uci show network
network.loopback=interface
network.loopback.device='lo'
network.loopback.proto='static'
network.globals=globals
network.globals.ula_prefix='fd${hex(2)}:${hex(4)}:${hex(4)}::/48'
network.@device[0]=device
network.@device[0].name='br-lan'
network.@device[0].macaddr='${mac()}'
network.lan=interface
network.lan.proto='static'
network.lan.ipaddr='192.168.1.1'`);
  add('OpenWrt /etc/shadow with md5crypt hash', `root:$1$${r(CRYPT, 8)}$${r(CRYPT, 22)}:20055:0:99999:7:::
daemon:*:0:0:99999:7:::
ftp:*:0:0:99999:7:::
network:*:0:0:99999:7:::
nobody:*:0:0:99999:7:::`);
  add('WireGuard peer public keys on a router', `config wireguard_wg0
	option description 'phone'
	option public_key '${r(B64, 42)}${r('AEIMQUYcgkosw048', 1)}='
	list allowed_ips '10.14.0.2/32'
	option persistent_keepalive '25'`);
  add('Synology DSM pat checksum and serial', `DSM_DS920+_72806.pat
MD5: ${hex(32)}
SHA256: ${hex(64)}
Model: DS920+  Serial: 2${r(DIGITS, 3)}${r(UPPER, 3)}${r(DIGITS, 6)}`);
  add('Frigate config with env substitution in RTSP URL', `cameras:
  garaje:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.1.64:554/Streaming/Channels/101
          roles:
            - detect`);
  add('Spanish chat with RTSP URL without credentials', `¿Alguien sabe la ruta RTSP de las Reolink E1? Probé rtsp://192.168.1.70:554/h264Preview_01_main y me pide usuario y contraseña, pero en VLC con <usuario>:<contraseña> tampoco va. Número de serie ${r(DIGITS, 16)}, firmware v3.0.0.2356.`);
  add('Tasmota Status 5 network JSON', `stat/tasmota_${HEX(6)}/STATUS5 = {"StatusNET":{"Hostname":"tasmota-${HEX(6)}-${r(DIGITS, 4)}","IPAddress":"192.168.1.57","Gateway":"192.168.1.1","Subnetmask":"255.255.255.0","DNSServer1":"192.168.1.1","Mac":"${mac()}","Webserver":2,"HTTP_API":1,"WifiConfig":4,"WifiPower":17.0}}`);

  // --- (4) Home and game servers -------------------------------------------------------------------------------
  add('Minecraft server.properties with RCON disabled', `#Minecraft server properties
enable-rcon=false
rcon.password=
rcon.port=25575
level-seed=${r('123456789', 1)}${r(DIGITS, 17)}
level-name=world
online-mode=true
server-port=25565`);
  add('Minecraft ops.json with player UUIDs', `[
  {
    "uuid": "${uuid(r)}",
    "name": "Steve_Builds",
    "level": 4,
    "bypassesPlayerLimit": false
  },
  {
    "uuid": "${uuid(r)}",
    "name": "redstone_ana",
    "level": 2,
    "bypassesPlayerLimit": false
  }
]`);
  add('srcds launch with GSLT from environment', `#!/bin/bash
# GSLT comes from the container env, see README
exec ./srcds_run -game tf -console +map cp_badlands +maxplayers 24 +sv_setsteamaccount "$TF2_GSLT" +rcon_password "$RCON_PASSWORD"`);
  add('Factorio server-settings.example.json', `{
  "name": "Name of the game as it will appear in the game listing",
  "description": "Description of the game that will appear in the listing",
  "visibility": { "public": true, "lan": true },
  "_comment_credentials": "Your factorio.com login credentials. Required for games with visibility public",
  "username": "",
  "password": "",
  "_comment_token": "Authentication token. May be used instead of 'password' above.",
  "token": "",
  "game_password": ""
}`);
  add('Valheim start script with env variable', `./valheim_server.x86_64 -name "\${SERVER_NAME}" -port 2456 -world "\${WORLD_NAME}" -password "\${SERVER_PASS}" -public 1`);
  add('ARK GameUserSettings.ini with documented placeholder', `[ServerSettings]
; Set your own admin password before starting the server!
ServerAdminPassword=CHANGE_ME
ServerPassword=
RCONEnabled=False`);
  add('Plex Media Server log with redacted token', `Nov 28, 2026 09:14:07.118 [140212834] DEBUG - Request: [192.168.0.22:51844 (Subnet)] GET /library/sections/1/all?type=1&X-Plex-Token=xxxxxxxxxxxxxxxxxxxx (12 live) #4a1 GZIP Signed-in Token (kinoabend)
Nov 28, 2026 09:14:07.162 [140212834] DEBUG - Completed: [192.168.0.22:51844] 200 GET /library/sections/1/all?type=1 (12 live) #4a1 GZIP 43ms 18432 bytes`);
  add('Plex client identifiers', `X-Plex-Client-Identifier: ${hex(24)}
X-Plex-Product: Plex Web
X-Plex-Version: 4.141.1
X-Plex-Platform: Firefox
machineIdentifier="${hex(40)}"`);
  add('Sonarr log with removed apikey', `2026-11-28 09:14:07.1|Warn|Torznab|Indexer responded with an error: https://prowlarr.home.example/4/api?t=tvsearch&cat=5030,5040&extended=1&apikey=(removed)&offset=0&limit=100&tvdbid=121361&season=8
2026-11-28 09:14:07.2|Info|RssSyncService|RSS Sync Completed. Reports found: 100, Reports grabbed: 0`);
  add('Jellyfin log with item ids and device id', `[2026-11-28 09:14:07.118 +00:00] [INF] [12] Jellyfin.Api.Helpers.MediaInfoHelper: User policy for "anna". EnablePlaybackRemuxing: True EnableVideoPlaybackTranscoding: True EnableAudioPlaybackTranscoding: True
[2026-11-28 09:14:07.201 +00:00] [INF] [12] MediaBrowser.Controller.MediaEncoding.TranscodeManager: Starting playback of item ${hex(32)} on device "${b64(`Mozilla/5.0 (X11; Linux x86_64)|${r(DIGITS, 13)}`)}"`);
  add('Pterodactyl egg with variable templates', `{
  "startup": "java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar {{SERVER_JARFILE}}",
  "config": {
    "files": "{\\"server.properties\\": {\\"parser\\": \\"properties\\", \\"find\\": {\\"server-port\\": \\"{{server.build.default.port}}\\", \\"rcon.password\\": \\"{{server.build.env.RCON_PASS}}\\", \\"enable-rcon\\": \\"true\\"}}}"
  }
}`);
  add('TeamSpeak docker-compose with password file reference', `services:
  teamspeak:
    image: teamspeak:3.13
    ports:
      - 9987:9987/udp
      - 10011:10011
      - 30033:30033
    environment:
      TS3SERVER_DB_PLUGIN: ts3db_mariadb
      TS3SERVER_DB_HOST: db
      TS3SERVER_DB_USER: teamspeak
      TS3SERVER_DB_PASSWORD_FILE: /run/secrets/ts3_db_password
      TS3SERVER_LICENSE: accept`);
  add('Discord bot config template with ids', `{
  "token": "YOUR_BOT_TOKEN_HERE",
  "clientId": "${snowflake()}",
  "guildId": "${snowflake()}",
  "modLogChannel": "${snowflake()}",
  "adminRoles": ["${snowflake()}", "${snowflake()}"]
}`);
  add('Telegram bot .env example and chat id', `# Get a token from @BotFather and paste it here
TELEGRAM_BOT_TOKEN=<token from @BotFather>
TELEGRAM_CHAT_ID=-100${r(DIGITS, 10)}`);
  add('RDP file with DPAPI-encrypted password blob', `full address:s:ws-0412.corp.local
username:s:CORP\\jdoe
screen mode id:i:2
use multimon:i:0
password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000${HEX(200)}
authentication level:i:2
prompt for credentials:i:0`);
  add('Vaultwarden compose with Argon2 ADMIN_TOKEN hash', `    environment:
      DOMAIN: "https://vault.home.example"
      SIGNUPS_ALLOWED: "false"
      ADMIN_TOKEN: '$$argon2id$$v=19$$m=65540,t=3,p=4$$${r(B64, 43)}$$${r(B64, 43)}'`);
  add('Nextcloud occ config:list with removed sensitive values', `$ sudo -u www-data php occ config:system:get dbpassword
***REMOVED SENSITIVE VALUE***
$ sudo -u www-data php occ config:list system
{
    "system": {
        "instanceid": "oc${r(LOWER + DIGITS, 10)}",
        "passwordsalt": "***REMOVED SENSITIVE VALUE***",
        "secret": "***REMOVED SENSITIVE VALUE***",
        "trusted_domains": ["cloud.home.example"],
        "dbtype": "mysql",
        "dbpassword": "***REMOVED SENSITIVE VALUE***",
        "version": "30.0.2.2"
    }
}`);
  add('Gitea app.ini with file-based secrets', `[security]
INSTALL_LOCK = true
SECRET_KEY =
SECRET_KEY_URI = file:/data/gitea/secret_key
INTERNAL_TOKEN_URI = file:/data/gitea/internal_token
PASSWORD_HASH_ALGO = pbkdf2`);
  add('Immich example.env with documented default', `# The location where your uploaded files are stored
UPLOAD_LOCATION=./library
# The location where your database files are stored
DB_DATA_LOCATION=./postgres

# Connection secret for postgres. You should change it to a random password
# Please use only the characters \`A-Za-z0-9\`, without special characters or spaces
DB_PASSWORD=postgres

# The values below this line do not need to be changed
DB_USERNAME=postgres
DB_DATABASE_NAME=immich`);
  add('Nginx Proxy Manager documented default login', `Default Administrator User

Email:    admin@example.com
Password: changeme

Immediately after logging in with this default user you will be asked to modify your details and change your password.`);
  add('Steam server query output with SteamIDs', `status
hostname: [EU] Corp Community | Payload 24/7
version : 8835751/24 8835751 secure
steamid : [G:1:${r(DIGITS, 7)}] (${'8556'}${r(DIGITS, 13)})
# userid name                uniqueid            connected ping loss state
#      3 "heron"             [U:1:${r(DIGITS, 9)}]       12:04       38    0 active
#      5 "basalt_fox"        [U:1:${r(DIGITS, 9)}]       03:51       52    0 active`);
  add('French post about RCON with redacted password', `Bonjour, voici ma commande (mot de passe masqué) : mcrcon -H 203.0.113.42 -P 25575 -p ******** "whitelist add Steve_Builds" -> "Authentication failed". Le rcon.password dans server.properties est bien le même, j'ai vérifié.`);
  add('Portuguese post with Plex token placeholder', `Para pegar seu token siga o artigo do suporte da Plex e depois use: http://IP-DO-SERVIDOR:32400/library/sections?X-Plex-Token=SEU_TOKEN_AQUI`);
  add('Dutch post with Home Assistant token placeholder', `Maak een long-lived access token aan onder je profiel en zet die in de header: Authorization: Bearer <jouw-token>. Plak hem niet hier op het forum!`);
  add('Japanese post with Databricks token placeholder', `アクセストークンは環境変数で渡します。\`export DATABRICKS_TOKEN=dapi...\` のように設定し、コードには直接書かないでください。`);
  add('Italian post with OpenWrt key redacted', `Ecco la mia config (password tolta): option ssid 'Casa-Rossi-5G' / option encryption 'sae-mixed' / option key 'xxxxxxxx'. Il canale è 36, larghezza VHT80.`);
  add('Russian post with mosquitto_pub placeholders', `Пример из документации: mosquitto_pub -h <broker> -u <user> -P <password> -t 'test/topic' -m 'hello'. Чтобы пароль не попадал в историю shell, вынесите параметры в ~/.config/mosquitto_pub.`);

  return out;
}
