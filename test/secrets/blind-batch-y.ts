/**
 * Blind evaluation batch Y for the secret/credential detector (2026-11-28).
 *
 * Written blind by a helper on 2026-11-28: without reading the detector, its patterns, its tests, the
 * other batches (beyond the file layout of batch V and the helper exports of fixtures.ts) or any notes,
 * and without running it. Batch Y aims at credentials in INFRASTRUCTURE STATE, SECRET-STORE OUTPUT AND
 * DATA / IDENTITY DUMPS:
 * (1) infrastructure state and outputs: terraform.tfstate (RDS password, IAM access key, TLS private key,
 *     random_password, GCP service-account key, Azure storage key via `terraform show -json`),
 *     `terraform output -json` / `-raw`, `terraform console`, plan output of helm_release `set`, tfvars in a
 *     PR diff, Pulumi stack config / `--show-secrets` / stack export, CloudFormation template defaults and
 *     `describe-stacks`, CDK context, Ansible inventories / host_vars / group_vars, Salt pillar, Chef data
 *     bag, Puppet hiera;
 * (2) secret stores: `vault kv get` (table and JSON), `vault read database/creds`, `vault token create`,
 *     `vault operator init`, the Vault HTTP API, AWS Secrets Manager and SSM, `az keyvault secret show`,
 *     `gcloud secrets versions access`, Doppler, Infisical, 1Password CLI and service-account token,
 *     Kubernetes Secrets (stringData, base64 data, decoded jsonpath output, dockerconfigjson), External
 *     Secrets bootstrap, Helm values / `helm get values`, ArgoCD repository and cluster secrets, Flux,
 *     a raw Secret committed beside its SealedSecret;
 * (3) databases and directories: CREATE USER / ALTER ROLE / GRANT … IDENTIFIED BY / CREATE LOGIN /
 *     an Oracle database link, init scripts, MongoDB createUser and SRV URIs, Redis ACL files and
 *     redis.conf, LDIF (plain and base64 `userPassword::`), Keycloak realm exports, Auth0
 *     deploy-cli tenant files, okta.yaml, RabbitMQ definitions, Kafka JAAS and `sasl.jaas.config`,
 *     Kibana, elasticsearch-reset-password, Elasticsearch API-key responses, Cassandra, Neo4j, ClickHouse;
 * (4) monitoring: Prometheus basic_auth / bearer_token / remote_write, Alertmanager (Slack, PagerDuty
 *     routing and service keys, OpsGenie), Grafana provisioning secureJsonData and service-account tokens,
 *     Promtail, Datadog agent and app keys, Zabbix, Nagios, Consul and Nomad ACL bootstrap, Consul gossip
 *     key, Telegraf, an Elasticsearch health check with `curl -u`; plus an Ansible `-vvv` shell-task result.
 * Containers: raw files, shell transcripts, CI logs, JSON API responses, PR diffs, tickets and chat, with
 * prose in German, Spanish, Portuguese, French, Japanese, Russian, Chinese and Dutch.
 *
 * Counts: 95 positives, 100 negatives.
 *
 * Negatives use the same formats with nothing secret: values masked by the tool (`****`, `<sensitive>`,
 * `(sensitive value)`, `<secret>`, `**********`, `[use 'op item get … --reveal' to reveal]`, `[secret]`,
 * Ansible's no_log `censored`), references (`secretKeyRef`, `existingSecret`, `{{ lookup('hashi_vault') }}`,
 * `${data.aws_secretsmanager_secret_version…}`, `{{resolve:secretsmanager…}}`, `op://`, `ENC[…]` of the
 * Datadog secrets backend, `${file:…}` config providers, `$__file{}`, `*_file` settings), ciphertexts
 * (`!vault |`, SOPS, hiera-eyaml, Pulumi `secure:`, SealedSecret, Chef encrypted data bag, Salt GPG,
 * SSM SecureString without decryption, PGP-encrypted IAM secret, Vault transit), password hashes (PostgreSQL
 * md5 and SCRAM, MySQL `*HEX`, SQL Server `0x0200…`, Oracle `S:`/`T:` verifiers, MongoDB SCRAM, Redis `#`,
 * `{SSHA}`, `{CRYPT}$6$`, bcrypt, RabbitMQ `password_hash`, ClickHouse sha256 / double-sha1 hex, Keycloak
 * pbkdf2), ARNs, resource / version / lease / accessor ids, key fingerprints, lock-file hashes, public keys
 * and certificates, placeholders in example files, empty values.
 *
 * Every key-like value is generated at run time from the seeded random source, in the shape the vendor
 * uses as I remember it. The file holds no literal key; AWS's documentation key id is assembled from parts.
 *
 * JUDGMENT CALLS:
 * - Where a user name and a password sit together, `secret` is the password. Where an id and a secret sit
 *   together (AWS key id + secret key, Consul AccessorID + SecretID, Nomad Accessor ID + Secret ID, Vault
 *   token + token_accessor, ES API-key id + api_key), `secret` is the secret half. The Vault accessor, the
 *   Consul/Nomad accessor ids and Vault lease ids are treated as NOT secret (they cannot authenticate).
 * - `vault operator init`: the unseal keys and the root token are all secrets; `secret` is the root token.
 * - The Elasticsearch create-API-key response holds both `api_key` and `encoded` (base64 of id:api_key);
 *   `secret` is `api_key`.
 * - A connection string inside a secret value (Azure storage) has `secret` = the AccountKey; a database
 *   URL inside a Doppler table has `secret` = the password; a Slack webhook URL is scored as the whole URL.
 * - Kubernetes `data:` values, `.dockerconfigjson`, and LDIF `userPassword::` holding base64 of a plaintext
 *   password are POSITIVES (`secret` = the base64 blob; base64 is not protection). LDIF `userPassword::`
 *   holding base64 of an `{SSHA}` hash is a NEGATIVE (it decodes to a hash).
 * - The base64 `private_key` of a google_service_account_key in state is a POSITIVE (`secret` = the blob).
 * - `terraform output -json` prints `sensitive: true` outputs in clear: POSITIVE. A CloudFormation
 *   parameter with NoEcho but a Default in the template: POSITIVE (NoEcho only hides it on display).
 * - Pulumi `--show-secrets` exports wrap the value as a JSON string in `plaintext` (`"\"…\""`); `secret` is
 *   the inner value. Pulumi's secret-signature hex constant is NOT a secret (negative context).
 * - The terraform `random_password` state holds both `result` (secret) and `bcrypt_hash`; `secret` is
 *   `result`. Mixed files (Redis ACL, RabbitMQ definitions, Pulumi config) pair one plaintext secret with
 *   hashed or encrypted ones; only the plaintext one is scored.
 * - A Terraform plan shows a helm_release `set` value in clear (only `set_sensitive` is hidden): POSITIVE.
 * - A Kafka `KafkaServer` section's `user_<name>="…"` defines that user's password: POSITIVE.
 * - Vault-generated dynamic database passwords (`A1a-…`) and passphrase-style passwords (word-word-word-NN)
 *   under a password key are POSITIVES; so are 32-hex Datadog / PagerDuty keys, a UUID OpsGenie key and
 *   UUID Consul / Nomad secret ids, which are only recognisable from context.
 * - Encrypted values are NEGATIVES even where the ciphertext is long and random (SSM SecureString returned
 *   without `--with-decryption`, the PGP `encrypted_secret` of an IAM key, SealedSecret, SOPS, eyaml,
 *   Ansible vault, Chef encrypted data bag, Salt GPG pillar, Vault transit `vault:v1:`).
 * - Every password hash is a NEGATIVE, including verifiers that enable pass-the-hash in some protocols
 *   (MySQL `*HEX`, Redis `#sha256`, ClickHouse double-sha1, MongoDB SCRAM stored/server keys).
 * - Partially shown keys (Datadog `API key ending with …`) and masked Keycloak `**********` are NEGATIVES.
 * - Placeholders in example files (`changeme`, `CHANGE_ME`, `<password>`, `##AUTH0_CLIENT_SECRET##`,
 *   `REPLACE_WITH_…`) are NEGATIVES. A Nomad anonymous token (`anonymous`) is a NEGATIVE.
 * - The only AWS key id in a negative is AWS's documented example id, next to a PGP-encrypted secret.
 * - Several positives hold more than one secret (IAM state: secret + `ses_smtp_password_v4`; vault kv:
 *   Stripe key + `whsec_`; Kafka JAAS: three passwords, scored on `user_connect`; operator init: unseal
 *   keys + root token). Only the named one is scored. Some positives also hold masked siblings (`****` in
 *   describe-stacks, `***` in an SSM CI log) and the masked part is never the span.
 * - A CI log that prints `terraform output -raw` in clear is a POSITIVE (the runner did not know to mask
 *   it); the same log with `***` is a NEGATIVE.
 * - Ansible module arguments named `password` are censored by Ansible itself, so the `-vvv` positive is a
 *   shell task whose command line carries the password (`cmd` is never censored).
 * - Certificates (kube-root-ca) and the ArgoCD `caData` (truncated in the paste) are never the span.
 * - The tfstate TLS key is scored as the whole PEM string as JSON holds it (with literal `\n` escapes).
 */
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
  b64,
  positiveBatch,
  randomChars,
  uuid,
  crcToken,
  b64urlJson,
  randomBytes,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** Split into lines of `n` characters. */
const chunk = (s: string, n: number): string[] => s.match(new RegExp(`.{1,${n}}`, 'g')) ?? [];

/** AWS's documentation example key id, assembled from parts. */
const AWS_EXAMPLE_ID = ['AKIAIOSF', 'ODNN7', 'EXAMPLE'].join('');
/** Pulumi's fixed secret signature (marks an encrypted or plaintext secret object in state). */
const PULUMI_SIG = ['4dabf181', '93072939', '515e22ad', 'b298388d'].join('');

/** DER prefix of a 2048-bit RSA key in PKCS#1, and of the same wrapped in PKCS#8. */
const RSA_PKCS1_HEAD = '308204a40201000282010100';
const RSA_PKCS8_HEAD = '308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100';

/** Base64 lines of a random RSA private key body (DER head + random bytes). */
function rsaLines(r: R, head: string): string[] {
  return chunk(Buffer.concat([Buffer.from(head, 'hex'), randomBytes(r, 1180)]).toString('base64'), 64);
}
/** A PEM block, lines joined by `sep` (a real newline, or the two characters `\n` inside JSON). */
function pem(label: string, lines: string[], sep: string, trailing = ''): string {
  return `-----BEGIN ${label}-----${sep}${lines.join(sep)}${sep}-----END ${label}-----${trailing}`;
}

/** SSH wire-format string. */
function sshStr(v: Buffer | string): Buffer {
  const buf = typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
}
/** An unencrypted OpenSSH ed25519 private key with its public key line. */
function opensshEd25519(r: R, comment: string): { priv: string; pub: string } {
  const pubRaw = randomBytes(r, 32);
  const seedRaw = randomBytes(r, 32);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pubRaw)]);
  const check = randomBytes(r, 4);
  let priv = Buffer.concat([check, check, sshStr('ssh-ed25519'), sshStr(pubRaw), sshStr(Buffer.concat([seedRaw, pubRaw])), sshStr(comment)]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const one = Buffer.alloc(4);
  one.writeUInt32BE(1);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshStr('none'),
    sshStr('none'),
    sshStr(''),
    one,
    sshStr(pubBlob),
    sshStr(priv),
  ]);
  return {
    priv: pem('OPENSSH PRIVATE KEY', chunk(body.toString('base64'), 70), '\n', '\n'),
    pub: `ssh-ed25519 ${pubBlob.toString('base64')} ${comment}`,
  };
}

/** A Kubernetes service-account JWT (RS256, random signature). */
function k8sJwt(r: R, ns: string, sa: string): string {
  const iat = 1795860000 + Number(r(DIGITS, 5));
  const head = b64urlJson({ alg: 'RS256', kid: r(B64URL, 43) });
  const body = b64urlJson({
    aud: ['https://kubernetes.default.svc.cluster.local'],
    exp: iat + 31536000,
    iat,
    iss: 'https://kubernetes.default.svc.cluster.local',
    'kubernetes.io': { namespace: ns, serviceaccount: { name: sa, uid: uuid(r) } },
    nbf: iat,
    sub: `system:serviceaccount:${ns}:${sa}`,
  });
  return `${head}.${body}.${r(B64URL, 342)}`;
}

/** 32 bytes in base64 (44 characters, one `=`). */
const key32 = (r: R): string => `${r(B64, 42)}${r('AEIMQUYcgkosw048', 1)}=`;
/** 64 bytes in base64 (88 characters, `==`), in the given alphabet. */
const key64 = (r: R, alpha: string): string => `${r(alpha, 85)}${r('AQgw', 1)}==`;

const WORDS = [
  'cobalt',
  'ember',
  'fjord',
  'glacier',
  'heron',
  'juniper',
  'kestrel',
  'lichen',
  'meadow',
  'nectar',
  'onyx',
  'prairie',
  'quill',
  'raven',
  'saffron',
  'tundra',
] as const;

