/**
 * Blind evaluation batch K for the secret/credential detector (2026-11-28).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * file layout of batch J) or any notes, and without running it. Batch K aims at DEPLOYMENT AND
 * APPLICATION CONFIGURATION ARTIFACTS:
 * (1) infrastructure as code and deployment templates: Azure ARM parameter files and .bicepparam, AWS
 *     CDK and SAM templates, Pulumi stack files with plaintext config, Ansible group/host vars without
 *     Vault, Chef attributes and data bags, Puppet Hiera, Salt pillars, Nomad jobs, Consul agent config,
 *     Serverless Framework yml, Vagrantfiles, Packer templates, Terraform tfvars;
 * (2) product configs: wp-config.php, Drupal settings.php, Magento env.php, Nextcloud config.php,
 *     gitlab.rb, grafana.ini, Jenkins init.groovy.d, Keycloak realm export, Home Assistant secrets.yaml,
 *     Mosquitto bridge config, OpenVPN and WireGuard, Postfix sasl_passwd, .fetchmailrc, .netrc, .my.cnf,
 *     .pgpass, odbc.ini, Oracle JDBC next to tnsnames, tomcat-users.xml, WildFly standalone.xml, IIS
 *     web.config, appsettings.Production.json;
 * (3) mobile and desktop artifacts: decompiled smali and Java, iOS .xcconfig, Electron asar-extracted
 *     minified JS, a Unity asset, React Native .env;
 * (4) data science and BI: Jupyter cells, Airflow connections (URI and JSON), dbt profiles.yml, Superset
 *     and Metabase config, Hadoop core-site.xml s3a keys, Spark conf, Databricks widgets.
 *
 * Negatives use the same file types: placeholders (`put your unique phrase here`, `changeme`,
 * `<password>`, `${DB_PASSWORD}`, `%(DB_PASSWORD)s`, `{{ vault_db_password }}`, `CHANGE_ME`), references to
 * secret stores (Key Vault references, SSM parameter paths, Vault paths, secretKeyRef, CDK
 * SecretValue.secretsManager, Pulumi secure config), encrypted values (ansible-vault, SOPS `ENC[...]`,
 * Jasypt `ENC(...)`, Chef encrypted data bags, Pulumi `secure:`), hashed passwords, public keys and
 * certificates, checksums, UUIDs/ARNs/resource ids, publishable keys, empty values, numeric/boolean
 * settings next to secret-named keys, and comments describing keys.
 *
 * Every key-like value is generated at run time from the seeded random source, following the vendor's
 * published shape as I know it (prefix, alphabet, length); the file holds no literal key.
 *
 * Judgment calls:
 * - Application salts that are secret by design (WordPress AUTH_KEY/SALT constants, Drupal hash_salt,
 *   Nextcloud `secret`, Magento crypt key, Superset SECRET_KEY, Metabase encryption key) are POSITIVES:
 *   despite the name they key HMACs or encryption and must not be published. Salts that are public by
 *   design (the salt stored next to a password hash, a Keycloak credential's salt, a CSP nonce in a
 *   template, Nextcloud `passwordsalt` left empty, an `instanceid`) are negatives.
 * - Consul's gossip `encrypt` key and a Consul ACL bootstrap token (a UUID, named by context) are positives.
 *   The ACL token is a plain UUID, so it can only be found from its key name.
 * - An OpenVPN static key (tls-auth/tls-crypt) and a WireGuard PrivateKey are positives; WireGuard
 *   PublicKey is a negative. A WireGuard PresharedKey is not used on either side.
 * - Where an id and its secret sit together (AWS key id + secret, client id + client secret, user +
 *   password) `secret` is the secret half.
 * - A Heroku API key in .netrc is written as a UUID (the shape the Heroku CLI has long written there).
 * - Publishable keys (Stripe `pk_live_`, Mapbox public `pk.` token, Firebase web `apiKey`, Algolia
 *   search-only key, Sentry DSN public key) are negatives. A Mapbox secret `sk.` token is a positive.
 * - Shapes from memory that may be off in length: New Relic license key (36 hex + `NRAL`), New Relic
 *   user key (`NRAK-` + 27), Okta API token (`00` + 40), Atlassian API token (`ATATT3xFfGF0` + ...),
 *   Azure AD client secret (`xxx8Q~` + 34), Databricks PAT (`dapi` + 32 hex), Sentry user token
 *   (`sntryu_` + 64 hex), GitLab runner token (`glrt-` + 20). Each sits in a context that names the vendor.
 */
