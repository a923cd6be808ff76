import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALNUM, B64, DIGITS, HEXL, HEXU, randomChars, uuid } from '../../../test/secrets/fixtures.js';
import { detectSecrets } from './detect.js';

// What blind batches W (data platforms, mobile, IoT, game servers) and X (hard negatives) showed in
// session 25: each format with the look-alikes that must stay unreported.
const r = randomChars('batch-w-x');
const found = (text: string) => detectSecrets(text).filter((m) => m.score >= 0.5).map((m) => text.slice(m.start, m.end));
const asJson = (text: string) => JSON.stringify({ msg: text });
const pw = () => `Harbor${r(DIGITS, 3)}-${r(ALNUM, 5)}`;

describe('keys known by their own bytes', () => {
  it('reads a private key body without its PEM armour, and leaves a public key alone', () => {
    for (const [type, options] of [['rsa', { modulusLength: 2048 }], ['ec', { namedCurve: 'P-256' }], ['ed25519', {}]] as const) {
      const pair = generateKeyPairSync(type as 'rsa', options as { modulusLength: number });
      const pkcs8 = pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
      expect(found(`"snowflake.private.key": "${pkcs8}",`), type).toEqual([pkcs8]);
      const publicKey = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
      expect(found(`"snowflake.public.key": "${publicKey}",`), type).toEqual([]);
    }
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');
    expect(found(`PRIVATE_KEY_BODY=${rsa}`)).toEqual([rsa]);
  });

  it('reads a Tableau PAT secret, not a salt beside an MD5 digest', () => {
    const secret = `${r(B64, 22)}==:${r(ALNUM, 29)}aZ9`;
    expect(found(`TSC.PersonalAccessTokenAuth("refresh-bot", "${secret}", site_id="fin")`)).toEqual([secret]);
    expect(found(`stored = "${r(B64, 22)}==:${r(HEXL, 32)}"`)).toEqual([]);
  });

  it('reads ESPHome, Zigbee2MQTT and LoRaWAN keys, not the identifiers beside them', () => {
    const api = `${r(B64, 43)}=`;
    expect(found(`api:\n  encryption:\n    key: "${api}"`)).toEqual([api]);
    const bytes = Array.from({ length: 16 }, (_, i) => (i * 37 + 11) % 256).join(', ');
    expect(found(`advanced:\n  network_key: [${bytes}]\n  pan_id: 6754`)).toEqual([`[${bytes}]`]);
    const appKey = Array.from({ length: 16 }, () => `0x${r(HEXU, 2)}`).join(', ');
    expect(found(`static const u1_t PROGMEM APPKEY[16] = { ${appKey} };`)).toEqual([appKey]);
    expect(found('static const u1_t PROGMEM APPEUI[8] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };')).toEqual([]);
    const rootKey = r(HEXU, 32);
    expect(found(`ttn-lw-cli end-devices create app dev --dev-eui 70B3D57ED00536BE --root-keys.app-key.key ${rootKey}`)).toEqual([rootKey]);
  });

  it('reads a Steam game server login token', () => {
    const gslt = r(HEXU, 32);
    expect(found(`./cs2 -dedicated +map de_inferno +sv_setsteamaccount ${gslt}`)).toEqual([gslt]);
    expect(found(`environment:\n  SRCDS_TOKEN: "${gslt}"`)).toEqual([gslt]);
  });
});

describe('passwords of devices and game servers', () => {
  it('reads Tasmota commands, mosquitto and mcrcon flags, also in a JSON string', () => {
    const p = pw();
    expect(found(`CMD: Backlog MqttHost 10.0.0.2; MqttUser tasmota; MqttPassword ${p}; Topic plug`)).toEqual([p]);
    expect(found(asJson(`Ich mache:\n\nmosquitto_pub -h 10.0.0.2 -p 1883 -u dom -P '${p}' -t a/b -m ON`))).toEqual([p]);
    expect(found(asJson(`Salut:\n\nmcrcon -H 203.0.113.42 -P 25575 -p ${p} "list"`))).toEqual([p]);
    expect(found('mosquitto_pub -h 10.0.0.2 -p 1883 -t a/b -m ON')).toEqual([]);
    expect(found('RSL: RESULT = {"MqttPassword":"****"}')).toEqual([]);
  });

  it('reads OpenWrt wireless keys and console variables, not WEP key indexes or empty values', () => {
    const p = pw();
    expect(found(`config wifi-iface 'default_radio1'\n\toption ssid 'Casa-5G'\n\toption key '${p}'`)).toEqual([p]);
    expect(found(asJson(`config wifi-iface 'x'\n\toption key '${p}'`))).toEqual([p]);
    expect(found("config wifi-iface 'x'\n\toption encryption 'wep'\n\toption key '1'")).toEqual([]);
    expect(found(`hostname "Dust2 Only"\nrcon_password "${p}"\nsv_password ""`)).toEqual([p]);
    expect(found(asJson(`// server.cfg\nrcon_password "${p}"`))).toEqual([p]);
    expect(found('./valheim_server -name "Vikings" -world "Midgard" -password "' + p + '" -crossplay')).toEqual([p]);
  });
});

