import { describe, expect, it } from 'vitest';
import { detectSecrets } from './detect.js';
import { isCredentialName, isPasswordHash } from './placeholders.js';
import { isCodeExpression, isPassphrase, isPasswordSetting, isPublicValue, keyNameBefore, startsProse } from './shape.js';

const kinds = (text: string) => detectSecrets(text).map((m) => [m.kind, text.slice(m.start, m.end)]);

// Causes of false alarms and misses found by blind batch A (test/secrets/blind-batch-a.ts), each
// with a control: the same place holding a real-looking value is still reported.
describe('secrets: names, prose, settings and escaped containers', () => {
  it('treats a credential name or a self-describing test value as no value', () => {
    for (const v of ['TOKEN', 'DB_PASSWORD', 'app_password', 'apiKey', 'clientSecret', 'testpassword', 'test_token1', 'demo-secret'])
      expect(isCredentialName(v), v).toBe(true);
    for (const v of ['s3cr3t_Sauce', 'Tokens4all!', 'Hunter2', 'kq9XmTz2', 'monkey', 'turkey-sandwich'])
      expect(isCredentialName(v), v).toBe(false);
    // A long run of letters and then a character outside the pattern: answered at once (no backtracking blow-up).
    expect(isCredentialName(`hf_${'PikGgzWDmkuowSpGCwPFCZanPTTmUrZMys'.repeat(2)} =`)).toBe(false);
    expect(kinds('machine github.com\n  login USERNAME\n  password TOKEN')).toEqual([]);
    expect(kinds("ALTER USER app WITH PASSWORD :'app_password';")).toEqual([]);
    expect(kinds('client.login(username="testuser", password="testpassword")')).toEqual([]);
    expect(kinds('password = "Kx9-mQ2v-Lp7"')).toEqual([['PASSWORD', 'Kx9-mQ2v-Lp7']]);
  });

  it('does not take the first word of a sentence for a password', () => {
    expect(startsProse('Forgot', ' your password?')).toBe(true);
    expect(startsProse('Hunter', ' user=svc')).toBe(false);
    expect(startsProse('Xk9', ' and more')).toBe(false); // not letters only
    expect(startsProse('stored', ' in 1Password (Engineering vault)')).toBe(true);
    expect(startsProse('sent', ' via SMS to the number on file.')).toBe(true);
    expect(kinds('login:\n  forgot_password: Forgot your password?')).toEqual([]);
    expect(kinds('password: Ravenclaw\nuser: svc')).toEqual([['PASSWORD', 'Ravenclaw']]);
    expect(kinds('password=Ravenclaw user=svc')).toEqual([['PASSWORD', 'Ravenclaw']]);
  });

  it('does not report cmdlets, interpolation functions, dates or algorithm names', () => {
    expect(isCodeExpression('Read-Host')).toBe(true);
    expect(kinds('$password = Read-Host -AsSecureString "Enter password"')).toEqual([]);
    expect(kinds('admin_password = $__env{GF_ADMIN_PASSWORD}')).toEqual([]);
    expect(isPasswordSetting('2024-01-01')).toBe(true);
    expect(isPasswordSetting('scram-sha-256')).toBe(true);
    expect(kinds('password_last_set: "2024-01-01"')).toEqual([]);
    expect(kinds("password_encryption = scram-sha-256")).toEqual([]);
    expect(isPasswordHash('SCRAM-SHA-256$4096:c2FsdA==$aGFzaA==:a2V5')).toBe(true);
    expect(isPasswordHash(`md5${'0a1b2c3d'.repeat(4)}`)).toBe(true);
  });

  it('finds SQL passwords set without an assignment operator', () => {
    expect(kinds("CREATE USER reporting WITH PASSWORD 'Copper9101%';")).toEqual([['PASSWORD', 'Copper9101%']]);
    expect(kinds("CREATE USER 'etl'@'%' IDENTIFIED BY 'Wq8!zr-Lm2';")).toEqual([['PASSWORD', 'Wq8!zr-Lm2']]);
    expect(kinds("ALTER ROLE app PASSWORD 'changeme';")).toEqual([]);
  });

  it('reads key names and header quotes escaped for JSON in JSON or doubled for CSV', () => {
    expect(keyNameBefore('{\\"password_digest\\": \\"')).toBe('password_digest');
    expect(keyNameBefore('{\\\\\\"password_digest\\\\\\": \\\\\\"')).toBe('password_digest');
    const token = 'WA74PxFLXp9scI9UWn3EW4nwL1K4c1KQQfO7Fs3';
    for (const text of [JSON.stringify({ msg: `{"Authorization":"Bearer ${token}"}` }), `7,"{""Authorization"":""Bearer ${token}""}"`])
      expect(kinds(text)).toEqual([['AUTHORIZATION_HEADER', token]]);
    expect(kinds(JSON.stringify({ msg: 'docker login -u $U -p $DOCKER_HUB_PASSWORD\n  - next' }))).toEqual([]);
  });

  it('does not report pagination tokens', () => {
    expect(kinds('{"items": [], "pagination_token": "uDV1QmeRB1h35J7IYI+g96/hwJltX5n8CX6zURowvRTi"}')).toEqual([]);
    expect(kinds('{"items": [], "auth_token": "uDV1QmeRB1h35J7IYI+g96/hwJltX5n8CX6zURowvRTi"}').map((k) => k[0])).toEqual(['GENERIC_API_KEY']);
  });

  it('does not report YAML anchors and aliases, label words or chain addresses', () => {
    expect(kinds('defaults: &defaults\n  password: &db_password\nprod:\n  password: *db_password')).toEqual([]);
    expect(kinds('password: Passcode')).toEqual([]);
    expect(isPublicValue(`0x${'3fa9c0d1'.repeat(5)}`)).toBe(true);
    expect(isPublicValue(`0x${'3fa9c0d1'.repeat(8)}`)).toBe(false); // 64 hex digits: a private key's length
    expect(kinds(`"token": "0x${'3fa9c0d1'.repeat(5)}"`)).toEqual([]);
  });
});