import { crc32 } from 'node:zlib';
import {
  ALNUM,
  AWS_ID,
  B64,
  B64URL,
  BCRYPT,
  DIGITS,
  HEXL,
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

function b64urlJson(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A PEM block whose body starts with `head`, broken into 64-character rows joined by `nl`. */
function pemBlock(r: R, label: string, head: string, bodyLength: number, nl = '\n'): string {
  const body = head + r(B64, Math.max(0, bodyLength - head.length));
  const rows = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...rows, `-----END ${label}-----`].join(nl);
}

const WORDS = [
  'alder',
  'beacon',
  'cobalt',
  'delta',
  'estuary',
  'falcon',
  'granite',
  'harbor',
  'iris',
  'jetty',
  'krill',
  'lantern',
  'marlin',
  'nimbus',
  'orchid',
  'pylon',
] as const;

export function batchKPositives(seed = 'blind-k-positives'): SecretCase[] {
  const { r, out, add, cap } = positiveBatch(seed, WORDS);
  const word = (): string => WORDS[parseInt(r(HEXL, 1), 16)]!;
  /** A made-up human password; its symbols are safe inside quotes, XML, INI and URLs. */
  const pw = (): string => `${cap(word())}${r(DIGITS, 3)}${r('!*-_.+', 1)}${word()}${r(ALNUM, 3)}`;
  const hex = (n: number): string => r(HEXL, n);
  const ghTok = (prefix: string): string => {
    const body = r(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  };
  const awsSecret = (): string => r(B64, 40);
  const akia = (): string => `AKIA${r(AWS_ID, 16)}`;
  const sendgrid = (): string => `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`;
  const azureClientSecret = (): string => `${r(ALNUM, 3)}${r(DIGITS, 1)}Q~${r(`${ALNUM}_~.-`, 34)}`;
  const phpSafe = `${ALNUM}!#%*()-_=+[]{}<>,.;:?|~^@`;

  // --- (1) Infrastructure as code ---------------------------------------------------------------------
  add('ARM parameters file adminPassword', pw(), (s) => `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "vmName": { "value": "vm-build-01" },\n    "adminUsername": { "value": "azureops" },\n    "adminPassword": { "value": "${s}" }\n  }\n}`);
  add('bicepparam SQL admin password', pw(), (s) => `using './main.bicep'\n\nparam location = 'westeurope'\nparam sqlAdminLogin = 'sqladmin'\nparam sqlAdminPassword = '${s}'\n`);
  add('ARM parameters storage connection string AccountKey', `${r(B64, 86)}==`, (s) => `"parameters": {\n  "storageConnection": {\n    "value": "DefaultEndpointsProtocol=https;AccountName=stacmelogs${r(DIGITS, 3)};AccountKey=${s};EndpointSuffix=core.windows.net"\n  }\n}`);
  add('AWS CDK unsafePlainText secret', pw(), (s) => `new secretsmanager.Secret(this, 'DbSecret', {\n  secretName: 'orders/db',\n  secretStringValue: SecretValue.unsafePlainText('${s}'),\n});`);
  add('SAM template function env Stripe key', `sk_live_51${r(ALNUM, 97)}`, (s) => `  CheckoutFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: nodejs20.x\n      Environment:\n        Variables:\n          STRIPE_SECRET_KEY: ${s}\n          STAGE: prod`);
  add('SAM template AWS secret access key', awsSecret(), (s) => `      Environment:\n        Variables:\n          BACKUP_AWS_ACCESS_KEY_ID: ${akia()}\n          BACKUP_AWS_SECRET_ACCESS_KEY: ${s}`);
  add('Pulumi stack plaintext GitHub token', ghTok('ghp_'), (s) => `config:\n  aws:region: eu-central-1\n  acme-infra:githubOwner: acme\n  acme-infra:githubToken: ${s}\n`);
  add('Pulumi stack plaintext Azure client secret', azureClientSecret(), (s) => `config:\n  azure-native:clientId: ${uuid(r)}\n  azure-native:clientSecret: ${s}\n  azure-native:tenantId: ${uuid(r)}\n`);
  add('Ansible group_vars db password', pw(), (s) => `---\npostgres_version: 16\npostgres_listen: 0.0.0.0\napp_db_user: orders\napp_db_password: "${s}"\n`);
  add('Ansible host_vars Slack webhook', `T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `alertmanager_slack_api_url: "https://hooks.slack.com/services/${s}"\nalertmanager_slack_channel: "#ops-alerts"`);
  add('Ansible vars PagerDuty integration key', hex(32), (s) => `pagerduty_service_name: checkout\npagerduty_integration_key: ${s}\npagerduty_severity: critical`);
  add('Chef attributes Datadog API key', hex(32), (s) => `default['datadog']['api_key'] = '${s}'\ndefault['datadog']['site'] = 'datadoghq.eu'`);
  add('Chef plain data bag GitHub App private key', pemBlock(r, 'RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 1600, '\\n'), (s) => `{\n  "id": "github_app",\n  "app_id": ${r(DIGITS, 6)},\n  "private_key": "${s}"\n}`);
  add('Puppet Hiera New Relic license key', `${hex(36)}NRAL`, (s) => `---\nprofile::newrelic::enabled: true\nprofile::newrelic::license_key: '${s}'\n`);
  add('Salt pillar MySQL root password', pw(), (s) => `mysql:\n  server:\n    root_user: root\n    root_password: ${s}\n    bind_address: 127.0.0.1`);
  add('Nomad job env SendGrid key', sendgrid(), (s) => `task "mailer" {\n  driver = "docker"\n  env {\n    SENDGRID_API_KEY = "${s}"\n    FROM_ADDRESS     = "noreply@acme.io"\n  }\n}`);
  add('Consul gossip encryption key', `${r(B64, 43)}=`, (s) => `datacenter = "eu1"\ndata_dir   = "/opt/consul"\nencrypt    = "${s}"\nserver     = true`);
  add('Consul ACL initial management token', uuid(r), (s) => `acl {\n  enabled        = true\n  default_policy = "deny"\n  tokens {\n    initial_management = "${s}"\n  }\n}`);
  add('Serverless yml Twilio auth token', hex(32), (s) => `provider:\n  name: aws\n  environment:\n    TWILIO_ACCOUNT_SID: AC${hex(32)}\n    TWILIO_AUTH_TOKEN: ${s}`);
  add('Serverless yml Mailgun key', `key-${hex(32)}`, (s) => `functions:\n  notify:\n    handler: handler.notify\n    environment:\n      MAILGUN_DOMAIN: mg.acme.io\n      MAILGUN_API_KEY: ${s}`);
  add('Vagrantfile DigitalOcean token', `dop_v1_${hex(64)}`, (s) => `Vagrant.configure("2") do |config|\n  config.vm.provider :digital_ocean do |provider, override|\n    provider.token = "${s}"\n    provider.image = "ubuntu-24-04-x64"\n  end\nend`);
  add('Packer HCL Azure client secret default', azureClientSecret(), (s) => `variable "client_secret" {\n  type    = string\n  default = "${s}"\n}\n\nsource "azure-arm" "ubuntu" {\n  client_id     = "${uuid(r)}"\n  client_secret = var.client_secret\n}`);
  add('Packer JSON AWS secret key', awsSecret(), (s) => `{\n  "variables": {\n    "aws_access_key": "${akia()}",\n    "aws_secret_key": "${s}"\n  },\n  "builders": [{ "type": "amazon-ebs", "region": "us-east-1" }]\n}`);
  add('tfvars Cloudflare API token', r(B64URL, 40), (s) => `cloudflare_zone_id   = "${hex(32)}"\ncloudflare_api_token = "${s}"\n`);

  // --- (2) Product configs ----------------------------------------------------------------------------
  add('wp-config DB_PASSWORD', pw(), (s) => `define( 'DB_NAME', 'wp_acme' );\ndefine( 'DB_USER', 'wp_acme' );\ndefine( 'DB_PASSWORD', '${s}' );\ndefine( 'DB_HOST', 'localhost' );`);
  add('wp-config AUTH_KEY salt', r(phpSafe, 64), (s) => `define( 'AUTH_KEY',         '${s}' );\ndefine( 'SECURE_AUTH_KEY',  '${r(phpSafe, 64)}' );`);
  add('Drupal settings.php database password', pw(), (s) => `$databases['default']['default'] = [\n  'database' => 'drupal',\n  'username' => 'drupal',\n  'password' => '${s}',\n  'host' => 'db',\n  'driver' => 'mysql',\n];`);
  add('Drupal hash_salt', r(B64URL, 74), (s) => `$settings['hash_salt'] = '${s}';\n$settings['update_free_access'] = FALSE;`);
  add('Magento env.php crypt key', hex(32), (s) => `return [\n    'backend' => ['frontName' => 'admin_${r(LOWER, 6)}'],\n    'crypt' => [\n        'key' => '${s}'\n    ],`);
  add('Nextcloud config.php secret', r(`${ALNUM}+/`, 48), (s) => `$CONFIG = array (\n  'instanceid' => 'oc${r(LOWER + DIGITS, 10)}',\n  'passwordsalt' => '',\n  'secret' => '${s}',\n  'trusted_domains' => array (0 => 'cloud.acme.io'),`);
  add('gitlab.rb SMTP password SendGrid key', sendgrid(), (s) => `gitlab_rails['smtp_enable'] = true\ngitlab_rails['smtp_address'] = "smtp.sendgrid.net"\ngitlab_rails['smtp_user_name'] = "apikey"\ngitlab_rails['smtp_password'] = "${s}"`);
  add('gitlab.rb initial root password', pw(), (s) => `external_url 'https://gitlab.acme.io'\ngitlab_rails['initial_root_password'] = '${s}'`);
  add('gitlab-runner config.toml runner token', `glrt-${r(B64URL, 20)}`, (s) => `[[runners]]\n  name = "docker-eu-1"\n  url = "https://gitlab.acme.io"\n  token = "${s}"\n  executor = "docker"`);
  add('grafana.ini admin password', pw(), (s) => `[security]\nadmin_user = admin\nadmin_password = ${s}\ndisable_gravatar = true`);
  add('grafana.ini GitHub OAuth client secret', hex(40), (s) => `[auth.github]\nenabled = true\nclient_id = Iv1.${hex(16)}\nclient_secret = ${s}\nallowed_organizations = acme`);
  add('Jenkins init groovy string credential', ghTok('ghp_'), (s) => `def store = SystemCredentialsProvider.getInstance().getStore()\nstore.addCredentials(Domain.global(), new StringCredentialsImpl(CredentialsScope.GLOBAL, "github-token", "GitHub API", Secret.fromString("${s}")))`);
  add('Jenkins init groovy username/password credential', pw(), (s) => `def c = new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "nexus-deploy", "Nexus deployer", "deployer", "${s}")\nSystemCredentialsProvider.getInstance().getStore().addCredentials(Domain.global(), c)`);
  add('Keycloak realm export client secret', r(ALNUM, 32), (s) => `"clients": [ {\n  "clientId": "orders-backend",\n  "enabled": true,\n  "clientAuthenticatorType": "client-secret",\n  "secret": "${s}",\n  "redirectUris": [ "https://orders.acme.io/*" ]\n} ]`);
  add('Home Assistant secrets.yaml OpenAI key', `sk-proj-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (s) => `# secrets.yaml\nlatitude_home: 52.37\nopenai_api_key: ${s}\nmqtt_user: homeassistant`);
  add('Home Assistant secrets.yaml MQTT password', pw(), (s) => `mqtt_user: homeassistant\nmqtt_password: "${s}"\nwifi_ssid: attic-net`);
  add('Mosquitto bridge remote_password', pw(), (s) => `connection cloud-bridge\naddress mqtt.acme.io:8883\nremote_username edge-gw-17\nremote_password ${s}\ntopic sensors/# out 1`);
  add('OpenVPN inline tls-auth static key', ['-----BEGIN OpenVPN Static key V1-----', ...Array.from({ length: 16 }, () => hex(32)), '-----END OpenVPN Static key V1-----'].join('\n'), (s) => `client\ndev tun\nremote vpn.acme.io 1194\nkey-direction 1\n<tls-auth>\n${s}\n</tls-auth>`);
  add('WireGuard interface PrivateKey', `${r(B64, 43)}=`, (s) => `[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = ${s}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${r(B64, 43)}=\nEndpoint = wg.acme.io:51820`);
  add('Postfix sasl_passwd SendGrid key', sendgrid(), (s) => `[smtp.sendgrid.net]:587 apikey:${s}`);
  add('Postfix sasl_passwd Mailgun SMTP password', pw(), (s) => `[smtp.mailgun.org]:587 postmaster@mg.acme.io:${s}`);
  add('fetchmailrc password', pw(), (s) => `set daemon 300\npoll imap.acme.io protocol IMAP\n  user "ana.ruiz" there with password "${s}" is "ana" here\n  ssl`);
  add('.netrc Heroku API key', uuid(r), (s) => `machine api.heroku.com\n  login ops@acme.io\n  password ${s}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${s}`);
  add('.my.cnf client password', pw(), (s) => `[client]\nuser=backup\npassword="${s}"\nhost=db-primary.acme.internal`);
  add('.pgpass line', pw(), (s) => `db-primary.acme.internal:5432:orders:report_ro:${s}`);
  add('odbc.ini PWD', pw(), (s) => `[WarehouseDSN]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:dw.acme.internal,1433\nDatabase=dw\nUID=etl_user\nPWD=${s}`);
  add('Oracle JDBC URL next to tnsnames alias', pw(), (s) => `# tnsnames alias ORCLPDB1 -> orcl-db.acme.internal:1521\ndb.url=jdbc:oracle:thin:billing/${s}@//orcl-db.acme.internal:1521/ORCLPDB1`);
  add('tomcat-users.xml plaintext password', pw(), (s) => `<tomcat-users>\n  <role rolename="manager-gui"/>\n  <user username="tcadmin" password="${s}" roles="manager-gui,admin-gui"/>\n</tomcat-users>`);
  add('WildFly standalone.xml datasource password', pw(), (s) => `<datasource jndi-name="java:jboss/datasources/OrdersDS" pool-name="OrdersDS">\n  <connection-url>jdbc:postgresql://pg:5432/orders</connection-url>\n  <security>\n    <user-name>orders</user-name>\n    <password>${s}</password>\n  </security>\n</datasource>`);
  add('IIS web.config connection string password', pw(), (s) => `<connectionStrings>\n  <add name="Default" connectionString="Server=sql01;Database=Shop;User Id=shop_web;Password=${s};TrustServerCertificate=True" providerName="System.Data.SqlClient" />\n</connectionStrings>`);
  add('appsettings.Production.json Auth0 client secret', r(B64URL, 64), (s) => `{\n  "Auth0": {\n    "Domain": "acme.eu.auth0.com",\n    "ClientId": "${r(ALNUM, 32)}",\n    "ClientSecret": "${s}"\n  }\n}`);
  add('appsettings.Production.json Service Bus SharedAccessKey', `${r(B64, 43)}=`, (s) => `{\n  "ServiceBus": {\n    "ConnectionString": "Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${s}"\n  }\n}`);

  // --- (3) Mobile and desktop artifacts -----------------------------------------------------------------
  add('smali const-string Algolia admin key', hex(32), (s) => `.field public static final ALGOLIA_APP_ID:Ljava/lang/String; = "${r(UPPER + DIGITS, 10)}"\n\n.method static constructor <clinit>()V\n    const-string v0, "${s}"\n    sput-object v0, Lcom/acme/search/Config;->ALGOLIA_ADMIN_KEY:Ljava/lang/String;`);
  const mapboxUser = `acme${r(LOWER, 4)}`;
  add('decompiled Java Mapbox secret token', `sk.${b64urlJson({ u: mapboxUser, a: r(LOWER + DIGITS, 25) })}.${r(B64URL, 22)}`, (s) => `public final class BuildConfig {\n    public static final String APPLICATION_ID = "com.acme.maps";\n    public static final String MAPBOX_DOWNLOADS_TOKEN = "${s}";\n}`);
  add('iOS xcconfig Sentry user auth token', `sntryu_${hex(64)}`, (s) => `PRODUCT_BUNDLE_IDENTIFIER = com.acme.ios\nSENTRY_ORG = acme\nSENTRY_AUTH_TOKEN = ${s}`);
  add('Electron asar minified Anthropic key', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `var n=require("electron"),o={model:"claude-3-5-sonnet-latest",apiKey:"${s}",maxTokens:1024};module.exports=o;`);
  add('Unity asset Hugging Face token', `hf_${r(UPPER + LOWER, 34)}`, (s) => `%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: InferenceSettings\n  modelId: acme/npc-dialogue\n  huggingFaceToken: ${s}`);
  add('React Native .env Shopify admin token', `shpat_${hex(32)}`, (s) => `API_URL=https://api.acme.io\nSHOPIFY_STORE=acme-shop.myshopify.com\nSHOPIFY_ADMIN_TOKEN=${s}`);
  add('React Native .env Okta API token', `00${r(B64URL, 40)}`, (s) => `OKTA_ORG_URL=https://acme.okta.com\nOKTA_API_TOKEN=${s}`);

  // --- (4) Data science and BI ------------------------------------------------------------------------
  add('Jupyter cell SQLAlchemy URL password', pw(), (s) => `In [3]: engine = create_engine("postgresql+psycopg2://analyst:${s}@warehouse.acme.internal:5432/analytics")`);
  add('Jupyter %env Datadog API key', hex(32), (s) => `%env DD_SITE=datadoghq.com\n%env DD_API_KEY=${s}`);
  add('Airflow connection URI env var', pw(), (s) => `AIRFLOW_CONN_SNOWFLAKE_DEFAULT='snowflake://etl_svc:${s}@/ANALYTICS/PUBLIC?account=acme-eu1&warehouse=ETL_WH&role=ETL'`);
  add('Airflow connection JSON AWS secret', awsSecret(), (s) => `{\n  "aws_default": {\n    "conn_type": "aws",\n    "login": "${akia()}",\n    "password": "${s}",\n    "extra": { "region_name": "eu-west-1" }\n  }\n}`);
  add('Airflow connection JSON extras Slack bot token', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `airflow connections add slack_alerts --conn-json '{"conn_type": "slack", "extra": {"token": "${s}", "timeout": 30}}'`);
  add('dbt profiles.yml password', pw(), (s) => `acme:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: dw.acme.internal\n      user: dbt_prod\n      password: ${s}\n      dbname: analytics\n      schema: marts`);
  add('Superset superset_config.py SECRET_KEY', r(B64, 42), (s) => `ROW_LIMIT = 5000\nSECRET_KEY = '${s}'\nSQLALCHEMY_DATABASE_URI = 'postgresql://superset@pg/superset'`);
  add('Metabase encryption secret key', r(B64, 32), (s) => `MB_DB_TYPE=postgres\nMB_DB_HOST=pg\nMB_ENCRYPTION_SECRET_KEY=${s}`);
  add('core-site.xml s3a secret key', awsSecret(), (s) => `<property>\n  <name>fs.s3a.access.key</name>\n  <value>${akia()}</value>\n</property>\n<property>\n  <name>fs.s3a.secret.key</name>\n  <value>${s}</value>\n</property>`);
  add('Spark conf ADLS account key', `${r(B64, 86)}==`, (s) => `spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net ${s}\nspark.sql.shuffle.partitions 200`);
  add('Databricks widget default PAT', `dapi${hex(32)}`, (s) => `dbutils.widgets.text("workspace_url", "https://adb-${r(DIGITS, 16)}.7.azuredatabricks.net")\ndbutils.widgets.text("api_token", "${s}")`);
  add('Jupyter notebook JSON New Relic user key', `NRAK-${r(UPPER + DIGITS, 27)}`, (s) => `{"cell_type": "code", "source": ["import requests\\n", "headers = {'Api-Key': '${s}'}\\n", "r = requests.post('https://api.newrelic.com/graphql', headers=headers, json=q)"]}`);
  add('Jupyter cell Atlassian API token', `ATATT3xFfGF0${r(B64URL, 170)}=${hex(8).toUpperCase()}`, (s) => `jira = JIRA(server="https://acme.atlassian.net", basic_auth=("ana@acme.io", "${s}"))`);
  add('Jupyter cell Firebase service account key', pemBlock(r, 'PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 1620, '\\n'), (s) => `cred = credentials.Certificate({"type": "service_account", "project_id": "acme-mobile", "private_key_id": "${hex(40)}", "private_key": "${s}\\n", "client_email": "firebase-adminsdk-${r(LOWER + DIGITS, 5)}@acme-mobile.iam.gserviceaccount.com"})`);
  add('Ansible vars GitLab PAT', `glpat-${r(B64URL, 20)}`, (s) => `gitlab_api_url: https://gitlab.acme.io/api/v4\ngitlab_api_token: ${s}`);
  add('Kubernetes Secret manifest stringData Stripe restricted key', `rk_live_${r(ALNUM, 99)}`, (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing\nstringData:\n  STRIPE_RESTRICTED_KEY: ${s}`);

  return out;
}

export function batchKNegatives(seed = 'blind-k-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const bcrypt = (): string => `$2y$10$${r(BCRYPT, 53)}`;

  // --- Placeholders -----------------------------------------------------------------------------------
  add('wp-config sample salts placeholder', `define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\ndefine( 'LOGGED_IN_KEY',    'put your unique phrase here' );`);
  add('wp-config sample DB password placeholder', `define( 'DB_NAME', 'database_name_here' );\ndefine( 'DB_USER', 'username_here' );\ndefine( 'DB_PASSWORD', 'password_here' );`);
  add('grafana.ini default admin password', `[security]\n# default admin password, can be changed before first start of grafana, or in profile settings\nadmin_password = admin`);
  add('Ansible vars referencing vault variable', `app_db_user: orders\napp_db_password: "{{ vault_db_password }}"\nstripe_secret_key: "{{ vault_stripe_secret_key }}"`);
  add('docker-compose env interpolation', `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \${DB_PASSWORD}\n      POSTGRES_USER: \${DB_USER:-orders}`);
  add('Airflow cfg interpolation placeholder', `[database]\nsql_alchemy_conn = postgresql://airflow:%(DB_PASSWORD)s@pg/airflow`);
  add('tomcat-users angle-bracket placeholder', `<!--\n  <user username="admin" password="<must-be-changed>" roles="manager-gui"/>\n  <user username="robot" password="<password>" roles="manager-script"/>\n-->`);
  add('Salt pillar CHANGE_ME', `mysql:\n  server:\n    root_password: CHANGE_ME\n    bind_address: 127.0.0.1`);
  add('Mosquitto bridge changeme', `connection cloud-bridge\naddress mqtt.example.com:8883\nremote_username changeme\nremote_password changeme`);
  add('Home Assistant secrets template', `# Use this file to store secrets like usernames and passwords.\n# Learn more at https://www.home-assistant.io/docs/configuration/secrets/\nsome_password: welcome`);
  add('Serverless yml self/ssm references', `provider:\n  environment:\n    STRIPE_SECRET_KEY: \${ssm:/acme/prod/stripe-secret-key}\n    DB_PASSWORD: \${env:DB_PASSWORD}\n    TWILIO_AUTH_TOKEN: \${self:custom.twilioToken}`);
  add('dbt profiles env_var', `acme:\n  outputs:\n    prod:\n      type: snowflake\n      user: dbt_prod\n      password: "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}"\n      account: acme-eu1`);
  add('React Native .env.example', `API_URL=https://api.example.com\nSHOPIFY_ADMIN_TOKEN=\nOKTA_API_TOKEN=your-okta-api-token\nSENTRY_AUTH_TOKEN=<sentry auth token>`);
  add('Packer variable without default', `variable "client_secret" {\n  type      = string\n  sensitive = true\n}\n\nvariable "aws_secret_key" {\n  type    = string\n  default = env("AWS_SECRET_ACCESS_KEY")\n}`);
  add('Vagrantfile reading env', `config.vm.provider :digital_ocean do |provider|\n  provider.token = ENV['DIGITALOCEAN_TOKEN']\n  provider.ssh_key_name = "ops-laptop"\nend`);
  add('.netrc template', `machine api.heroku.com\n  login YOUR_EMAIL\n  password YOUR_API_KEY`);
  add('appsettings.json empty secrets', `{\n  "Auth0": { "Domain": "", "ClientId": "", "ClientSecret": "" },\n  "ConnectionStrings": { "Default": "" }\n}`);
  add('Nextcloud config.sample.php', `  'dbpassword' => '',\n  'passwordsalt' => '',\n  'secret' => '',`);
  add('fetchmailrc with password prompted', `poll imap.acme.io protocol IMAP\n  user "ana.ruiz" is "ana" here\n  # no password line: fetchmail prompts for it at start\n  ssl`);
  add('Jenkins groovy reading password from env', `def pw = System.getenv("NEXUS_DEPLOY_PASSWORD")\ndef c = new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "nexus-deploy", "Nexus deployer", "deployer", pw)`);
  add('Magento env.php placeholder', `    'crypt' => [\n        'key' => 'YOUR_CRYPT_KEY'\n    ],\n    'db' => ['connection' => ['default' => ['password' => '']]],`);

  // --- References to secret stores -----------------------------------------------------------------------
  add('ARM parameters Key Vault reference', `"adminPassword": {\n  "reference": {\n    "keyVault": { "id": "/subscriptions/${uuid(r)}/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-acme-prod" },\n    "secretName": "vmAdminPassword"\n  }\n}`);
  add('App Service Key Vault reference setting', `"appSettings": [\n  { "name": "Stripe__SecretKey", "value": "@Microsoft.KeyVault(SecretUri=https://kv-acme-prod.vault.azure.net/secrets/stripe-secret-key/${hex(32)})" }\n]`);
  add('bicep getSecret', `resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'kv-acme-prod'\n}\nmodule sql './sql.bicep' = {\n  params: { adminPassword: kv.getSecret('sqlAdminPassword') }\n}`);
  add('CDK SecretValue from Secrets Manager', `const dbPassword = SecretValue.secretsManager('arn:aws:secretsmanager:eu-west-1:${r(DIGITS, 12)}:secret:orders/db-${r(ALNUM, 6)}', { jsonField: 'password' });`);
  add('SAM dynamic reference to SSM SecureString', `      Environment:\n        Variables:\n          STRIPE_SECRET_KEY: '{{resolve:ssm-secure:/acme/prod/stripe/secret-key:3}}'\n          DB_PASSWORD: '{{resolve:secretsmanager:orders/db:SecretString:password}}'`);
  add('Pulumi stack secure config', `config:\n  acme-infra:githubToken:\n    secure: v1:${r(B64, 16)}:${r(B64, 60)}\nencryptionsalt: v1:${r(B64, 12)}:v1:${r(B64, 16)}:${r(B64, 32)}`);
  add('Kubernetes secretKeyRef', `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password`);
  add('Nomad template reading Vault path', `template {\n  data = <<EOH\nSENDGRID_API_KEY="{{ with secret "kv/data/mailer" }}{{ .Data.data.sendgrid_key }}{{ end }}"\nEOH\n  destination = "secrets/file.env"\n  env         = true\n}`);
  add('Chef data bag item lookup', `creds = data_bag_item('github', 'app', Chef::EncryptedDataBagItem.load_secret('/etc/chef/encrypted_data_bag_secret'))\nprivate_key = creds['private_key']`);
  add('Puppet lookup with Vault backend', `class profile::newrelic {\n  $license_key = lookup('profile::newrelic::license_key', Sensitive)\n}`);
  add('Ansible hashi_vault lookup', `app_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/orders/db:password url=https://vault.acme.io:8200') }}"`);
  add('Airflow secrets backend config', `[secrets]\nbackend = airflow.providers.amazon.aws.secrets.systems_manager.SystemsManagerParameterStoreBackend\nbackend_kwargs = {"connections_prefix": "/airflow/connections", "variables_prefix": "/airflow/variables"}`);
  add('Databricks secret scope', `token = dbutils.secrets.get(scope="acme-prod", key="github-token")\ndbutils.widgets.text("api_token", "")`);
  add('Spark conf from secret scope', `spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net {{secrets/adls/account-key}}`);
  add('GitLab rb reading from file', `gitlab_rails['smtp_password'] = File.read('/run/secrets/smtp_password').strip\ngitlab_rails['initial_root_password'] = nil`);
  add('Consul config with token file', `acl {\n  enabled = true\n  tokens {\n    agent = "" # written by vault-agent to /etc/consul.d/agent-token.hcl\n  }\n}`);

  // --- Encrypted values ---------------------------------------------------------------------------------
  add('ansible-vault encrypted variable', `app_db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${hex(80)}\n          ${hex(80)}\n          ${hex(80)}\n          ${hex(40)}`);
  add('ansible-vault encrypted file header', `$ANSIBLE_VAULT;1.2;AES256;prod\n${hex(80)}\n${hex(80)}\n${hex(64)}`);
  add('SOPS encrypted YAML', `mysql:\n    root_password: ENC[AES256_GCM,data:${r(B64, 24)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:${r(DIGITS, 12)}:key/${uuid(r)}\n    version: 3.9.1`);
  add('Jasypt ENC value in properties', `spring.datasource.username=orders\nspring.datasource.password=ENC(${r(B64, 44)})\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256`);
  add('Chef encrypted data bag item', `{\n  "id": "github_app",\n  "private_key": {\n    "encrypted_data": "${r(B64, 88)}",\n    "hmac": "${r(B64, 43)}=",\n    "iv": "${r(B64, 16)}",\n    "version": 3,\n    "cipher": "aes-256-gcm"\n  }\n}`);
  add('Salt GPG-encrypted pillar', `#!yaml|gpg\nmysql:\n  root_password: |\n    -----BEGIN PGP MESSAGE-----\n\n    ${r(B64, 64)}\n    ${r(B64, 64)}\n    =${r(B64, 4)}\n    -----END PGP MESSAGE-----`);
  add('WildFly vault expression', `<security>\n  <user-name>orders</user-name>\n  <password>\${VAULT::ds_OrdersDS::password::1}</password>\n</security>`);
  add('Jenkins credentials.xml encrypted secret', `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>nexus-deploy</id>\n  <username>deployer</username>\n  <password>{${r(B64, 64)}=}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>`);

  // --- Hashed passwords and public salts ------------------------------------------------------------------
  add('tomcat-users digest password', `<Realm className="org.apache.catalina.realm.UserDatabaseRealm">\n  <CredentialHandler className="org.apache.catalina.realm.MessageDigestCredentialHandler" algorithm="SHA-256"/>\n</Realm>\n<user username="tcadmin" password="${hex(64)}" roles="manager-gui"/>`);
  add('htpasswd bcrypt entries', `grafana-proxy:${bcrypt()}\nprometheus:${bcrypt()}`);
  add('shadow SHA-512 crypt line', `deploy:$6$${r(BCRYPT, 16)}$${r(BCRYPT, 86)}:19700:0:99999:7:::`);
  add('Mosquitto password_file hashes', `edge-gw-17:$7$101$${r(B64, 16)}$${r(B64, 86)}==`);
  add('Keycloak realm export hashed credential with salt', `"credentials": [ {\n  "type": "password",\n  "secretData": "{\\"value\\":\\"${r(B64, 43)}=\\",\\"salt\\":\\"${r(B64, 22)}==\\",\\"additionalParameters\\":{}}",\n  "credentialData": "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\"}"\n} ]`);
  add('Drupal users table dump hashed password', `INSERT INTO users_field_data (uid, name, pass, mail) VALUES (1, 'admin', '$S$E${r(BCRYPT, 52)}', 'admin@acme.io');`);
  add('Grafana-style PBKDF2 user row', `id|login|password|salt\n1|admin|${hex(100)}|${r(ALNUM, 10)}`);
  add('PostgreSQL SCRAM verifier in pg_authid dump', `report_ro|SCRAM-SHA-256$4096:${r(B64, 22)}==$${r(B64, 43)}=:${r(B64, 43)}=`);

  // --- Public keys, certificates, checksums -------------------------------------------------------------
  add('WireGuard peer section (public keys only)', `[Peer]\n# laptop-ana\nPublicKey = ${r(B64, 43)}=\nAllowedIPs = 10.8.0.5/32\nEndpoint = 203.0.113.10:51820`);
  add('OpenVPN inline CA certificate', `<ca>\n${pemBlock(r, 'CERTIFICATE', 'MIIDSzCCAjOgAwIBAgIU', 1100)}\n</ca>`);
  add('Chef node with SSH public key', `default['users']['deploy']['ssh_keys'] = ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} deploy@ci']`);
  add('Packer checksum for ISO', `source "qemu" "ubuntu" {\n  iso_url      = "https://releases.ubuntu.com/24.04/ubuntu-24.04.1-live-server-amd64.iso"\n  iso_checksum = "sha256:${hex(64)}"\n}`);
  add('Vagrantfile box checksum', `config.vm.box = "acme/rocky9"\nconfig.vm.box_download_checksum = "${hex(64)}"\nconfig.vm.box_download_checksum_type = "sha256"`);
  add('Keycloak realm public key', `"keys": { "rsa-generated": [ { "publicKey": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r(B64, 300)}IDAQAB", "certificate": "MIICmzCCAYMCBgGT${r(B64, 200)}" } ] }`);
  add('Ansible known_hosts entry', `known_hosts_entries:\n  - "gitlab.acme.io ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r(B64, 86)}="`);
  add('Terraform lock file hashes', `provider "registry.terraform.io/cloudflare/cloudflare" {\n  version = "4.45.0"\n  hashes = [\n    "h1:${r(B64, 43)}=",\n    "zh:${hex(64)}",\n  ]\n}`);

  // --- Ids, ARNs, resource names --------------------------------------------------------------------------
  add('ARM template resource ids', `"subnetId": "/subscriptions/${uuid(r)}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-prod/subnets/app",\n"tenantId": "${uuid(r)}"`);
  add('SAM template IAM role ARN and KMS key id', `      Role: arn:aws:iam::${r(DIGITS, 12)}:role/checkout-lambda\n      KmsKeyArn: arn:aws:kms:eu-west-1:${r(DIGITS, 12)}:key/${uuid(r)}`);
  add('Keycloak realm export ids', `{ "id": "${uuid(r)}", "realm": "acme", "clients": [ { "id": "${uuid(r)}", "clientId": "orders-frontend", "publicClient": true } ] }`);
  add('Nextcloud instanceid', `  'instanceid' => 'oc${r(LOWER + DIGITS, 10)}',\n  'version' => '29.0.4.1',`);
  add('Databricks cluster and job ids', `{"cluster_id": "${r(DIGITS, 4)}-${r(DIGITS, 6)}-${r(LOWER + DIGITS, 8)}", "job_id": ${r(DIGITS, 15)}, "run_id": ${r(DIGITS, 9)}}`);
  add('Cloudflare zone and account ids in tfvars', `cloudflare_zone_id    = "${hex(32)}"\ncloudflare_account_id = "${hex(32)}"`);
  add('Consul node id and datacenter', `node_id    = "${uuid(r)}"\ndatacenter = "eu1"\nretry_join = ["provider=aws tag_key=consul tag_value=server"]`);
  add('Home Assistant entity unique ids', `sensor:\n  - platform: template\n    sensors:\n      attic_temp:\n        unique_id: ${uuid(r)}\n        value_template: "{{ states('sensor.attic') }}"`);

  // --- Publishable keys ---------------------------------------------------------------------------------
  add('React Native .env Stripe publishable key', `STRIPE_PUBLISHABLE_KEY=pk_live_51${r(ALNUM, 97)}\nMERCHANT_ID=merchant.io.acme`);
  add('decompiled Java Mapbox public token', `public static final String MAPBOX_ACCESS_TOKEN = "pk.${b64urlJson({ u: 'acmemaps', a: r(LOWER + DIGITS, 25) })}.${r(B64URL, 22)}";`);
  add('Firebase web config in Electron bundle', `const firebaseConfig={apiKey:"AIzaSy${r(B64URL, 33)}",authDomain:"acme-mobile.firebaseapp.com",projectId:"acme-mobile",appId:"1:${r(DIGITS, 12)}:web:${hex(22)}"};`);
  add('Algolia search-only key in smali', `    const-string v0, "${r(UPPER + DIGITS, 10)}"\n    const-string v1, "${hex(32)}"\n    invoke-static {v0, v1}, Lcom/algolia/search/client/ClientSearch;->create(Ljava/lang/String;Ljava/lang/String;)V\n    # v1 is ALGOLIA_SEARCH_ONLY_KEY`);
  add('iOS xcconfig Sentry DSN', `SENTRY_DSN = https:/$()/${hex(32)}@o${r(DIGITS, 6)}.ingest.sentry.io/${r(DIGITS, 7)}`);

  // --- Numeric/boolean settings next to secret-named keys and comments ----------------------------------
  add('grafana.ini password policy settings', `[security]\npassword_policy = true\n[auth.basic]\npassword_hint = password\n# min password length enforced by policy\npassword_min_length = 12`);
  add('Keycloak realm password policy', `"passwordPolicy": "length(12) and digits(1) and upperCase(1) and notUsername(undefined)",\n"bruteForceProtected": true,\n"maxFailureWaitSeconds": 900`);
  add('gitlab.rb token expiry settings', `gitlab_rails['personal_access_token_expiration_days'] = 90\ngitlab_rails['password_authentication_enabled_for_web'] = false\ngitlab_rails['api_token_rate_limit'] = 600`);
  add('Nextcloud password policy app config', `'password_policy' => [\n  'minLength' => 12,\n  'enforceNumericCharacters' => true,\n  'historySize' => 5,\n],`);
  add('my.cnf server settings with secret-ish names', `[mysqld]\nvalidate_password.length = 14\nvalidate_password.policy = STRONG\ndefault_authentication_plugin = caching_sha2_password`);
  add('OpenVPN auth settings', `auth-user-pass\nauth-nocache\nreneg-sec 0\nkey-direction 1\ntls-version-min 1.2`);
  add('Serverless yml comment describing keys', `# MAILGUN_API_KEY and TWILIO_AUTH_TOKEN come from the CI secret store;\n# never commit real values here. Rotate them with scripts/rotate-keys.sh.\nprovider:\n  name: aws\n  runtime: nodejs20.x`);
  add('WireGuard comment describing key generation', `# Generate keys with: wg genkey | tee privatekey | wg pubkey > publickey\n# then paste the private key below. Never share it.\n[Interface]\nPrivateKey = <contents of privatekey>`);
  add('Airflow connection without password', `AIRFLOW_CONN_HTTP_STATUS='http://status.acme.io:443/?__extra__=%7B%22timeout%22%3A+10%7D'`);
  add('odbc.ini trusted connection', `[WarehouseDSN]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:dw.acme.internal,1433\nTrusted_Connection=yes\nAuthentication=ActiveDirectoryMsi`);
  add('CSP nonce in an HTML template', `<script nonce="${r(B64, 22)}==" src="/static/app.${hex(8)}.js"></script>`);
  add('Jupyter output masked token', `Out[7]: Settings(openai_api_key=SecretStr('**********'), warehouse_url='postgresql://analyst:***@warehouse.acme.internal/analytics')`);

  return out;
}