describe('names that hold a key', () => {
  it("reads an *arr app's <ApiKey> and a token of letters only, not a paging token or an identifier", () => {
    const key = r(HEXL, 32);
    expect(found(`<Config>\n  <Port>8989</Port>\n  <ApiKey>${key}</ApiKey>\n</Config>`)).toEqual([key]);
    expect(found(`<ListBucketResult><NextContinuationToken>${r(ALNUM, 40)}</NextContinuationToken></ListBucketResult>`)).toEqual([]);
    expect(found('PlexOnlineToken="VoHaRAGrDKETvBelIZhs" PlexOnlineUsername="kino"')).toEqual(['VoHaRAGrDKETvBelIZhs']);
    expect(found('token_name="PlexOnlineTokenValueHolder"')).toEqual([]);
  });

  it("reads Airflow's fernet key and Algolia's admin key", () => {
    const fernet = Buffer.from(r(ALNUM, 32)).toString('base64url') + '=';
    expect(found(`[core]\nfernet_key = ${fernet}\nload_examples = False`)).toEqual([fernet]);
    const admin = r(HEXL, 32);
    expect(found(`NEXT_PUBLIC_ALGOLIA_APP_ID=QR3QKO7DAE\nALGOLIA_ADMIN_KEY=${admin}`)).toEqual([admin]);
  });

  it('reads an AWS secret a few lines under its key id, as decompiled code prints it', () => {
    const id = `AKIA${r('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const secret = `${r(ALNUM, 12)}/${r(ALNUM, 14)}+${r(ALNUM, 12)}`;
    const smali = `    const-string v0, "${id}"\n\n    sput-object v0, LS3Config;->ACCESS_KEY:Ljava/lang/String;\n\n    const-string v0, "${secret}"`;
    expect(found(smali)).toEqual([id, secret]);
    expect(found(asJson(smali))).toContain(secret);
  });

  it('reports every copy of a secret known by its context, and nothing in a text without one', () => {
    const session = uuid(r);
    const text = `{"id":"${session}"}\n$ curl -H "X-Metabase-Session: ${session}" https://bi.example/api/card/1`;
    expect(found(text)).toEqual([session, session]);
    expect(found(`{"id":"${session}"}\n$ curl -H "X-Request-Id: ${session}" https://bi.example/api/card/1`)).toEqual([]);
  });
});

describe('look-alikes that are no secret', () => {
  it("leaves Hadoop's credential-provider properties, Unix times, stored digests and an iOS Firebase config", () => {
    expect(found('<property>\n  <name>fs.s3a.aws.credentials.provider</name>\n  <value>com.amazonaws.auth.InstanceProfileCredentialsProvider</value>\n</property>')).toEqual([]);
    expect(found('<name>hadoop.security.credential.provider.path</name>\n<value>jceks://hdfs@nn1:8020/user/etl/s3.jceks</value>')).toEqual([]);
    expect(found('Key           Last Updated\npg-password   1764320047000\ns3-role-arn   1764320112')).toEqual([]);
    expect(found(`admin:\n  password: ${r(HEXL, 128)}\n  active: true`)).toEqual([]);
    const google = `AIza${r(ALNUM, 35)}`;
    expect(found(`<key>API_KEY</key>\n<string>${google}</string>\n<key>GCM_SENDER_ID</key>\n<string>448812345</string>\n<key>GOOGLE_APP_ID</key>`)).toEqual([]);
  });

  it("leaves a Mailgun webhook's signed nonce, a JWT header alone, Vault's HMACs and a shell expansion's message", () => {
    const webhook = `{"signature":{"timestamp":"1795860847","token":"${r(HEXL, 50)}","signature":"${r(HEXL, 64)}"}}`;
    expect(found(webhook)).toEqual([]);
    expect(found(asJson(webhook))).toEqual([]);
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'sig-2026-11' })).toString('base64url');
    expect(found(`The first segment of every token we issue is the same:\n\n    ${header}\n`)).toEqual([]);
    expect(found(`{"auth":{"client_token":"hmac-sha256:${r(HEXL, 64)}"}}`)).toEqual([]);
    expect(found('DATABASE_URL: postgres://app:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/app')).toEqual([]);
  });
});