describe('secrets: passwords written without an assignment operator', () => {
  it('finds PHP define(), positional connect arguments and server directives', () => {
    expect(kinds("define( 'DB_PASSWORD', 'yKQQtJekhw5QCbLOi2mm' );")).toEqual([['PASSWORD', 'yKQQtJekhw5QCbLOi2mm']]);
    expect(kinds("define('DB_PASSWORD', getenv('DB_PASSWORD'));")).toEqual([]);
    expect(kinds("define( 'AUTH_KEY', 'put your unique phrase here' );")).toEqual([]);
    expect(kinds('my $dbh = DBI->connect($dsn, "report", "Drizzle$075");')).toEqual([['PASSWORD', 'Drizzle$075']]);
    expect(kinds('Connection c = DriverManager.getConnection(url, "app", "Kq7-zLm2x9");')).toEqual([['PASSWORD', 'Kq7-zLm2x9']]);
    expect(kinds('DriverManager.getConnection(url, user, password);')).toEqual([]);
    expect(kinds('requirepass pudSrA^#DXuaMHQZUSJ&9YLl')).toEqual([['PASSWORD', 'pudSrA^#DXuaMHQZUSJ&9YLl']]);
    expect(kinds('# requirepass foobared')).toEqual([]); // redis.conf's own example value (a foo-bar placeholder)
    expect(kinds('masterauth Kq7-zLm2x9')).toEqual([['PASSWORD', 'Kq7-zLm2x9']]);
    expect(kinds('  user admin insecure-password Ferris&506')).toEqual([['PASSWORD', 'Ferris&506']]);
  });

  it('finds command-line passwords of sqlcmd and htpasswd, and .pgpass lines', () => {
    expect(kinds(`sqlcmd -S db01 -U sa -P 'xVBoodgJSP6vWh' -Q "SELECT 1"`)).toEqual([['COMMAND_LINE_SECRET', 'xVBoodgJSP6vWh']]);
    expect(kinds(`htpasswd -b -c /etc/nginx/.htpasswd admin 'Sparrow41#lamp'`)).toEqual([['COMMAND_LINE_SECRET', 'Sparrow41#lamp']]);
    expect(kinds('htpasswd -B -c /etc/nginx/.htpasswd admin')).toEqual([]);
    expect(kinds('# ~/.pgpass\ndb.internal:5432:orders:app:Jd^S^f?MwR3KZaDU')).toEqual([['PASSWORD', 'Jd^S^f?MwR3KZaDU']]);
    expect(kinds('10:30:00:12:5432:foo')).toEqual([]);
  });

  it('finds the password cell of a CSV table by its header', () => {
    expect(kinds('username,password,role\nsvc-backup,bGRoo3FjqTJ5P=,admin')).toEqual([['PASSWORD', 'bGRoo3FjqTJ5P=']]);
    expect(kinds('"name","url","username","password"\n"Jira","https://acme.atlassian.net","ana","Kq7-zLm2x9"')).toEqual([['PASSWORD', 'Kq7-zLm2x9']]);
    expect(kinds('"name","url","username","password"\n"GitHub","https://github.com","ana",""')).toEqual([]);
    expect(kinds('user_id,email,password_changed_at\n1042,ana@example.com,2024-10-03T12:00:00Z')).toEqual([]);
    expect(kinds('name,password\nana,$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW')).toEqual([]);
  });

  it('finds a quoted passphrase of four or more words, not a sentence or a label', () => {
    expect(isPassphrase('orbit seven cobalt lamp')).toBe(true);
    expect(isPassphrase('Confirm your new password')).toBe(false);
    expect(isPassphrase('must be at least eight')).toBe(false);
    expect(kinds('password: "orbit seven cobalt lamp"')).toEqual([['PASSWORD', 'orbit seven cobalt lamp']]);
    expect(kinds('"passwordHint": "Use at least twelve characters"')).toEqual([]);
  });

  it('finds a name and its value given as call arguments, subscripts or an env list entry', () => {
    const key = 'mA19Yb9RlxIQiIWMnnjhu6820q0jor4z5XroUtDv';
    expect(kinds('.option("user", "etl").option("password", "MTj%Z30IBMkVajZG")')).toEqual([['PASSWORD', 'MTj%Z30IBMkVajZG']]);
    expect(kinds(`os.Setenv("API_TOKEN", "${key}")`)).toEqual([['GENERIC_API_KEY', key]]);
    expect(kinds('.option("password", dbutils.secrets.get(scope="jdbc", key="password"))')).toEqual([]);
    expect(kinds('os.Setenv("TOKEN_TYPE", "BearerTokenTypeValue2")')).toEqual([]); // the name is metadata
    expect(kinds(`app.config["SECRET_KEY"] = "${key}"`)).toEqual([['GENERIC_API_KEY', key]]);
    expect(kinds("$cfg['password'] = 'Kq7-zLm2x9';")).toEqual([['PASSWORD', 'Kq7-zLm2x9']]);
    expect(kinds('env:\n  - name: SMTP_PASSWORD\n    value: 1qcE?krZUXOiepCq')).toEqual([['PASSWORD', '1qcE?krZUXOiepCq']]);
    expect(kinds('env:\n  - name: SMTP_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: smtp, key: password}')).toEqual([]);
    expect(kinds(`[{"name": "API_KEY", "value": "${key}"}]`)).toEqual([['GENERIC_API_KEY', key]]);
  });

  it('finds a password stated in a sentence when it has a digit or a symbol', () => {
    expect(kinds('use this temporary password for the VPN: Bramble84$Truffle (expires Friday)')).toEqual([['PASSWORD', 'Bramble84$Truffle']]);
    expect(kinds('the password is Kq7-zLm2x9.')).toEqual([['PASSWORD', 'Kq7-zLm2x9']]);
    expect(kinds('the password is correct.')).toEqual([]);
    expect(kinds('mutation { login(password: String!) }')).toEqual([]);
  });

  it('reads JSON whose quotes a CSV cell doubled, and Django development keys', () => {
    const inner = JSON.stringify({ name: 'db_connect', arguments: JSON.stringify({ host: 'db', password: 'J59R182T4ywW1Yg1' }) });
    expect(kinds(`7,"${inner.replace(/"/g, '""')}",ok`).map((k) => k[1])).toEqual(['J59R182T4ywW1Yg1']);
    const dj = `django-insecure-${'x4#jlbh1kxy8ksgxir%&snsplee-_ruk_$l+%$&l_#*!dl%79x'}`;
    expect(kinds(`SECRET_KEY = '${dj}'`)).toEqual([['DJANGO_SECRET_KEY', dj]]);
  });

  it('does not take translations of "password" for one', () => {
    expect(kinds('{"password": "Contrasenya"}\n{"password": "Parool"}')).toEqual([]);
  });
});


describe('chosen passwords that look like names or prose (a reviewer found them missed)', () => {
  it('finds PascalCase passwords, a capitalised password before more words, and a password starting with *', () => {
    for (const t of ['DB_PASSWORD=SuperSecret', 'POSTGRES_PASSWORD: SecretSauce', 'ADMIN_PASSWORD=AdminPass', 'password: KeyMaster', 'redis_password=TokenRing', 'wifi password: Sunshine for the guest network', 'password: Dragon and the username is admin', 'password: *a9F3kLm2']) {
      expect(detectSecrets(t).length, t).toBeGreaterThan(0);
    }
  });

  it('still leaves labels, prose and YAML aliases alone', () => {
    for (const t of ['password: Stored in the vault', 'api_key: ApiKey', 'PASSWORD=DB_PASSWORD', 'production:\n  <<: *defaults\n  password: *db_password', 'password: *dbPassword']) {
      expect(detectSecrets(t), t).toEqual([]);
    }
  });
});