export function batchYPositives(seed = 'blind-y-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  const hex = (n: number): string => r(HEXL, n);
  /** A made-up password with one symbol that needs quoting in YAML / shell; used only inside quotes. */
  const pw = (): string => `${cap(word())}${r(ALNUM, 5)}${r('!#%*+=', 1)}${r(DIGITS, 3)}${r(LOWER, 3)}`;
  /** A made-up password with only `-`, `_`, `.` as symbols (safe unquoted, in URLs and in INI files). */
  const netpw = (): string => `${cap(word())}${r(DIGITS, 2)}${r('-_.', 1)}${r(ALNUM, 7)}`;
  const rnd = (n: number): string => r(ALNUM, n);
  /** terraform random_password with its default special set (JSON only). */
  const tfpw = (): string => r(`${ALNUM}!#$%&*()-_=+[]{}<>:?`, 24);
  const phrase = (): string => `${word()}-${word()}-${word()}-${r(DIGITS, 2)}`;
  const acct = (): string => `${r('123456789', 1)}${r(DIGITS, 11)}`;
  const akid = (): string => `AKIA${r(AWS_ID, 16)}`;
  const awsSecret = (): string => r(B64, 40);
  const stripeLive = (): string => `sk_live_51${r(ALNUM, 97)}`;
  const slackHook = (): string => `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`;
  const sendgrid = (): string => `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`;
  const glpat = (): string => `glpat-${r(B64URL, 20)}`;
  const vaultRoot = (): string => `hvs.${r(ALNUM, 24)}`;
  const vaultSvc = (): string => `hvs.CAESI${r(B64URL, 81)}`;
  const ts = (): string => `2026-11-${r('12', 1)}${r('0123456', 1)}T${r('01', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}`;

  // --- (1) Infrastructure state and outputs ----------------------------------------------------------------
  add('terraform.tfstate aws_db_instance with plaintext password attribute', netpw(), (s) => {
    const a = acct();
    return `{
  "version": 4,
  "terraform_version": "1.9.8",
  "serial": ${Number(r(DIGITS, 3))},
  "lineage": "${uuid(r)}",
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "orders",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 2,
          "attributes": {
            "address": "orders-prod.${r(LOWER + DIGITS, 12)}.eu-west-1.rds.amazonaws.com",
            "allocated_storage": 200,
            "arn": "arn:aws:rds:eu-west-1:${a}:db:orders-prod",
            "db_name": "orders",
            "engine": "postgres",
            "engine_version": "16.4",
            "identifier": "orders-prod",
            "instance_class": "db.r6g.large",
            "kms_key_id": "arn:aws:kms:eu-west-1:${a}:key/${uuid(r)}",
            "manage_master_user_password": null,
            "password": "${s}",
            "port": 5432,
            "resource_id": "db-${r(UPPER + DIGITS, 26)}",
            "storage_encrypted": true,
            "username": "orders_admin"
          },
          "sensitive_attributes": [
            [
              {
                "type": "get_attr",
                "value": "password"
              }
            ]
          ]
        }
      ]
    }
  ]
}`;
  });
  add('terraform.tfstate aws_iam_access_key with secret in clear', awsSecret(), (s) => `      "type": "aws_iam_access_key",
      "name": "ci_deployer",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "create_date": "2026-03-14T09:22:41Z",
            "encrypted_secret": null,
            "encrypted_ses_smtp_password_v4": null,
            "id": "${akid()}",
            "key_fingerprint": null,
            "pgp_key": null,
            "secret": "${s}",
            "ses_smtp_password_v4": "B${r(B64, 43)}",
            "status": "Active",
            "user": "ci-deployer"
          },
          "sensitive_attributes": [],
          "dependencies": [
            "aws_iam_user.ci_deployer"
          ]
        }
      ]`);
  const tlsPem = pem('RSA PRIVATE KEY', rsaLines(r, RSA_PKCS1_HEAD), '\\n', '\\n');
  add('terraform.tfstate tls_private_key private_key_pem', tlsPem, (s) => `$ terraform state pull | jq '.resources[] | select(.type == "tls_private_key") | .instances[0].attributes'
{
  "algorithm": "RSA",
  "ecdsa_curve": "P224",
  "id": "${hex(40)}",
  "private_key_openssh": null,
  "private_key_pem": "${s}",
  "public_key_fingerprint_md5": "${chunk(hex(32), 2).join(':')}",
  "public_key_fingerprint_sha256": "SHA256:${r(B64, 43)}",
  "rsa_bits": 2048
}`);
  add('terraform state random_password result', tfpw(), (s) => `$ terraform state pull | jq '.resources[] | select(.type=="random_password" and .name=="grafana_admin")'
{
  "mode": "managed",
  "type": "random_password",
  "name": "grafana_admin",
  "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
  "instances": [
    {
      "schema_version": 3,
      "attributes": {
        "bcrypt_hash": "$2a$10$${r(BCRYPT, 53)}",
        "id": "none",
        "keepers": null,
        "length": 24,
        "lower": true,
        "min_lower": 0,
        "min_numeric": 0,
        "min_special": 0,
        "min_upper": 0,
        "number": true,
        "numeric": true,
        "override_special": null,
        "result": "${s}",
        "special": true,
        "upper": true
      },
      "sensitive_attributes": []
    }
  ]
}`);
  add('terraform output -json reveals sensitive output', pw(), (s) => `$ terraform output -json
{
  "cluster_endpoint": {
    "sensitive": false,
    "type": "string",
    "value": "https://${hex(32).toUpperCase()}.gr7.eu-west-1.eks.amazonaws.com"
  },
  "db_master_password": {
    "sensitive": true,
    "type": "string",
    "value": "${s}"
  },
  "vpc_id": {
    "sensitive": false,
    "type": "string",
    "value": "vpc-${hex(17)}"
  }
}`);
  add('GitHub Actions log printing terraform output -raw', netpw(), (s) => `2026-11-28T10:02:11.4817302Z ##[group]Run terraform output -raw grafana_admin_password
2026-11-28T10:02:11.4818101Z terraform output -raw grafana_admin_password
2026-11-28T10:02:11.4819455Z shell: /usr/bin/bash -e {0}
2026-11-28T10:02:11.4819860Z env:
2026-11-28T10:02:11.4820221Z   TF_IN_AUTOMATION: true
2026-11-28T10:02:11.4820774Z ##[endgroup]
2026-11-28T10:02:12.9912047Z ${s}
2026-11-28T10:02:13.0150388Z Post job cleanup.`);
  add('terraform show -json with azurerm storage primary_access_key', key64(r, B64), (s) => `$ terraform show -json | jq '.values.root_module.resources[] | select(.address=="azurerm_storage_account.exports") | .values | {name, primary_blob_endpoint, primary_access_key}'
{
  "name": "corpexports${r(LOWER + DIGITS, 6)}",
  "primary_blob_endpoint": "https://corpexports.blob.core.windows.net/",
  "primary_access_key": "${s}"
}`);
  add('terraform state google_service_account_key private_key (base64 JSON key file)', ((): string => {
    const keyPem = pem('PRIVATE KEY', rsaLines(r, RSA_PKCS8_HEAD), '\n', '\n');
    const id = hex(40);
    return Buffer.from(
      JSON.stringify(
        {
          type: 'service_account',
          project_id: 'corp-data-prod',
          private_key_id: id,
          private_key: keyPem,
          client_email: 'bq-loader@corp-data-prod.iam.gserviceaccount.com',
          client_id: r(DIGITS, 21),
          auth_uri: 'https://accounts.google.com/o/oauth2/auth',
          token_uri: 'https://oauth2.googleapis.com/token',
        },
        null,
        2,
      ),
      'utf8',
    ).toString('base64');
  })(), (s) => `          "attributes": {
            "id": "projects/corp-data-prod/serviceAccounts/bq-loader@corp-data-prod.iam.gserviceaccount.com/keys/${hex(40)}",
            "key_algorithm": "KEY_ALG_RSA_2048",
            "keepers": null,
            "name": "projects/corp-data-prod/serviceAccounts/bq-loader@corp-data-prod.iam.gserviceaccount.com/keys/${hex(40)}",
            "private_key": "${s}",
            "private_key_type": "TYPE_GOOGLE_CREDENTIALS_FILE",
            "public_key_type": "TYPE_X509_PEM_FILE",
            "service_account_id": "bq-loader@corp-data-prod.iam.gserviceaccount.com",
            "valid_after": "2026-10-01T08:00:00Z",
            "valid_before": "9999-12-31T23:59:59Z"
          },`);
  add('terraform plan with helm_release set value in clear', pw(), (s) => `  # helm_release.keycloak will be updated in-place
  ~ resource "helm_release" "keycloak" {
        id                         = "keycloak"
        name                       = "keycloak"
      ~ version                    = "21.4.1" -> "24.0.3"
        # (27 unchanged attributes hidden)

      - set {
          - name  = "auth.adminPassword" -> null
          - value = "" -> null
        }
      + set {
          + name  = "auth.adminPassword"
          + value = "${s}"
        }

        # (3 unchanged blocks hidden)
    }

Plan: 0 to add, 1 to change, 0 to destroy.`);
  add('PR diff committing terraform.tfvars with Cloudflare API token', r(B64URL, 40), (s) => `diff --git a/envs/prod/terraform.tfvars b/envs/prod/terraform.tfvars
new file mode 100644
index 0000000..${hex(7)}
--- /dev/null
+++ b/envs/prod/terraform.tfvars
@@ -0,0 +1,6 @@
+zone_id              = "${hex(32)}"
+account_id           = "${hex(32)}"
+cloudflare_api_token = "${s}"
+environment          = "prod"
+waf_mode             = "block"
+origin_hostname      = "origin.corp.example"`);
  add('terraform console nonsensitive() of a random_password', tfpw(), (s) => `$ terraform console
> random_password.airflow_fernet.result
(sensitive value)
> nonsensitive(random_password.airflow_fernet.result)
"${s}"
> exit`);
  add('Pulumi stack config with one plaintext password beside secure values', pw(), (s) => `config:
  aws:region: eu-central-1
  shop:dbUser: shop_app
  shop:dbPassword: "${s}"
  shop:stripeKey:
    secure: v1:${r(B64, 16)}:${r(B64, 140)}
  shop:replicas: "3"`);
  add('pulumi stack export --show-secrets plaintext secret object', netpw(), (s) => `                "outputs": {
                    "address": "shop-prod.${r(LOWER + DIGITS, 12)}.eu-central-1.rds.amazonaws.com",
                    "engine": "postgres",
                    "instanceClass": "db.t4g.medium",
                    "password": {
                        "${PULUMI_SIG}": "1b47061264138c4ac30d75fd1eb44270",
                        "plaintext": "\\"${s}\\""
                    },
                    "username": "shop_admin"
                },`);
  add('CloudFormation template NoEcho parameter with Default', netpw(), (s) => `AWSTemplateFormatVersion: "2010-09-09"
Description: Reporting database (MySQL 8)
Parameters:
  DBUser:
    Type: String
    Default: reporting
  DBPassword:
    Type: String
    NoEcho: true
    MinLength: 12
    Default: ${s}
Resources:
  ReportingDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.medium
      MasterUsername: !Ref DBUser
      MasterUserPassword: !Ref DBPassword`);
  add('aws cloudformation describe-stacks with a non-NoEcho API key parameter', hex(32), (s) => `$ aws cloudformation describe-stacks --stack-name monitoring-prod --query 'Stacks[0].Parameters'
[
    {
        "ParameterKey": "DatadogSite",
        "ParameterValue": "datadoghq.eu"
    },
    {
        "ParameterKey": "DatadogApiKey",
        "ParameterValue": "${s}"
    },
    {
        "ParameterKey": "SlackWebhookUrl",
        "ParameterValue": "****"
    }
]`);
  add('CDK cdk.json context with Slack webhook URL', slackHook(), (s) => `{
  "app": "npx ts-node --prefer-ts-exts bin/platform.ts",
  "context": {
    "@aws-cdk/aws-lambda:recognizeLayerVersion": true,
    "@aws-cdk/core:checkSecretUsage": true,
    "prod": {
      "account": "${acct()}",
      "region": "eu-west-1",
      "alarmSlackWebhook": "${s}"
    }
  }
}`);
  add('Ansible INI inventory with ansible_become_pass', netpw(), (s) => `[webservers]
web01.corp.example ansible_host=10.20.1.11
web02.corp.example ansible_host=10.20.1.12

[dbservers]
db01.corp.example ansible_host=10.20.4.21 ansible_user=deploy ansible_become_pass=${s}

[all:vars]
ansible_python_interpreter=/usr/bin/python3`);
  add('Ansible host_vars with mysql_root_password', pw(), (s) => `---
# host_vars/db01.corp.example.yml
mysql_bind_address: 0.0.0.0
mysql_root_password: "${s}"
mysql_databases:
  - name: wordpress
    encoding: utf8mb4
mysql_users:
  - name: wp
    host: "10.20.1.%"
    priv: "wordpress.*:ALL"`);
  add('Salt pillar with PostgreSQL role password', phrase(), (s) => `# /srv/pillar/postgres/init.sls
postgres:
  pkg: postgresql-16
  users:
    grafana:
      ensure: present
      password: '${s}'
      createdb: False
      login: True
  databases:
    grafana:
      owner: grafana`);
  add('knife data bag show of an unencrypted data bag item', netpw(), (s) => `$ knife data bag show credentials smtp -F json
{
  "id": "smtp",
  "host": "smtp.eu.mailgun.org",
  "port": 587,
  "user": "postmaster@mg.corp.example",
  "password": "${s}"
}`);
  add('Puppet hiera common.yaml with database password', pw(), (s) => `---
profile::base::ntp_servers:
  - 'ntp1.corp.example'
profile::app::db_host: 'pg01.corp.example'
profile::app::db_user: 'billing'
profile::app::db_password: '${s}'
profile::app::workers: 8`);

  // --- (2) Secret stores and their output ---------------------------------------------------------------------
  add('vault kv get table with Stripe secret key', stripeLive(), (s) => `$ vault kv get secret/prod/payments
====== Secret Path ======
secret/data/prod/payments

======= Metadata =======
Key                Value
---                -----
created_time       ${ts()}.${r(DIGITS, 6)}Z
custom_metadata    <nil>
deletion_time      n/a
destroyed          false
version            7

======== Data ========
Key               Value
---               -----
stripe_secret     ${s}
webhook_secret    whsec_${rnd(32)}`);
  add('vault kv get -format=json with database password', netpw(), (s) => `$ vault kv get -format=json -mount=kv apps/ledger/db
{
  "request_id": "${uuid(r)}",
  "lease_id": "",
  "lease_duration": 0,
  "renewable": false,
  "data": {
    "data": {
      "host": "pg-ledger.internal",
      "password": "${s}",
      "username": "ledger_rw"
    },
    "metadata": {
      "created_time": "${ts()}.${r(DIGITS, 6)}Z",
      "custom_metadata": null,
      "deletion_time": "",
      "destroyed": false,
      "version": 3
    }
  },
  "warnings": null
}`);
  add('vault read database/creds dynamic password', `A1a-${rnd(16)}`, (s) => `$ vault read database/creds/readonly
Key                Value
---                -----
lease_id           database/creds/readonly/${rnd(24)}
lease_duration     1h
lease_renewable    true
password           ${s}
username           v-token-readonly-${r(LOWER + DIGITS, 20)}-17643${r(DIGITS, 5)}`);
  add('vault token create output (token and accessor)', vaultSvc(), (s) => `$ vault token create -policy=ci-deploy -ttl=720h
Key                  Value
---                  -----
token                ${s}
token_accessor       ${rnd(24)}
token_duration       720h
token_renewable      true
token_policies       ["ci-deploy" "default"]
identity_policies    []
policies             ["ci-deploy" "default"]`);
  add('vault operator init output pasted in a ticket', vaultRoot(), (s) => `Ran init on the new cluster, output below so we can split the keys at the ceremony tomorrow:

Unseal Key 1: ${r(B64, 44)}
Unseal Key 2: ${r(B64, 44)}
Unseal Key 3: ${r(B64, 44)}
Unseal Key 4: ${r(B64, 44)}
Unseal Key 5: ${r(B64, 44)}

Initial Root Token: ${s}

Vault initialized with 5 key shares and a key threshold of 3. Please securely
distribute the key shares printed above.`);
  add('Vault HTTP API response with SendGrid key (kv v1)', sendgrid(), (s) => `$ curl -s -H "X-Vault-Token: $VAULT_TOKEN" https://vault.corp.example:8200/v1/secret/notify/sendgrid
{"request_id":"${uuid(r)}","lease_id":"","renewable":false,"lease_duration":2764800,"data":{"api_key":"${s}","from":"noreply@corp.example"},"wrap_info":null,"warnings":null,"auth":null,"mount_type":"kv"}`);
  add('aws secretsmanager get-secret-value with JSON SecretString', pw(), (s) => {
    const a = acct();
    return `$ aws secretsmanager get-secret-value --secret-id prod/orders/db
{
    "ARN": "arn:aws:secretsmanager:eu-west-1:${a}:secret:prod/orders/db-${rnd(6)}",
    "Name": "prod/orders/db",
    "VersionId": "${uuid(r)}",
    "SecretString": "{\\"username\\":\\"orders_admin\\",\\"password\\":\\"${s}\\",\\"engine\\":\\"postgres\\",\\"host\\":\\"orders-prod.${r(LOWER + DIGITS, 12)}.eu-west-1.rds.amazonaws.com\\",\\"port\\":5432,\\"dbname\\":\\"orders\\"}",
    "VersionStages": [
        "AWSCURRENT"
    ],
    "CreatedDate": "2026-11-02T10:41:07.512000+00:00"
}`;
  });
  add('aws ssm get-parameters --with-decryption with Slack bot token', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${rnd(24)}`, (s) => {
    const a = acct();
    return `$ aws ssm get-parameters --names /chatops/slack/bot_token /chatops/slack/channel --with-decryption
{
    "Parameters": [
        {
            "Name": "/chatops/slack/bot_token",
            "Type": "SecureString",
            "Value": "${s}",
            "Version": 4,
            "LastModifiedDate": "2026-10-19T14:03:22.118000+02:00",
            "ARN": "arn:aws:ssm:eu-west-1:${a}:parameter/chatops/slack/bot_token",
            "DataType": "text"
        },
        {
            "Name": "/chatops/slack/channel",
            "Type": "String",
            "Value": "C0${r(UPPER + DIGITS, 9)}",
            "Version": 1,
            "LastModifiedDate": "2026-03-02T09:11:40.002000+01:00",
            "ARN": "arn:aws:ssm:eu-west-1:${a}:parameter/chatops/slack/channel",
            "DataType": "text"
        }
    ],
    "InvalidParameters": []
}`;
  });
  add('CI log echoing ssm get-parameter --output text', netpw(), (s) => `[2026-11-28 10:14:02] + aws ssm get-parameter --name /prod/airflow/db_password --with-decryption --query Parameter.Value --output text
[2026-11-28 10:14:03] ${s}
[2026-11-28 10:14:03] + export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:***@pg.internal/airflow`);
  add('az keyvault secret show with storage connection string', key64(r, B64), (s) => `$ az keyvault secret show --vault-name kv-corp-prod --name exports-storage-conn
{
  "attributes": {
    "created": "2026-06-11T08:41:12+00:00",
    "enabled": true,
    "expires": null,
    "notBefore": null,
    "recoverableDays": 90,
    "recoveryLevel": "Recoverable",
    "updated": "2026-06-11T08:41:12+00:00"
  },
  "contentType": "text/plain",
  "id": "https://kv-corp-prod.vault.azure.net/secrets/exports-storage-conn/${hex(32)}",
  "kid": null,
  "managed": null,
  "name": "exports-storage-conn",
  "tags": {},
  "value": "DefaultEndpointsProtocol=https;AccountName=corpexports;AccountKey=${s};EndpointSuffix=core.windows.net"
}`);
  add('gcloud secrets versions access printing a Stripe key', stripeLive(), (s) => `$ gcloud secrets versions access latest --secret=stripe-secret-key --project=corp-payments-prod
${s}
$ gcloud secrets versions list stripe-secret-key --project=corp-payments-prod
NAME  STATE    CREATED              DESTROYED
3     enabled  2026-11-01T09:12:44  -
2     disabled 2026-08-14T16:02:10  -`);
  add('doppler secrets table with DATABASE_URL password', netpw(), (s) => `$ doppler secrets --project api --config prd
┌─────────────────────┬──────────────────────────────────────────────────────────────────┐
│ NAME                │ VALUE                                                            │
├─────────────────────┼──────────────────────────────────────────────────────────────────┤
│ DATABASE_URL        │ postgres://api:${s}@api-db.internal:5432/api                     │
│ DOPPLER_CONFIG      │ prd                                                              │
│ DOPPLER_ENVIRONMENT │ prd                                                              │
│ DOPPLER_PROJECT     │ api                                                              │
│ LOG_LEVEL           │ info                                                             │
└─────────────────────┴──────────────────────────────────────────────────────────────────┘`);
  add('Doppler service token in .gitlab-ci.yml', `dp.st.prd.${rnd(40)}`, (s) => `deploy:
  stage: deploy
  image: dopplerhq/cli:3
  variables:
    DOPPLER_TOKEN: "${s}"
  script:
    - doppler run -- ./scripts/deploy.sh
  only:
    - main`);
  add('Infisical service token in a Dockerfile ENV', `st.${hex(24)}.${hex(32)}.${hex(32)}`, (s) => `FROM node:20-alpine
RUN apk add --no-cache bash curl && npm i -g @infisical/cli
ENV INFISICAL_TOKEN=${s}
WORKDIR /app
COPY . .
CMD ["infisical", "run", "--env=prod", "--", "node", "dist/server.js"]`);
  add('op item get --reveal --format json password field', pw(), (s) => `$ op item get "Prod Postgres" --vault Infra --reveal --format json | jq '.fields'
[
  {
    "id": "username",
    "type": "STRING",
    "purpose": "USERNAME",
    "label": "username",
    "value": "postgres",
    "reference": "op://Infra/Prod Postgres/username"
  },
  {
    "id": "password",
    "type": "CONCEALED",
    "purpose": "PASSWORD",
    "label": "password",
    "value": "${s}",
    "entropy": 96.42,
    "reference": "op://Infra/Prod Postgres/password",
    "password_details": {
      "entropy": 96,
      "generated": true,
      "strength": "FANTASTIC"
    }
  }
]`);
  add('1Password service-account token in a workflow env', `ops_${b64urlJson({
    signInAddress: 'corp.1password.eu',
    userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r(B64URL, 22) },
    email: `${r(LOWER, 12)}@1passwordserviceaccounts.eu`,
    srpX: hex(64),
    muk: { alg: 'A256GCM', ext: false, k: r(B64URL, 43), key_ops: ['decrypt', 'encrypt'], kty: 'oct', kid: 'mp' },
    secretKey: `A3-${r(UPPER + DIGITS, 6)}-${r(UPPER + DIGITS, 6)}-${r(UPPER + DIGITS, 5)}-${r(UPPER + DIGITS, 5)}-${r(UPPER + DIGITS, 5)}-${r(UPPER + DIGITS, 5)}`,
    throttleSecret: { seed: hex(64), uuid: uuid(r) },
    deviceUuid: r(LOWER + DIGITS, 26),
  })}`, (s) => `jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      OP_SERVICE_ACCOUNT_TOKEN: ${s}
    steps:
      - uses: actions/checkout@v4
      - uses: 1password/load-secrets-action@v2
        with:
          export-env: true
        env:
          DB_PASSWORD: op://Infra/Prod Postgres/password`);
  add('Kubernetes Secret manifest with stringData', netpw(), (s) => `apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  namespace: billing
type: Opaque
stringData:
  DB_HOST: pg-billing.billing.svc.cluster.local
  DB_USER: billing
  DB_PASSWORD: ${s}`);
  add('kubectl get secret -o yaml with base64 data', b64(pw()), (s) => `$ kubectl -n payments get secret payments-api -o yaml
apiVersion: v1
data:
  DB_PASSWORD: ${s}
  DB_USER: ${b64('payments')}
kind: Secret
metadata:
  creationTimestamp: "2026-09-30T12:04:55Z"
  name: payments-api
  namespace: payments
  resourceVersion: "${r(DIGITS, 9)}"
  uid: ${uuid(r)}
type: Opaque`);
  add('kubectl jsonpath | base64 -d output in a chat message', netpw(), (s) => `[10:42] <mkoenig> you can grab it yourself btw:
[10:42] <mkoenig> $ kubectl -n monitoring get secret grafana -o jsonpath='{.data.admin-password}' | base64 -d
[10:42] <mkoenig> ${s}
[10:43] <jliu> thx, in`);
  add('External Secrets bootstrap Secret with Vault token', vaultRoot(), (s) => `---
apiVersion: v1
kind: Secret
metadata:
  name: vault-token
  namespace: external-secrets
stringData:
  token: ${s}
---
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: vault-backend
spec:
  provider:
    vault:
      server: "https://vault.corp.example:8200"
      path: "secret"
      version: "v2"
      auth:
        tokenSecretRef:
          name: vault-token
          namespace: external-secrets
          key: token`);
  add('Helm values-prod.yaml with postgresql auth password', netpw(), (s) => `# values-prod.yaml
image:
  tag: 2.14.1
postgresql:
  enabled: true
  auth:
    username: gitea
    database: gitea
    password: ${s}
  primary:
    persistence:
      size: 50Gi
ingress:
  enabled: true
  hosts:
    - host: git.corp.example`);
  add('helm get values with redis auth password', pw(), (s) => `$ helm get values sessions -n web
USER-SUPPLIED VALUES:
architecture: replication
auth:
  enabled: true
  password: '${s}'
replica:
  replicaCount: 2
sentinel:
  enabled: true`);
  add('ArgoCD repository Secret with GitLab token as password', glpat(), (s) => `apiVersion: v1
kind: Secret
metadata:
  name: repo-platform-charts
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.corp.example/platform/charts.git
  username: argocd
  password: ${s}`);
  add('ArgoCD cluster Secret with bearerToken', k8sJwt(r, 'kube-system', 'argocd-manager'), (s) => `apiVersion: v1
kind: Secret
metadata:
  name: cluster-prod-eu1
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: cluster
type: Opaque
stringData:
  name: prod-eu1
  server: https://10.40.0.1:6443
  config: |
    {
      "bearerToken": "${s}",
      "tlsClientConfig": {
        "insecure": false,
        "caData": "${b64(`-----BEGIN CERTIFICATE-----\n${r(B64, 64)}\n`).slice(0, 60)}..."
      }
    }`);
  add('flux create secret git with password flag in a runbook', crcToken(r, 'ghp_'), (s) => `## Re-create the Git credentials for Flux

\`\`\`bash
flux create secret git infra-auth \\
  --namespace=flux-system \\
  --url=https://github.com/corp/infra \\
  --username=corp-flux-bot \\
  --password=${s}
flux reconcile source git infra
\`\`\``);
  add('kubectl get secret regcred .dockerconfigjson', ((): string => {
    const user = 'robot$ci-push';
    const pass = rnd(32);
    const auth = Buffer.from(`${user}:${pass}`, 'utf8').toString('base64');
    return b64(JSON.stringify({ auths: { 'harbor.corp.example': { username: user, password: pass, auth } } }));
  })(), (s) => `$ kubectl get secret regcred -n ci -o yaml
apiVersion: v1
data:
  .dockerconfigjson: ${s}
kind: Secret
metadata:
  name: regcred
  namespace: ci
type: kubernetes.io/dockerconfigjson`);
  add('PR diff committing the raw Secret next to its SealedSecret', netpw(), (s) => `diff --git a/apps/crm/secret.yaml b/apps/crm/secret.yaml
new file mode 100644
index 0000000..${hex(7)}
--- /dev/null
+++ b/apps/crm/secret.yaml
@@ -0,0 +1,8 @@
+# input for kubeseal, DO NOT COMMIT
+apiVersion: v1
+kind: Secret
+metadata:
+  name: crm-smtp
+  namespace: crm
+stringData:
+  SMTP_PASSWORD: ${s}
diff --git a/apps/crm/sealed-secret.yaml b/apps/crm/sealed-secret.yaml`);
  // --- (3) Databases and directories -----------------------------------------------------------------------
  add('MySQL migration CREATE USER IDENTIFIED BY', pw(), (s) => `-- 2026_11_20_000001_create_reporting_user.sql
CREATE USER IF NOT EXISTS 'reporting'@'10.20.%' IDENTIFIED BY '${s}';
GRANT SELECT ON analytics.* TO 'reporting'@'10.20.%';
FLUSH PRIVILEGES;`);
  add('Flyway migration ALTER ROLE WITH PASSWORD', netpw(), (s) => `-- V42__reporting_role.sql
CREATE ROLE reporting_ro NOLOGIN;
GRANT USAGE ON SCHEMA analytics TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO reporting_ro;
ALTER ROLE metabase WITH LOGIN PASSWORD '${s}' VALID UNTIL 'infinity';
GRANT reporting_ro TO metabase;`);
  add('MySQL 5.7 GRANT IDENTIFIED BY in shell history', netpw(), (s) => `  512  mysql -uroot -p
  513  mysql -uroot -e "GRANT ALL PRIVILEGES ON wordpress.* TO 'wp'@'localhost' IDENTIFIED BY '${s}'; FLUSH PRIVILEGES;"
  514  systemctl restart php7.4-fpm`);
  add('SQL Server CREATE LOGIN WITH PASSWORD', pw(), (s) => `USE [master];
GO
CREATE LOGIN [svc_etl] WITH PASSWORD = N'${s}', DEFAULT_DATABASE = [Staging], CHECK_EXPIRATION = OFF, CHECK_POLICY = OFF;
GO
USE [Staging];
CREATE USER [svc_etl] FOR LOGIN [svc_etl];
ALTER ROLE [db_datareader] ADD MEMBER [svc_etl];
GO`);
  add('Oracle CREATE DATABASE LINK IDENTIFIED BY', `${cap(word())}${r(DIGITS, 3)}${rnd(6)}`, (s) => `SQL> CREATE DATABASE LINK erp_link
  2  CONNECT TO erp_reader IDENTIFIED BY ${s}
  3  USING 'ERPPROD';

Database link created.

SQL> SELECT COUNT(*) FROM gl_balances@erp_link;`);
  add('PostgreSQL docker-entrypoint init script CREATE ROLE LOGIN PASSWORD', phrase(), (s) => `#!/bin/bash
# docker-entrypoint-initdb.d/10-keycloak.sh
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL
	CREATE ROLE keycloak LOGIN PASSWORD '${s}';
	CREATE DATABASE keycloak OWNER keycloak;
EOSQL`);
  add('MongoDB mongo-init.js db.createUser', netpw(), (s) => `// mongo-init.js, mounted into /docker-entrypoint-initdb.d
db = db.getSiblingDB('inventory');
db.createUser({
  user: 'inventory_app',
  pwd: '${s}',
  roles: [{ role: 'readWrite', db: 'inventory' }],
});`);
  add('Spanish question with mongodb+srv URI', netpw(), (s) => `Hola, no consigo conectarme a Atlas desde el contenedor, me sale "bad auth : authentication failed". Uso esto:

mongosh "mongodb+srv://admin:${s}@cluster0.${r(LOWER + DIGITS, 5)}.mongodb.net/tienda?retryWrites=true&w=majority"

¿Alguien sabe si hay que escapar algún carácter de la contraseña?`);
  add('Redis ACL file with one plaintext password among hashes', netpw(), (s) => `# /etc/redis/users.acl
user default off
user admin on #${hex(64)} ~* &* +@all
user sessions on >${s} ~sess:* resetchannels -@all +@read +@write +@keyspace
user exporter on #${hex(64)} ~* +client +ping +info +config|get +cluster|info +slowlog +latency +memory`);
  add('Chinese note with redis.conf requirepass', netpw(), (s) => `生产环境 Redis 配置（/etc/redis/redis.conf）改了以下几项，重启后生效：

bind 0.0.0.0
protected-mode yes
requirepass ${s}
masterauth ${s}
maxmemory 4gb

应用那边的连接密码也要同步改一下。`);
  add('LDIF export with plaintext userPassword', netpw(), (s) => `# svc-jenkins, ServiceAccounts, corp.example
dn: uid=svc-jenkins,ou=ServiceAccounts,dc=corp,dc=example
objectClass: top
objectClass: account
objectClass: simpleSecurityObject
uid: svc-jenkins
description: Jenkins LDAP bind
userPassword: ${s}`);
  add('LDIF userPassword:: base64 of a plaintext password', b64(pw()), (s) => `dn: uid=svc-nextcloud,ou=ServiceAccounts,dc=corp,dc=example
changetype: add
objectClass: account
objectClass: simpleSecurityObject
uid: svc-nextcloud
userPassword:: ${s}`);
  add('Keycloak realm export with confidential client secret', rnd(32), (s) => `{
  "realm": "corp",
  "enabled": true,
  "clients": [
    {
      "id": "${uuid(r)}",
      "clientId": "grafana",
      "name": "Grafana",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "${s}",
      "redirectUris": ["https://grafana.corp.example/login/generic_oauth"],
      "publicClient": false,
      "protocol": "openid-connect"
    }
  ]
}`);
  add('Auth0 deploy-cli tenant.yaml with client_secret', r(B64URL, 64), (s) => `clients:
  - name: Backoffice API (M2M)
    app_type: non_interactive
    client_id: ${rnd(32)}
    client_secret: ${s}
    grant_types:
      - client_credentials
    token_endpoint_auth_method: client_secret_post
    jwt_configuration:
      alg: RS256
      lifetime_in_seconds: 36000`);
  add('okta.yaml with SSWS API token', `00${r(B64URL, 40)}`, (s) => `okta:
  client:
    orgUrl: "https://corp.okta.com"
    token: "${s}"
    connectionTimeout: 30
    requestTimeout: 0
    rateLimit:
      maxRetries: 4`);
  add('RabbitMQ definitions.json with plaintext password for one user', netpw(), (s) => `{
  "rabbit_version": "3.13.7",
  "users": [
    {
      "name": "admin",
      "password_hash": "${r(B64, 48)}",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["administrator"]
    },
    {
      "name": "orders-svc",
      "password": "${s}",
      "tags": []
    }
  ],
  "vhosts": [{ "name": "orders" }],
  "permissions": [
    { "user": "orders-svc", "vhost": "orders", "configure": "^orders\\\\.", "write": ".*", "read": ".*" }
  ]
}`);
  add('Kafka server JAAS file with user_ password', netpw(), (s) => `// /etc/kafka/kafka_server_jaas.conf
KafkaServer {
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="admin"
    password="${netpw()}"
    user_admin="${netpw()}"
    user_connect="${s}";
};`);
  add('Kafka client.properties sasl.jaas.config SCRAM', pw(), (s) => `bootstrap.servers=kafka-0.kafka.internal:9094,kafka-1.kafka.internal:9094
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="orders-consumer" password="${s}";
ssl.truststore.location=/etc/kafka/truststore.jks`);
  add('kibana.yml elasticsearch.password', netpw(), (s) => `server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.corp.example"
elasticsearch.hosts: ["https://es01.corp.example:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "${s}"
elasticsearch.ssl.certificateAuthorities: ["/etc/kibana/certs/ca.crt"]`);
  add('elasticsearch-reset-password output', r(`${ALNUM}*=_-+`, 20), (s) => `$ sudo /usr/share/elasticsearch/bin/elasticsearch-reset-password -u elastic
This tool will reset the password of the [elastic] user to an autogenerated value.
The password will be printed in the console.
Please confirm that you would like to continue [y/N]y


Password for the [elastic] user successfully reset.
New value: ${s}`);
  add('Elasticsearch create API key response', r(B64URL, 22), (s) => {
    const id = r(B64URL, 20);
    return `POST /_security/api_key
{"name":"logstash-writer","role_descriptors":{"writer":{"index":[{"names":["logs-*"],"privileges":["create_doc"]}]}}}

{
  "id" : "${id}",
  "name" : "logstash-writer",
  "api_key" : "${s}",
  "encoded" : "${b64(`${id}:${s}`)}"
}`;
  });
  add('Cassandra cqlsh CREATE ROLE WITH PASSWORD', netpw(), (s) => `cassandra@cqlsh> CREATE ROLE IF NOT EXISTS metrics_writer WITH PASSWORD = '${s}' AND LOGIN = true;
cassandra@cqlsh> GRANT MODIFY ON KEYSPACE metrics TO metrics_writer;
cassandra@cqlsh> LIST ROLES;`);
  add('docker-compose NEO4J_AUTH', netpw(), (s) => `services:
  neo4j:
    image: neo4j:5.24-enterprise
    ports:
      - "7474:7474"
      - "7687:7687"
    environment:
      - NEO4J_AUTH=neo4j/${s}
      - NEO4J_ACCEPT_LICENSE_AGREEMENT=yes
    volumes:
      - neo4j-data:/data`);
  add('ClickHouse users.xml plaintext password', netpw(), (s) => `<clickhouse>
    <users>
        <grafana>
            <password>${s}</password>
            <networks>
                <ip>10.20.0.0/16</ip>
            </networks>
            <profile>readonly</profile>
            <quota>default</quota>
        </grafana>
    </users>
</clickhouse>`);
  add('German ticket with ALTER USER for MySQL', pw(), (s) => `Hallo zusammen,

das Passwort für den Benutzer \`shop_rw\` auf db03 habe ich eben zurückgesetzt, weil der Export-Job seit Freitag hängt:

    ALTER USER 'shop_rw'@'%' IDENTIFIED BY '${s}';

Bitte in der App-Konfiguration nachziehen und danach das Ticket schließen.

Gruß
Tobias`);
  add('Portuguese chat with vault read output', `A1a-${rnd(16)}`, (s) => `Pessoal, gerei credencial temporária pro relatório, vale por 1h:

Key                Value
---                -----
lease_id           database/creds/relatorios/${rnd(24)}
lease_duration     1h
lease_renewable    true
password           ${s}
username           v-oidc-relatorios-${r(LOWER + DIGITS, 20)}

Se expirar antes de terminar me avisem.`);

  // --- (4) Monitoring and alerting ---------------------------------------------------------------------------
  add('prometheus.yml scrape job basic_auth password', netpw(), (s) => `scrape_configs:
  - job_name: 'rabbitmq'
    scheme: https
    metrics_path: /metrics
    basic_auth:
      username: prometheus
      password: ${s}
    static_configs:
      - targets: ['rabbitmq-0.corp.example:15692']`);
  add('prometheus.yml bearer_token with service-account JWT', k8sJwt(r, 'monitoring', 'prometheus-federate'), (s) => `  - job_name: 'federate-prod-eu1'
    honor_labels: true
    metrics_path: '/federate'
    scheme: https
    bearer_token: ${s}
    params:
      'match[]':
        - '{job="kubernetes-nodes"}'
    static_configs:
      - targets: ['prometheus.prod-eu1.corp.example']`);
  add('prometheus remote_write to Grafana Cloud with glc_ token', `glc_${b64(JSON.stringify({ o: r(DIGITS, 6), n: `stack-${r(DIGITS, 6)}-hm-write-prometheus`, k: rnd(24), m: { r: 'prod-eu-west-2' } }))}`, (s) => `remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: "${r(DIGITS, 7)}"
      password: "${s}"
    queue_config:
      max_samples_per_send: 5000`);
  add('alertmanager.yml global slack_api_url', slackHook(), (s) => `global:
  resolve_timeout: 5m
  slack_api_url: '${s}'

route:
  receiver: slack-platform
  group_by: ['alertname', 'cluster']

receivers:
  - name: slack-platform
    slack_configs:
      - channel: '#platform-alerts'
        send_resolved: true`);
  add('alertmanager pagerduty routing_key', hex(32), (s) => `receivers:
  - name: pagerduty-critical
    pagerduty_configs:
      - routing_key: ${s}
        severity: '{{ if eq .CommonLabels.severity "critical" }}critical{{ else }}warning{{ end }}'
        send_resolved: true`);
  add('PR diff adding a PagerDuty service_key to alertmanager config', hex(32), (s) => `--- a/monitoring/alertmanager/config.yml
+++ b/monitoring/alertmanager/config.yml
@@ -31,6 +31,10 @@ receivers:
   - name: default
     email_configs:
       - to: oncall@corp.example
+  - name: pagerduty-legacy
+    pagerduty_configs:
+      - service_key: "${s}"
+        url: https://events.pagerduty.com/generic/2010-04-15/create_event.json`);
  add('alertmanager opsgenie api_key', uuid(r), (s) => `  - name: opsgenie
    opsgenie_configs:
      - api_key: ${s}
        api_url: https://api.eu.opsgenie.com/
        message: '{{ .CommonAnnotations.summary }}'
        priority: '{{ if eq .CommonLabels.severity "critical" }}P1{{ else }}P3{{ end }}'`);
  add('Grafana provisioning datasource secureJsonData password', pw(), (s) => `apiVersion: 1
datasources:
  - name: MySQL-Orders
    type: mysql
    url: orders-db.internal:3306
    user: grafana_ro
    jsonData:
      database: orders
      maxOpenConns: 10
    secureJsonData:
      password: '${s}'`);
  add('Grafana provisioning InfluxDB Flux token in secureJsonData', key64(r, B64URL), (s) => `apiVersion: 1
datasources:
  - name: InfluxDB-Flux
    type: influxdb
    access: proxy
    url: http://influxdb.monitoring:8086
    jsonData:
      version: Flux
      organization: corp
      defaultBucket: telegraf
    secureJsonData:
      token: ${s}`);
  add('Japanese chat with Grafana service account token in curl', `glsa_${rnd(32)}_${hex(8)}`, (s) => `ダッシュボードのエクスポートはこれで動きました：

curl -s -H "Authorization: Bearer ${s}" https://grafana.corp.example/api/dashboards/uid/node-exporter-full | jq .dashboard > node.json

トークンは後で失効させます。`);
  add('promtail clients basic_auth password', netpw(), (s) => `clients:
  - url: https://loki.corp.example/loki/api/v1/push
    tenant_id: platform
    basic_auth:
      username: promtail
      password: ${s}
positions:
  filename: /run/promtail/positions.yaml`);
  add('datadog.yaml agent api_key', hex(32), (s) => `## /etc/datadog-agent/datadog.yaml
api_key: ${s}
site: datadoghq.eu
hostname: web-07.corp.example
tags:
  - env:prod
  - team:storefront
logs_enabled: true`);
  add('French ticket with Datadog application key', hex(40), (s) => `Bonjour,

Pour l'export des dashboards j'ai créé une clé d'application dédiée (scope dashboards_read uniquement) :

DD_API_KEY : voir le coffre
DD_APP_KEY : ${s}

Merci de la révoquer une fois la migration terminée.
Cordialement,
Claire`);
  add('Russian note with zabbix_server.conf DBPassword', netpw(), (s) => `Перенёс Zabbix на новый сервер, конфиг /etc/zabbix/zabbix_server.conf:

DBHost=pg-zabbix.internal
DBName=zabbix
DBUser=zabbix
DBPassword=${s}
StartPollers=20

Не забудьте поменять пароль в веб-интерфейсе тоже.`);
  add('Nagios resource.cfg user macro password', netpw(), (s) => `# /usr/local/nagios/etc/resource.cfg
# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/local/nagios/libexec
# MySQL monitoring user
$USER3$=nagios_mon
$USER4$=${s}`);
  add('consul acl bootstrap output (AccessorID and SecretID)', uuid(r), (s) => `$ consul acl bootstrap
AccessorID:       ${uuid(r)}
SecretID:         ${s}
Partition:        default
Namespace:        default
Description:      Bootstrap Token (Global Management)
Local:            false
Create Time:      2026-11-28 09:41:12.118291 +0000 UTC
Policies:
   00000000-0000-0000-0000-000000000001 - global-management`);
  add('nomad acl bootstrap output', uuid(r), (s) => `$ nomad acl bootstrap
Accessor ID  = ${uuid(r)}
Secret ID    = ${s}
Name         = Bootstrap Token
Type         = management
Global       = true
Create Time  = 2026-11-28 09:44:02.551908 +0000 UTC
Expiry Time  = <none>
Create Index = 7
Modify Index = 7
Policies     = n/a
Roles        = n/a`);
  add('consul.hcl gossip encryption key', key32(r), (s) => `datacenter = "eu-west-1"
data_dir   = "/opt/consul"
encrypt    = "${s}"
retry_join = ["provider=aws tag_key=consul-server tag_value=prod"]
tls {
  defaults {
    ca_file   = "/etc/consul.d/ca.pem"
    verify_incoming = true
  }
}`);
  add('telegraf.conf outputs.influxdb_v2 token', key64(r, B64URL), (s) => `[[outputs.influxdb_v2]]
  urls = ["https://influx.corp.example:8086"]
  token = "${s}"
  organization = "corp"
  bucket = "telegraf"`);
  add('Dutch message with Elasticsearch elastic password in a curl -u', r(`${ALNUM}*=_-+`, 20), (s) => `Even ter info: de cluster health check faalt niet meer, getest met

curl -k -u elastic:${s} https://es01.corp.example:9200/_cluster/health?pretty

Wachtwoord staat ook in het wachtwoordbeheer.`);
  add('Ansible -vvv shell task result with password on the command line', netpw(), (s) => `TASK [mysql : set root password] ********************************************
changed: [db01.corp.example] => {
    "changed": true,
    "cmd": "mysqladmin -u root password '${s}'",
    "delta": "0:00:00.041872",
    "end": "2026-11-28 10:21:44.390112",
    "rc": 0,
    "start": "2026-11-28 10:21:44.348240",
    "stderr": "mysqladmin: [Warning] Using a password on the command line interface can be insecure.",
    "stdout": ""
}`);

  return out;
}

export function batchYNegatives(seed = 'blind-y-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const acct = (): string => `${r('123456789', 1)}${r(DIGITS, 11)}`;
  const b64n = (n: number): string => randomBytes(r, n).toString('base64');
  const bcrypt = (cost = '10', v = '2a'): string => `$${v}$${cost}$${r(BCRYPT, 53)}`;
  const pgMd5 = (): string => `md5${hex(32)}`;
  const scram = (): string => `SCRAM-SHA-256$4096:${b64n(16)}$${b64n(32)}:${b64n(32)}`;
  const ssha = (): string => `{SSHA}${b64n(24)}`;
  const sha512crypt = (): string => `{CRYPT}$6$${r(BCRYPT, 16)}$${r(BCRYPT, 86)}`;
  const mysqlNative = (): string => `*${r(HEXU, 40)}`;
  const certLines = (): string[] => chunk(Buffer.concat([Buffer.from('308203', 'hex'), randomBytes(r, 780)]).toString('base64'), 64);
  const cert = (sep = '\n'): string => pem('CERTIFICATE', certLines(), sep);
  const ansibleVault = (indent: string): string =>
    `${indent}$ANSIBLE_VAULT;1.1;AES256\n${chunk(hex(400), 80)
      .map((l) => indent + l)
      .join('\n')}`;
  const sops = (): string => `ENC[AES256_GCM,data:${b64n(18)},iv:${b64n(32)},tag:${b64n(16)},type:str]`;
  const kmsArn = (a: string): string => `arn:aws:kms:eu-west-1:${a}:key/${uuid(r)}`;
  const ts = (): string => `2026-11-${r('12', 1)}${r('0123456', 1)}T${r('01', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}Z`;

  // --- (1) Infrastructure state and outputs ----------------------------------------------------------------
  add('tfstate aws_db_instance using a managed master secret (no password)', ((): string => {
    const a = acct();
    return `          "attributes": {
            "address": "orders-prod.${r(LOWER + DIGITS, 12)}.eu-west-1.rds.amazonaws.com",
            "arn": "arn:aws:rds:eu-west-1:${a}:db:orders-prod",
            "engine": "postgres",
            "identifier": "orders-prod",
            "kms_key_id": "${kmsArn(a)}",
            "manage_master_user_password": true,
            "master_user_secret": [
              {
                "kms_key_id": "${kmsArn(a)}",
                "secret_arn": "arn:aws:secretsmanager:eu-west-1:${a}:secret:rds!db-${uuid(r)}-${r(ALNUM, 6)}",
                "secret_status": "active"
              }
            ],
            "password": null,
            "resource_id": "db-${r(UPPER + DIGITS, 26)}",
            "username": "orders_admin"
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]`;
  })());
  add('tfstate aws_iam_access_key with PGP-encrypted secret (AWS example key id)', `          "attributes": {
            "create_date": "2026-03-14T09:22:41Z",
            "encrypted_secret": "${chunk(b64n(540), 10000)[0]}",
            "encrypted_ses_smtp_password_v4": "${b64n(300)}",
            "id": "${AWS_EXAMPLE_ID}",
            "key_fingerprint": "${hex(40)}",
            "pgp_key": "keybase:corp_ci",
            "secret": null,
            "ses_smtp_password_v4": null,
            "status": "Active",
            "user": "ci-deployer"
          },`);
  add('tls_private_key public attributes only', `$ terraform state pull | jq '.resources[] | select(.type=="tls_private_key") | .instances[0].attributes | {algorithm, public_key_fingerprint_md5, public_key_fingerprint_sha256, public_key_openssh}'
{
  "algorithm": "ED25519",
  "public_key_fingerprint_md5": "${chunk(hex(32), 2).join(':')}",
  "public_key_fingerprint_sha256": "SHA256:${r(B64, 43)}",
  "public_key_openssh": "${opensshEd25519(r, '').pub.trim()}\\n"
}`);
  add('terraform output with sensitive outputs shown as <sensitive>', `$ terraform output
cluster_endpoint = "https://${r(HEXU, 32)}.gr7.eu-west-1.eks.amazonaws.com"
db_master_password = <sensitive>
grafana_admin_password = <sensitive>
vpc_id = "vpc-${hex(17)}"`);
  add('terraform show with (sensitive value) attributes', `# aws_db_instance.orders:
resource "aws_db_instance" "orders" {
    address                  = "orders-prod.${r(LOWER + DIGITS, 12)}.eu-west-1.rds.amazonaws.com"
    allocated_storage        = 200
    arn                      = "arn:aws:rds:eu-west-1:${acct()}:db:orders-prod"
    engine                   = "postgres"
    id                       = "db-${r(UPPER + DIGITS, 26)}"
    password                 = (sensitive value)
    port                     = 5432
    username                 = "orders_admin"
}`);
  add('terraform plan with sensitive values hidden', `Terraform will perform the following actions:

  # aws_db_instance.reporting will be created
  + resource "aws_db_instance" "reporting" {
      + address                 = (known after apply)
      + allocated_storage       = 100
      + engine                  = "mysql"
      + id                      = (known after apply)
      + password                = (sensitive value)
      + username                = "reporting"
    }

  # helm_release.keycloak will be updated in-place
  ~ resource "helm_release" "keycloak" {
        id   = "keycloak"
      ~ set_sensitive {
          # At least one attribute in this block is (or was) sensitive,
          # so its contents will not be displayed.
        }
    }

Plan: 1 to add, 1 to change, 0 to destroy.`);
  add('terraform reading password from Secrets Manager data source', `data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/orders/db"
}

resource "aws_db_instance" "orders" {
  identifier     = "orders-prod"
  engine         = "postgres"
  username       = "orders_admin"
  password       = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
  instance_class = "db.r6g.large"
}

locals {
  dd_api_key = "\${data.aws_secretsmanager_secret_version.datadog.secret_string}"
}`);
  add('terraform.tfvars.example with placeholders', `# Copy to terraform.tfvars and fill in. Never commit the real file.
zone_id              = "<cloudflare zone id>"
cloudflare_api_token = "CHANGE_ME"
db_password          = ""
pagerduty_token      = "REPLACE_WITH_PAGERDUTY_TOKEN"
environment          = "staging"`);
  add('variable and output declarations marked sensitive', `variable "db_password" {
  description = "Master password for the reporting database"
  type        = string
  sensitive   = true
}

output "db_password" {
  value     = var.db_password
  sensitive = true
}`);
  add('.terraform.lock.hcl provider hashes', `# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.74.0"
  constraints = "~> 5.70"
  hashes = [
    "h1:${b64n(32)}",
    "zh:${hex(64)}",
    "zh:${hex(64)}",
    "zh:${hex(64)}",
  ]
}`);
  add('Pulumi stack config with secure: ciphertexts only', `encryptionsalt: v1:${b64n(8)}:v1:${b64n(12)}:${b64n(32)}
config:
  aws:region: eu-central-1
  shop:dbUser: shop_app
  shop:dbPassword:
    secure: v1:${b64n(12)}:${b64n(40)}
  shop:stripeKey:
    secure: v1:${b64n(12)}:${b64n(120)}`);
  add('pulumi config without --show-secrets', `$ pulumi config --stack corp/platform/prod
KEY                        VALUE
aws:region                 eu-west-1
platform:clusterName       prod-eu1
platform:githubToken       [secret]
platform:nodeCount         6`);
  add('pulumi stack export with encrypted secret object', `                "outputs": {
                    "address": "shop-prod.${r(LOWER + DIGITS, 12)}.eu-central-1.rds.amazonaws.com",
                    "engine": "postgres",
                    "password": {
                        "${PULUMI_SIG}": "1b47061264138c4ac30d75fd1eb44270",
                        "ciphertext": "v1:${b64n(12)}:${b64n(48)}"
                    },
                    "username": "shop_admin"
                },`);
  add('describe-stacks with NoEcho parameters shown as ****', `$ aws cloudformation describe-stacks --stack-name reporting-db --query 'Stacks[0].Parameters'
[
    {
        "ParameterKey": "DBUser",
        "ParameterValue": "reporting"
    },
    {
        "ParameterKey": "DBPassword",
        "ParameterValue": "****"
    },
    {
        "ParameterKey": "DatadogApiKey",
        "ParameterValue": "****"
    }
]`);
  add('CloudFormation template with NoEcho (no default) and dynamic reference', `Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    MinLength: 16
Resources:
  ReportingDB:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: '{{resolve:secretsmanager:prod/reporting/db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:prod/reporting/db:SecretString:password}}'
  ApiKeyParam:
    Type: AWS::SSM::Parameter
    Properties:
      Value: '{{resolve:ssm-secure:/prod/api/key:3}}'`);
  add('cdk.context.json lookups (ids only)', ((): string => {
    const a = acct();
    return `{
  "vpc-provider:account=${a}:filter.tag:Name=prod:region=eu-west-1:returnAsymmetricSubnets=true": {
    "vpcId": "vpc-${hex(17)}",
    "vpcCidrBlock": "10.40.0.0/16",
    "availabilityZones": [],
    "subnetGroups": [
      { "name": "Private", "type": "Private", "subnets": [{ "subnetId": "subnet-${hex(17)}", "cidr": "10.40.1.0/24", "availabilityZone": "eu-west-1a", "routeTableId": "rtb-${hex(17)}" }] }
    ]
  },
  "hosted-zone:account=${a}:domainName=corp.example:region=eu-west-1": {
    "Id": "/hostedzone/Z${r(UPPER + DIGITS, 20)}",
    "Name": "corp.example."
  },
  "ami:account=${a}:filters.image-type.0=machine:region=eu-west-1": "ami-${hex(17)}"
}`;
  })());
  add('Ansible group_vars with !vault encrypted variable', `---
mysql_root_password: !vault |
${ansibleVault('          ')}
mysql_bind_address: 0.0.0.0`);
  add('Ansible vars referencing vault variables and hashi_vault lookups', `---
db_password: "{{ vault_db_password }}"
smtp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/smtp:password') }}"
grafana_admin_password: "{{ lookup('env', 'GRAFANA_ADMIN_PASSWORD') }}"
api_token: "{{ vault_api_token | default(omit) }}"`);
  add('Ansible output censored by no_log', `TASK [users : set database password] ****************************************
ok: [db01.corp.example] => {"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": false}

TASK [postgres : create application role] ************************************
changed: [db01.corp.example] => {"changed": true, "invocation": {"module_args": {"name": "billing_app", "password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "role_attr_flags": "LOGIN"}}, "user": "billing_app"}`);
  add('Ansible INI inventory without credentials (SSH keys)', `[dbservers]
db01.corp.example ansible_host=10.20.4.21 ansible_user=deploy ansible_ssh_private_key_file=~/.ssh/deploy_ed25519 ansible_become=true

[all:vars]
ansible_python_interpreter=/usr/bin/python3
ansible_become_password="{{ vault_become_password }}"`);
  add('Salt pillar with GPG-encrypted value', `#!yaml|gpg
postgres:
  users:
    grafana:
      password: |
        -----BEGIN PGP MESSAGE-----

        ${chunk(b64n(300), 64).join('\n        ')}
        =${r(B64, 4)}
        -----END PGP MESSAGE-----`);
  add('Chef encrypted data bag item', `$ knife data bag show credentials smtp -F json
WARNING: Encrypted data bag detected, but no secret provided for decoding. Displaying encrypted data.
{
  "id": "smtp",
  "password": {
    "encrypted_data": "${b64n(48)}",
    "iv": "${b64n(12)}",
    "auth_tag": "${b64n(16)}",
    "version": 3,
    "cipher": "aes-256-gcm"
  }
}`);
  add('hiera-eyaml encrypted value', `---
profile::app::db_user: 'billing'
profile::app::db_password: >
    ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw${chunk(b64n(300), 10000)[0]}]`);
  add('Puppet hiera with lookup and alias interpolation', `---
profile::app::db_password: "%{lookup('secrets::billing::db_password')}"
profile::app::api_token: "%{alias('secrets::billing::api_token')}"
profile::monitoring::datadog_api_key: "%{facts.dd_api_key_path}"`);
  add('SOPS-encrypted secrets.yaml', ((): string => {
    const a = acct();
    return `db_password: ${sops()}
stripe_key: ${sops()}
sops:
    kms:
        - arn: ${kmsArn(a)}
          created_at: "${ts()}"
          enc: ${b64n(180)}
          aws_profile: ""
    lastmodified: "${ts()}"
    mac: ENC[AES256_GCM,data:${b64n(48)},iv:${b64n(32)},tag:${b64n(16)},type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.1`;
  })());

  // --- (2) Secret stores ---------------------------------------------------------------------------------------
  add('vault kv metadata get (no values)', `$ vault kv metadata get secret/prod/payments
======== Metadata Path ========
secret/metadata/prod/payments

========== Metadata ==========
Key                     Value
---                     -----
cas_required            false
created_time            ${ts()}
current_version         7
custom_metadata         map[owner:payments-team]
delete_version_after    0s
max_versions            10
oldest_version          1
updated_time            ${ts()}

====== Version 7 ======
Key              Value
---              -----
created_time     ${ts()}
deletion_time    n/a
destroyed        false`);
  add('vault auth list accessors', `$ vault auth list
Path           Type          Accessor                    Description                Version
----           ----          --------                    -----------                -------
approle/       approle       auth_approle_${hex(8)}       n/a                        n/a
kubernetes/    kubernetes    auth_kubernetes_${hex(8)}    n/a                        n/a
oidc/          oidc          auth_oidc_${hex(8)}          Corp SSO                   n/a
token/         token         auth_token_${hex(8)}         token based credentials    n/a`);
  add('vault lease list and token lookup by accessor', `$ vault list sys/leases/lookup/database/creds/readonly
Keys
----
${r(ALNUM, 24)}
${r(ALNUM, 24)}
$ vault token lookup -accessor ${r(ALNUM, 24)}
Key                 Value
---                 -----
accessor            ${r(ALNUM, 24)}
display_name        kubernetes-orders-orders-api
entity_id           ${uuid(r)}
expire_time         2026-11-29T09:41:12.118291Z
id                  n/a
policies            [default orders-read]
ttl                 23h59m12s`);
  add('vault transit encrypt output', `$ vault write transit/encrypt/orders plaintext=$(base64 <<< "4111 1111 1111 1111")
Key            Value
---            -----
ciphertext     vault:v1:${b64n(45)}
key_version    1`);
  add('aws secretsmanager describe-secret (no value)', ((): string => {
    const a = acct();
    return `{
    "ARN": "arn:aws:secretsmanager:eu-west-1:${a}:secret:prod/orders/db-${r(ALNUM, 6)}",
    "Name": "prod/orders/db",
    "KmsKeyId": "${kmsArn(a)}",
    "RotationEnabled": true,
    "RotationLambdaARN": "arn:aws:lambda:eu-west-1:${a}:function:SecretsManagerRDSPostgreSQLRotationSingleUser",
    "RotationRules": { "AutomaticallyAfterDays": 30 },
    "LastRotatedDate": "2026-11-02T10:41:07.512000+00:00",
    "VersionIdsToStages": {
        "${uuid(r)}": ["AWSCURRENT"],
        "${uuid(r)}": ["AWSPREVIOUS"]
    }
}`;
  })());
  add('aws ssm get-parameter without decryption (ciphertext)', ((): string => {
    const a = acct();
    return `$ aws ssm get-parameter --name /chatops/slack/bot_token
{
    "Parameter": {
        "Name": "/chatops/slack/bot_token",
        "Type": "SecureString",
        "Value": "AQICAH${b64n(240)}",
        "Version": 4,
        "LastModifiedDate": "2026-10-19T14:03:22.118000+02:00",
        "ARN": "arn:aws:ssm:eu-west-1:${a}:parameter/chatops/slack/bot_token",
        "DataType": "text"
    }
}`;
  })());
  add('az keyvault secret list (ids and attributes)', `$ az keyvault secret list --vault-name kv-corp-prod -o table
Name                    Id                                                                  ContentType    Enabled    Expires
----------------------  ------------------------------------------------------------------  -------------  ---------  ---------
exports-storage-conn    https://kv-corp-prod.vault.azure.net/secrets/exports-storage-conn   text/plain     True
grafana-admin           https://kv-corp-prod.vault.azure.net/secrets/grafana-admin                         True       2027-06-01T00:00:00+00:00
$ az keyvault secret show --vault-name kv-corp-prod --name grafana-admin --query "{id:id, updated:attributes.updated}"
{
  "id": "https://kv-corp-prod.vault.azure.net/secrets/grafana-admin/${hex(32)}",
  "updated": "2026-06-11T08:41:12+00:00"
}`);
  add('gcloud secrets describe and versions list', `$ gcloud secrets describe stripe-secret-key --project=corp-payments-prod
createTime: '2025-02-11T09:12:44.118291Z'
etag: '"${hex(14)}"'
name: projects/${r(DIGITS, 12)}/secrets/stripe-secret-key
replication:
  automatic: {}
$ gcloud secrets versions describe 3 --secret=stripe-secret-key
createTime: '2026-11-01T09:12:44.551908Z'
etag: '"${hex(14)}"'
name: projects/${r(DIGITS, 12)}/secrets/stripe-secret-key/versions/3
replicationStatus:
  automatic: {}
state: ENABLED`);
  add('doppler secrets --only-names', `$ doppler secrets --only-names --project api --config prd
┌─────────────────────┐
│ NAME                │
├─────────────────────┤
│ DATABASE_URL        │
│ DOPPLER_CONFIG      │
│ DOPPLER_ENVIRONMENT │
│ DOPPLER_PROJECT     │
│ STRIPE_SECRET_KEY   │
└─────────────────────┘`);
  add('op item get without --reveal', `$ op item get "Prod Postgres" --vault Infra
ID:          ${r(LOWER + DIGITS, 26)}
Title:       Prod Postgres
Vault:       Infra (${r(LOWER + DIGITS, 26)})
Created:     8 months ago
Updated:     2 weeks ago by Jana Novak
Favorite:    false
Version:     6
Category:    DATABASE
Fields:
  type:        postgresql
  server:      pg-prod.internal
  port:        5432
  database:    orders
  username:    postgres
  password:    [use 'op item get ${r(LOWER + DIGITS, 26)} --reveal' to reveal]`);
  add('.env with 1Password secret references for op run', `# .env.tpl — resolved by \`op run --env-file=.env.tpl -- npm start\`
DATABASE_PASSWORD="op://Infra/Prod Postgres/password"
STRIPE_SECRET_KEY="op://Payments/Stripe live/credential"
SENTRY_AUTH_TOKEN="op://CI/Sentry/token"`);
  add('kubectl describe secret (sizes only)', `$ kubectl -n payments describe secret payments-api
Name:         payments-api
Namespace:    payments
Labels:       app.kubernetes.io/name=payments-api
Annotations:  reconcile.external-secrets.io/data-hash: ${hex(32)}

Type:  Opaque

Data
====
DB_PASSWORD:  24 bytes
DB_USER:      8 bytes
STRIPE_KEY:   107 bytes`);
  add('Deployment env from secretKeyRef', `        env:
          - name: DB_PASSWORD
            valueFrom:
              secretKeyRef:
                name: billing-db
                key: DB_PASSWORD
          - name: STRIPE_API_KEY
            valueFrom:
              secretKeyRef:
                name: stripe
                key: api-key
                optional: false
        envFrom:
          - secretRef:
              name: billing-env`);
  add('SealedSecret encryptedData', `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: crm-smtp
  namespace: crm
spec:
  encryptedData:
    SMTP_PASSWORD: AgB${r(B64, 690)}
  template:
    metadata:
      name: crm-smtp
      namespace: crm`);
  add('ExternalSecret manifest with remoteRef keys', `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments-api
  namespace: payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: payments-api
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/payments/db
        property: password
    - secretKey: STRIPE_KEY
      remoteRef:
        key: prod/payments/stripe
        property: secret_key`);
  add('Helm values.yaml defaults with empty passwords and existingSecret', `## @param auth.password Password for the custom user to create
## @param auth.existingSecret Name of existing secret to use for PostgreSQL credentials
auth:
  enablePostgresUser: true
  postgresPassword: ""
  username: ""
  password: ""
  database: ""
  existingSecret: ""
  secretKeys:
    adminPasswordKey: postgres-password
    userPasswordKey: password`);
  add('example values file with placeholders', `# values.example.yaml — copy to values-<env>.yaml
postgresql:
  auth:
    username: gitea
    password: changeme
redis:
  auth:
    password: <password>
smtp:
  user: apikey
  password: "YOUR_SENDGRID_API_KEY"
oauth:
  clientSecret: "<client-secret>"`);
  add('helm get values using existingSecret', `$ helm get values sessions -n web
USER-SUPPLIED VALUES:
architecture: replication
auth:
  enabled: true
  existingSecret: redis-sessions-auth
  existingSecretPasswordKey: redis-password
replica:
  replicaCount: 2`);
  add('ArgoCD Application with helm valueFiles and image digests', `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: orders-api
  namespace: argocd
spec:
  project: platform
  source:
    repoURL: https://gitlab.corp.example/platform/charts.git
    targetRevision: ${hex(40)}
    path: orders-api
    helm:
      valueFiles: [values-prod.yaml]
      parameters:
        - name: image.digest
          value: sha256:${hex(64)}
  destination:
    server: https://kubernetes.default.svc
    namespace: orders`);
  add('Flux Kustomization with SOPS decryption secretRef', `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: apps
  namespace: flux-system
spec:
  interval: 10m
  path: ./apps/prod
  prune: true
  sourceRef:
    kind: GitRepository
    name: infra
  decryption:
    provider: sops
    secretRef:
      name: sops-age`);
  add('kube-root-ca.crt ConfigMap', `$ kubectl get configmap kube-root-ca.crt -o yaml
apiVersion: v1
data:
  ca.crt: |
    ${cert('\n    ')}
kind: ConfigMap
metadata:
  name: kube-root-ca.crt
  namespace: default`);
  // --- (3) Databases and directories ---------------------------------------------------------------------------
  add('pg_dumpall roles with SCRAM-SHA-256 verifiers', `--
-- Roles
--

CREATE ROLE grafana;
ALTER ROLE grafana WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '${scram()}';
CREATE ROLE metabase;
ALTER ROLE metabase WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '${scram()}';
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;`);
  add('pg_dumpall roles with md5 hashes (old cluster)', `CREATE ROLE app_rw;
ALTER ROLE app_rw WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '${pgMd5()}';
CREATE ROLE replicator;
ALTER ROLE replicator WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN REPLICATION NOBYPASSRLS PASSWORD '${pgMd5()}';`);
  add('pg_authid query output', `postgres=# SELECT rolname, rolpassword FROM pg_authid WHERE rolcanlogin;
  rolname   |                                                              rolpassword
------------+---------------------------------------------------------------------------------------------------------------------------------------
 postgres   |
 grafana    | ${scram()}
 app_rw     | ${pgMd5()}
(3 rows)`);
  add('mysql.user with mysql_native_password hashes', `mysql> SELECT user, host, plugin, authentication_string FROM mysql.user WHERE user NOT LIKE 'mysql.%';
+-----------+-----------+-----------------------+-------------------------------------------+
| user      | host      | plugin                | authentication_string                     |
+-----------+-----------+-----------------------+-------------------------------------------+
| root      | localhost | auth_socket           |                                           |
| reporting | 10.20.%   | mysql_native_password | ${mysqlNative()} |
| wp        | localhost | mysql_native_password | ${mysqlNative()} |
+-----------+-----------+-----------------------+-------------------------------------------+
3 rows in set (0.00 sec)`);
  add('mysqldump CREATE USER IDENTIFIED WITH ... AS hash', `CREATE USER IF NOT EXISTS \`reporting\`@\`10.20.%\` IDENTIFIED WITH 'mysql_native_password' AS '${mysqlNative()}' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK;
GRANT SELECT ON \`analytics\`.* TO \`reporting\`@\`10.20.%\`;`);
  add('sp_help_revlogin output with hashed passwords', `-- Login: svc_etl
CREATE LOGIN [svc_etl] WITH PASSWORD = 0x0200${r(HEXU, 136)} HASHED, SID = 0x${r(HEXU, 32)}, DEFAULT_DATABASE = [Staging], CHECK_POLICY = OFF, CHECK_EXPIRATION = OFF
-- Login: CORP\\sql-admins
CREATE LOGIN [CORP\\sql-admins] FROM WINDOWS WITH DEFAULT_DATABASE = [master]`);
  add('Oracle user DDL with IDENTIFIED BY VALUES verifiers', `SQL> SELECT DBMS_METADATA.GET_DDL('USER', 'APP_OWNER') FROM dual;

   CREATE USER "APP_OWNER" IDENTIFIED BY VALUES 'S:${r(HEXU, 60)};T:${r(HEXU, 160)}'
      DEFAULT TABLESPACE "APP_DATA"
      TEMPORARY TABLESPACE "TEMP"`);
  add('SQL migration with psql variable placeholders', `-- V42__reporting_role.sql  (run with: psql -v metabase_password="$METABASE_DB_PASSWORD" -f ...)
ALTER ROLE metabase WITH LOGIN PASSWORD :'metabase_password';
-- Flyway placeholder variant:
ALTER ROLE grafana WITH LOGIN PASSWORD '\${grafana_db_password}';`);
  add('MongoDB createUser with passwordPrompt()', `// run: mongosh --authenticationDatabase admin -u admin -p
use inventory
db.createUser({
  user: "inventory_app",
  pwd: passwordPrompt(),
  roles: [ { role: "readWrite", db: "inventory" } ]
})`);
  add('MongoDB system.users document with SCRAM credentials', `{
  _id: 'inventory.inventory_app',
  userId: UUID('${uuid(r)}'),
  user: 'inventory_app',
  db: 'inventory',
  credentials: {
    'SCRAM-SHA-1': { iterationCount: 10000, salt: '${b64n(16)}', storedKey: '${b64n(20)}', serverKey: '${b64n(20)}' },
    'SCRAM-SHA-256': { iterationCount: 15000, salt: '${b64n(28)}', storedKey: '${b64n(32)}', serverKey: '${b64n(32)}' }
  },
  roles: [ { role: 'readWrite', db: 'inventory' } ]
}`);
  add('Redis ACL file with only hashed passwords', `# /etc/redis/users.acl
user default off
user admin on #${hex(64)} ~* &* +@all
user sessions on #${hex(64)} ~sess:* resetchannels -@all +@read +@write +@keyspace
user exporter on #${hex(64)} ~* +client +ping +info +config|get`);
  add('Redis ACL LIST with nopass default user', `127.0.0.1:6379> ACL LIST
1) "user default on nopass sanitize-payload ~* &* +@all"
2) "user replica-user on sanitize-payload #${hex(64)} ~* resetchannels -@all +psync +replconf +ping"
127.0.0.1:6379> CONFIG GET requirepass
1) "requirepass"
2) ""`);
  add('LDIF with {SSHA} userPassword', `dn: uid=jnovak,ou=People,dc=corp,dc=example
objectClass: inetOrgPerson
objectClass: posixAccount
uid: jnovak
cn: Jana Novak
uidNumber: 10412
gidNumber: 10000
homeDirectory: /home/jnovak
userPassword: ${ssha()}`);
  add('LDIF with {CRYPT} sha512 userPassword', `dn: uid=svc-jenkins,ou=ServiceAccounts,dc=corp,dc=example
objectClass: account
objectClass: simpleSecurityObject
uid: svc-jenkins
userPassword: ${sha512crypt()}`);
  add('LDIF userPassword:: base64 of an {SSHA} hash', `dn: uid=mrossi,ou=People,dc=corp,dc=example
objectClass: inetOrgPerson
uid: mrossi
cn: Marco Rossi
mail: mrossi@corp.example
userPassword:: ${b64(ssha())}`);
  add('Keycloak partial export with masked client secret', `{
  "realm": "corp",
  "clients": [
    {
      "id": "${uuid(r)}",
      "clientId": "grafana",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "redirectUris": ["https://grafana.corp.example/login/generic_oauth"],
      "publicClient": false
    }
  ],
  "smtpServer": { "host": "email-smtp.eu-west-1.amazonaws.com", "auth": "true", "user": "sso-mailer", "password": "**********" }
}`);
  add('Keycloak user export with pbkdf2 credential', `{
  "username": "jnovak",
  "enabled": true,
  "email": "jnovak@corp.example",
  "credentials": [
    {
      "id": "${uuid(r)}",
      "type": "password",
      "userLabel": "My password",
      "createdDate": 1764322872118,
      "secretData": "{\\"value\\":\\"${b64n(64)}\\",\\"salt\\":\\"${b64n(16)}\\",\\"additionalParameters\\":{}}",
      "credentialData": "{\\"hashIterations\\":210000,\\"algorithm\\":\\"pbkdf2-sha512\\",\\"additionalParameters\\":{}}"
    }
  ]
}`);
  add('Keycloak public client and realm public key', `{
  "realm": "corp",
  "public_key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r(B64, 330)}IDAQAB",
  "token-service": "https://sso.corp.example/realms/corp/protocol/openid-connect",
  "clients": [{ "clientId": "spa-frontend", "publicClient": true, "secret": null, "webOrigins": ["https://app.corp.example"] }]
}`);
  add('Auth0 deploy-cli tenant.yaml with keyword replacement', `clients:
  - name: Backoffice API (M2M)
    app_type: non_interactive
    client_secret: '##AUTH0_BACKOFFICE_CLIENT_SECRET##'
    grant_types:
      - client_credentials
# config.json: "AUTH0_KEYWORD_REPLACE_MAPPINGS": { "AUTH0_BACKOFFICE_CLIENT_SECRET": "" }`);
  add('Okta user export with ids only', `[
  {
    "id": "00u${r(ALNUM, 17)}",
    "status": "ACTIVE",
    "created": "2025-04-02T08:11:40.000Z",
    "lastLogin": "2026-11-27T16:02:12.000Z",
    "profile": { "login": "jnovak@corp.example", "email": "jnovak@corp.example", "firstName": "Jana", "lastName": "Novak" },
    "credentials": { "password": {}, "provider": { "type": "OKTA", "name": "OKTA" } },
    "_links": { "self": { "href": "https://corp.okta.com/api/v1/users/00u${r(ALNUM, 17)}" } }
  }
]`);
  add('RabbitMQ definitions.json with password_hash only', `{
  "rabbit_version": "3.13.7",
  "users": [
    { "name": "admin", "password_hash": "${b64n(36)}", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["administrator"], "limits": {} },
    { "name": "orders-svc", "password_hash": "${b64n(36)}", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": [], "limits": {} },
    { "name": "guest", "password_hash": "", "tags": [] }
  ],
  "vhosts": [{ "name": "orders" }]
}`);
  add('Kafka JAAS with Kerberos keytab', `KafkaClient {
    com.sun.security.auth.module.Krb5LoginModule required
    useKeyTab=true
    storeKey=true
    keyTab="/etc/security/keytabs/kafka-client.keytab"
    principal="orders-consumer@CORP.EXAMPLE";
};`);
  add('sasl.jaas.config with config provider references', `config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="\${file:/etc/kafka/secrets/client.properties:username}" password="\${file:/etc/kafka/secrets/client.properties:password}";`);
  add('elasticsearch-keystore list and yml settings', `$ sudo /usr/share/elasticsearch/bin/elasticsearch-keystore list
keystore.seed
xpack.notification.slack.account.monitoring.secure_url
xpack.security.http.ssl.keystore.secure_password
xpack.security.transport.ssl.keystore.secure_password
$ grep -v '^#' /etc/elasticsearch/elasticsearch.yml
cluster.name: corp-logs
xpack.security.enabled: true
xpack.security.http.ssl.keystore.path: certs/http.p12`);
  add('kibana.yml with environment variable references', `elasticsearch.hosts: ["https://es01.corp.example:9200"]
elasticsearch.serviceAccountToken: "\${ELASTICSEARCH_SERVICEACCOUNTTOKEN}"
xpack.encryptedSavedObjects.encryptionKey: "\${KIBANA_ENCRYPTION_KEY}"
xpack.reporting.encryptionKey: "\${KIBANA_REPORTING_KEY}"`);
  add('Elasticsearch GET _security/api_key listing (no key material)', `GET /_security/api_key?name=logstash-writer
{
  "api_keys" : [
    {
      "id" : "${r(B64URL, 20)}",
      "name" : "logstash-writer",
      "creation" : 1764322872118,
      "expiration" : 1772098872118,
      "invalidated" : false,
      "username" : "elastic",
      "realm" : "reserved",
      "type" : "rest",
      "metadata" : { }
    }
  ]
}`);
  add('Cassandra system_auth.roles with bcrypt salted_hash', `cassandra@cqlsh> SELECT role, can_login, is_superuser, salted_hash FROM system_auth.roles;

 role           | can_login | is_superuser | salted_hash
----------------+-----------+--------------+--------------------------------------------------------------
      cassandra |      True |         True | ${bcrypt()}
 metrics_writer |      True |        False | ${bcrypt()}

(2 rows)`);
  add('Neo4j SHOW USERS and NEO4J_AUTH=none', `neo4j@system> SHOW USERS;
+-----------------------------------------------------------------+
| user    | roles                | passwordChangeRequired | suspended |
+-----------------------------------------------------------------+
| "neo4j" | ["admin", "PUBLIC"]  | FALSE                  | FALSE     |
| "etl"   | ["editor", "PUBLIC"] | TRUE                   | FALSE     |
+-----------------------------------------------------------------+
# dev compose: NEO4J_AUTH=none`);
  add('ClickHouse users.xml with password_sha256_hex', `<clickhouse>
    <users>
        <grafana>
            <password_sha256_hex>${hex(64)}</password_sha256_hex>
            <networks><ip>10.20.0.0/16</ip></networks>
            <profile>readonly</profile>
        </grafana>
    </users>
</clickhouse>`);
  add('ClickHouse users.d with password_double_sha1_hex and empty default', `<clickhouse>
    <users>
        <default>
            <password></password>
            <networks><ip>::1</ip><ip>127.0.0.1</ip></networks>
        </default>
        <mysql_bridge>
            <password_double_sha1_hex>${hex(40)}</password_double_sha1_hex>
        </mysql_bridge>
    </users>
</clickhouse>`);
  add('German ticket about a rotated password stored in Vault', `Hallo Team,

das Passwort für \`shop_rw\` auf db03 wurde heute rotiert. Der neue Wert liegt in Vault unter
\`secret/prod/shop/db\` (Version 8), die alte Version ist gelöscht. Bitte NICHT hier ins Ticket kopieren,
sondern per \`vault kv get -field=password secret/prod/shop/db\` abrufen.

Änderungsnummer: CHG-${r(DIGITS, 6)}`);
  add('Spanish question with a masked Atlas URI', `Hola, me sale "bad auth : authentication failed" al conectar con:

mongosh "mongodb+srv://admin:<password>@cluster0.${r(LOWER + DIGITS, 5)}.mongodb.net/tienda"

(obviamente en vez de <password> pongo la mía). ¿Hay que codificar los caracteres especiales?`);

  // --- (4) Monitoring and alerting --------------------------------------------------------------------------------
  add('prometheus.yml basic_auth with password_file', `scrape_configs:
  - job_name: 'rabbitmq'
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/rabbitmq-password
    static_configs:
      - targets: ['rabbitmq-0.corp.example:15692']`);
  add('prometheus.yml authorization credentials_file and bearer_token_file', `  - job_name: 'kubernetes-apiservers'
    kubernetes_sd_configs:
      - role: endpoints
    scheme: https
    tls_config:
      ca_file: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
    authorization:
      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token
  - job_name: 'federate'
    bearer_token_file: /etc/prometheus/federate-token`);
  add('Prometheus /api/v1/status/config with <secret>', `$ curl -s http://prometheus:9090/api/v1/status/config | jq -r .data.yaml | grep -B2 -A3 basic_auth
  scrape_interval: 30s
  basic_auth:
    username: prometheus
    password: <secret>
remote_write:
- url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
  basic_auth:
    username: "${r(DIGITS, 7)}"
    password: <secret>`);
  add('Alertmanager /api/v2/status config with <secret>', `$ amtool config show --alertmanager.url=http://alertmanager:9093
global:
  resolve_timeout: 5m
  slack_api_url: <secret>
  opsgenie_api_url: https://api.eu.opsgenie.com/
receivers:
- name: pagerduty-critical
  pagerduty_configs:
  - routing_key: <secret>
    url: https://events.pagerduty.com/v2/enqueue
- name: opsgenie
  opsgenie_configs:
  - api_key: <secret>`);
  add('alertmanager.yml with *_file settings', `global:
  slack_api_url_file: /etc/alertmanager/secrets/slack-webhook
receivers:
  - name: pagerduty-critical
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty-routing-key
  - name: opsgenie
    opsgenie_configs:
      - api_key_file: /etc/alertmanager/secrets/opsgenie-key`);
  add('Grafana provisioning secureJsonData from environment', `apiVersion: 1
datasources:
  - name: MySQL-Orders
    type: mysql
    url: orders-db.internal:3306
    user: grafana_ro
    secureJsonData:
      password: $MYSQL_GRAFANA_PASSWORD
  - name: InfluxDB-Flux
    type: influxdb
    url: http://influxdb.monitoring:8086
    secureJsonData:
      token: \${INFLUX_TOKEN}
  - name: Loki
    type: loki
    url: https://loki.corp.example
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: $__file{/etc/grafana/secrets/loki-password}`);
  add('Grafana datasource API response with secureJsonFields', `$ curl -s -H "Authorization: Bearer $GRAFANA_TOKEN" https://grafana.corp.example/api/datasources/uid/${r(ALNUM, 14)}
{"id":7,"uid":"${r(ALNUM, 14)}","orgId":1,"name":"MySQL-Orders","type":"mysql","access":"proxy","url":"orders-db.internal:3306","user":"grafana_ro","database":"","basicAuth":false,"basicAuthUser":"","withCredentials":false,"isDefault":false,"jsonData":{"database":"orders","maxOpenConns":10},"secureJsonFields":{"password":true},"version":3,"readOnly":true}`);
  add('promtail with basic_auth password_file', `clients:
  - url: https://loki.corp.example/loki/api/v1/push
    tenant_id: platform
    basic_auth:
      username: promtail
      password_file: /etc/promtail/secrets/loki-password
    tls_config:
      ca_file: /etc/promtail/ca.pem`);
  add('datadog-agent status with partially shown key', `$ sudo datadog-agent status
===============
Agent (v7.58.2)
===============
  Status date: 2026-11-28 09:41:12.118 UTC (1764322872118)
  Agent start: 2026-11-27 08:02:10.551 UTC (1764230530551)
  Pid: 812
  Hostname: web-07.corp.example

==========
Endpoints
==========
  https://app.datadoghq.eu - API Key ending with: ${hex(5)}

=========
Forwarder
=========
  API Keys status
  ===============
    API key ending with ${hex(5)}: API Key valid`);
  add('datadog.yaml with secrets backend ENC[] handle', `api_key: ENC[datadog_api_key]
site: datadoghq.eu
secret_backend_command: /usr/local/bin/dd-secret-helper
secret_backend_arguments:
  - --vault-path=secret/prod/datadog
logs_enabled: true`);
  add('zabbix_server.conf with vault-backed DB credentials', `DBHost=pg-zabbix.internal
DBName=zabbix
Vault=HashiCorp
VaultURL=https://vault.corp.example:8200
VaultDBPath=secret/zabbix/database
# DBUser and DBPassword are read from Vault (VAULT_TOKEN in the service environment)`);
  add('Nagios resource.cfg with paths only', `# /usr/local/nagios/etc/resource.cfg
$USER1$=/usr/local/nagios/libexec
$USER2$=/usr/local/nagios/libexec/eventhandlers
# $USER3$=someuser
# $USER4$=somepassword`);
  add('consul acl policy list and members', `$ consul acl policy list
global-management:
   ID:           00000000-0000-0000-0000-000000000001
   Description:  Builtin Policy that grants unlimited access
   Datacenters:
builtin/global-read-only:
   ID:           00000000-0000-0000-0000-000000000002
   Description:  Builtin Policy that grants unlimited read-only access to all components
node-agents:
   ID:           ${uuid(r)}
   Description:  Agent tokens
$ consul members
Node       Address           Status  Type    Build   Protocol  DC         Partition  Segment
consul-0   10.40.2.11:8301   alive   server  1.20.1  2         eu-west-1  default    <all>`);
  add('nomad acl token self for anonymous token', `$ nomad acl token self
Accessor ID  = anonymous
Secret ID    = anonymous
Name         = Anonymous Token
Type         = client
Global       = false
Create Time  = <none>
Expiry Time  = <none>
Policies     = [anonymous]`);
  add('consul-template template reading from Vault', `{{ with secret "database/creds/readonly" }}
export PGUSER="{{ .Data.username }}"
export PGPASSWORD="{{ .Data.password }}"
{{ end }}
{{ with secret "secret/data/prod/datadog" }}DD_API_KEY={{ .Data.data.api_key }}{{ end }}`);
  add('telegraf.conf with environment variable token', `[[outputs.influxdb_v2]]
  urls = ["https://influx.corp.example:8086"]
  token = "$INFLUX_TOKEN"
  organization = "corp"
  bucket = "telegraf"`);
  add('Japanese note pointing to where the token is stored', `Grafana のサービスアカウントトークンは 1Password の「Infra / Grafana export」に保存しました。
チャットには貼らないでください。有効期限は 30 日、トークン ID は 31 です。
取得方法: op read "op://Infra/Grafana export/credential"`);
  add('Russian note about Zabbix DB password moved to Vault', `Пароль БД Zabbix больше не хранится в zabbix_server.conf — теперь он читается из Vault
(путь secret/zabbix/database, параметры VaultURL и VaultDBPath). DBPassword в конфиге оставлен пустым:

DBPassword=`);

  // --- Cross-cutting: keys, fingerprints, certificates, ids --------------------------------------------------------
  add('SSH public key in cloud-init from terraform output', `$ terraform output -raw deploy_public_key
${opensshEd25519(r, 'deploy@ci').pub}
$ ssh-keygen -lf <(terraform output -raw deploy_public_key)
256 SHA256:${r(B64, 43)} deploy@ci (ED25519)`);
  add('KMS key ids, aliases and GPG fingerprint', ((): string => {
    const a = acct();
    return `$ aws kms list-aliases --query 'Aliases[?starts_with(AliasName, \`alias/prod\`)]'
[
    { "AliasName": "alias/prod-secrets", "AliasArn": "arn:aws:kms:eu-west-1:${a}:alias/prod-secrets", "TargetKeyId": "${uuid(r)}" }
]
$ gpg --list-keys sops@corp.example
pub   rsa4096 2025-02-11 [SC]
      ${r(HEXU, 40)}
uid           [ultimate] SOPS prod <sops@corp.example>`;
  })());
  add('GitHub Actions log with masked terraform output', `2026-11-28T10:02:11.4817302Z ##[group]Run terraform output -raw grafana_admin_password
2026-11-28T10:02:11.4818101Z terraform output -raw grafana_admin_password
2026-11-28T10:02:11.4820774Z ##[endgroup]
2026-11-28T10:02:12.9912047Z ***
2026-11-28T10:02:13.0150388Z Post job cleanup.`);
  add('vault kv get with redacted values pasted into a ticket', `$ vault kv get secret/prod/payments
======== Data ========
Key               Value
---               -----
stripe_secret     <redacted>
webhook_secret    [hidden]
(values removed before pasting — see Vault)`);
  return out;
}
