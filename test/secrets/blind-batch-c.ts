/**
 * Blind batch C (issue #4): written after every fix of this round, including batch B's, and scored
 * once, untouched (figure in blind-batches.test.ts). Mostly the traffic an AI gateway sees: prompts
 * and completions with code, tool calls and tool schemas, MCP and LLM-proxy configs, notebooks, data
 * pipelines (dbt, Spark, Airflow, Snowflake), web frameworks' auth code.
 */
import { createHash } from 'node:crypto';
import { ALNUM, B64, B64URL, DIGITS, HEXL, LOWER, UPPER, positiveBatch, randomChars, type NegativeCase, type SecretCase } from './fixtures.js';

const WORDS = ['heron', 'tulip', 'comet', 'bramble', 'jasper', 'kelp', 'mosaic', 'ripple', 'summit', 'truffle', 'umber', 'vortex', 'willow', 'yarrow', 'zinc', 'acorn'];

export function batchCNegatives(seed = 'blind-c-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string) => out.push({ why, text });
  const sha = (s: string, alg = 'sha1') => createHash(alg).update(s).digest('hex');

  // ---- prompts and completions ----
  add('assistant env advice', 'To authenticate, set `OPENAI_API_KEY` in your environment: `export OPENAI_API_KEY="sk-..."`. Never hard-code the key in source files.');
  add('assistant password validator', "Here's a function that validates a password:\n```python\ndef validate(password: str) -> bool:\n    return len(password) >= 12 and any(c.isdigit() for c in password)\n```");
  add('assistant replace placeholder', 'Replace `YOUR_API_KEY` with your key:\n```python\nclient = Anthropic(api_key="YOUR_API_KEY")\n```');
  add('redacted prompt', 'my config is api_key="[REDACTED:OPENAI_API_KEY]" and token=<SECRET:GITHUB_PAT>, why does auth fail?');
  add('chat url encoding', 'I set password=... in the connection URL and it broke because of the @ sign. Do I need to URL-encode it?');
  add('chat policy', 'Set the password to something long; our policy checker rejects anything under 14 characters.');
  add('verification code', 'Your verification code is 482913. It expires in 10 minutes. Never share this code.');
  // ---- tool calls and schemas ----
  add('tool call null password', '{"name": "create_user", "arguments": {"email": "ana@acme.io", "password": null, "send_invite": true}}');
  add('tool schema', '{"type": "function", "function": {"name": "login", "parameters": {"type": "object", "properties": {"username": {"type": "string"}, "password": {"type": "string", "description": "The user\'s password"}}}}}');
  add('openapi string example', '"LoginRequest": {"type": "object", "properties": {"password": {"type": "string", "example": "string"}, "token": {"type": "string", "format": "jwt"}}}');
  add('markdown api table', '| Field | Type | Description |\n|---|---|---|\n| `token` | string | Access token returned by `/oauth/token` |\n| `refresh_token` | string | Use it to get a new access token |');
  // ---- MCP and LLM proxies ----
  add('mcp placeholder token', '{"mcpServers": {"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "<YOUR_TOKEN>"}}}}');
  add('mcp env ref', '{"mcpServers": {"brave-search": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-brave-search"], "env": {"BRAVE_API_KEY": "${BRAVE_API_KEY}"}}}}');
  add('litellm os environ', 'model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: os.environ/OPENAI_API_KEY');
  add('ide assistant placeholder', '{"models": [{"title": "Claude", "provider": "anthropic", "model": "claude-3-5-sonnet-latest", "apiKey": "[PLACEHOLDER]"}]}');
  add('langchain env', 'llm = ChatOpenAI(model="gpt-4o", api_key=os.environ["OPENAI_API_KEY"], temperature=0)');
  // ---- web frameworks ----
  add('nextauth env', 'NEXTAUTH_URL=http://localhost:3000\nNEXTAUTH_SECRET=\nGITHUB_ID=\nGITHUB_SECRET=');
  add('authjs config', 'export const { handlers, auth } = NextAuth({\n  secret: process.env.AUTH_SECRET,\n  providers: [GitHub],\n});');
  add('prisma env', 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}');
  add('supabase service role env', 'const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);');
  add('rails update password', 'user.update!(password: params[:password], password_confirmation: params[:password_confirmation])');
  add('django form', 'password = forms.CharField(widget=forms.PasswordInput)\npassword2 = forms.CharField(label="Confirm password", widget=forms.PasswordInput)');
  add('flask wtf', "password = PasswordField('Password', validators=[DataRequired(), Length(min=12)])");
  add('spring encoder', 'String encoded = passwordEncoder.encode(rawPassword);\nauth.userDetailsService(users).passwordEncoder(new BCryptPasswordEncoder());');
  add('node argon2', 'const hash = await argon2.hash(req.body.password);\nconst ok = await argon2.verify(user.passwordHash, req.body.password);');
  add('go bcrypt compare', 'if err := bcrypt.CompareHashAndPassword(user.Hash, []byte(password)); err != nil {\n\treturn ErrInvalidCredentials\n}');
  // ---- notebooks and data pipelines ----
  add('jupyter getpass output', '{"output_type": "stream", "name": "stdout", "text": ["Enter your API key: ········\\n"]}');
  add('colab userdata', "from google.colab import userdata\nHF_TOKEN = userdata.get('HF_TOKEN')\nlogin(token=HF_TOKEN)");
  add('hf cli env', 'huggingface-cli login --token $HF_TOKEN --add-to-git-credential');
  add('wandb key file', 'export WANDB_API_KEY=$(cat ~/.wandb_key)\nwandb login --relogin');
  add('dbt env var', "outputs:\n  prod:\n    type: postgres\n    user: dbt\n    password: \"{{ env_var('DBT_PASSWORD') }}\"\n    schema: analytics");
  add('meltano env', 'config:\n  host: db.internal\n  user: tap\n  password: $TAP_POSTGRES_PASSWORD');
  add('snowflake connect vars', 'conn = snowflake.connector.connect(user=USER, password=PASSWORD, account=ACCOUNT, warehouse="ETL_WH")');
  add('spark secrets', '.option("user", "etl")\n.option("password", dbutils.secrets.get(scope="jdbc", key="password"))\ntoken = dbutils.secrets.get(scope="prod", key="api-token")');
  add('airflow conn template', "AIRFLOW_CONN_WAREHOUSE='postgres://etl:${WAREHOUSE_PASSWORD}@dw.internal:5432/dw'");
  add('model hashes', `{"model_sha": "${sha('m')}", "tokenizer_sha": "${sha('t')}", "dist": {"shasum": "${sha('d')}"}}`);
  add('hf download progress', 'Downloading (…)okenizer_config.json: 100%|██████████| 1.05k/1.05k [00:00<00:00, 412kB/s]\ntokens_per_second: 42.7\n"total_tokens": 1840');
  // ---- logs ----
  add('log password changed', '2024-11-26T10:00:00Z INFO [auth] user ana changed password (policy=v3, strength=strong)');
  add('log token expiry', 'WARN  Token for client "mobile-app" expires in 3 days; rotate it with `acme tokens rotate mobile-app`');
  add('log credentials from env', 'DEBUG Using credentials from environment (AWS_ACCESS_KEY_ID set, AWS_SECRET_ACCESS_KEY set, AWS_SESSION_TOKEN unset)');
  add('log secret synced', 'INFO external-secrets: secret "db-password" synced to namespace prod (version 7, refreshInterval 1h)');
  add('log session id', `2024-11-26 10:00:00 INFO session started sessionId=${r(B64URL, 32)} user=ana`);
  // ---- infra and CLIs ----
  add('ansible loop no_log', '- name: create users\n  user:\n    name: "{{ item.name }}"\n    password: "{{ item.password | password_hash(\'sha512\') }}"\n  loop: "{{ users }}"\n  no_log: true');
  add('kubectl docker registry env', 'kubectl create secret docker-registry regcred --docker-server=ghcr.io --docker-username=ana --docker-password="$GHCR_PAT"');
  add('compose required var', 'services:\n  api:\n    env_file: .env\n    environment:\n      PASSWORD: ${PASSWORD?password is required}');
  add('helm existing secret flag', 'helm install pg bitnami/postgresql --set auth.existingSecret=pg-auth --set-file tls.cert=./tls.crt');
  add('terraform provider vars', 'provider "github" {\n  token = var.github_token\n}\nprovider "aws" {\n  access_key = var.access_key\n  secret_key = var.secret_key\n}');
  add('pulumi random password', 'const dbPassword = new random.RandomPassword("db", { length: 24, special: true });');
  add('gh secret set file', 'gh secret set DB_PASSWORD < password.txt\ngh secret list --env production');
  add('git credential cache', "git config --global credential.helper 'cache --timeout=3600'");
  add('ssh config', 'Host bastion\n  HostName 203.0.113.10\n  User ana\n  IdentityFile ~/.ssh/id_ed25519\n  IdentitiesOnly yes');
  // ---- CSV and i18n ----
  add('csv secret refs', 'service,secret_ref,owner\npayments,vault:kv/payments#stripe,team-pay\nsearch,op://Infra/algolia/admin-key,team-search');
  add('csv reset flags', 'email,password_reset_sent,last_login\nana@acme.io,yes,2024-11-20\nben@acme.io,no,2024-10-02');
  add('i18n catalan estonian', '{"password": "Contrasenya", "token": "Testimoni"}\n{"password": "Parool", "login": "Logi sisse"}');
  add('i18n placeholder text', '"passwordPlaceholder": "Enter password",\n"apiKeyHelp": "You can find your API key under Settings → API"');
  add('thumbnail base64', `{"thumbnail": "iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${r(B64, 80)}", "title": "token usage"}`);
  return out;
}

export function batchCPositives(seed = 'blind-c-positives'): SecretCase[] {
  const { r, out, add, word, cap } = positiveBatch(seed, WORDS);
  const randomPw = (n: number) => r(ALNUM + '!#%&*+-=?^_', n);
  const humanPw = () => `${cap(word())}${r(DIGITS, 2)}${r('!#$%&*?', 1)}${cap(word())}`;

  add('mcp literal github token', `ghp_${r(ALNUM, 36)}`, (s) => `{"mcpServers": {"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${s}"}}}}`);
  add('litellm literal key', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `model_list:\n  - model_name: claude\n    litellm_params:\n      model: anthropic/claude-3-5-sonnet\n      api_key: ${s}`);
  add('prompt with env file', humanPw(), (s) => `here is my .env, why doesn't it load?\n\nDB_HOST=localhost\nDB_PASSWORD=${s}\nDEBUG=true`);
  add('dbt literal password', randomPw(18), (s) => `outputs:\n  prod:\n    type: snowflake\n    user: DBT\n    password: ${s}`);
  add('snowflake literal password', randomPw(16), (s) => `conn = snowflake.connector.connect(user="ETL", password="${s}", account="acme-eu1")`);
  add('spark option password', randomPw(16), (s) => `df = spark.read.format("jdbc").option("url", url).option("user", "etl").option("password", "${s}").load()`);
  add('databricks token', `dapi${r(HEXL, 32)}`, (s) => `DATABRICKS_HOST=https://adb-123.azuredatabricks.net\nDATABRICKS_TOKEN=${s}`);
  add('wandb key', r(HEXL, 40), (s) => `WANDB_API_KEY=${s}`);
  add('colab hf login literal', `hf_${r(UPPER + LOWER, 34)}`, (s) => `from huggingface_hub import login\nlogin(token="${s}")`);
  add('airflow conn literal', randomPw(16).replace(/[@:/%?#]/g, 'w'), (s) => `AIRFLOW_CONN_WAREHOUSE='postgres://etl:${s}@dw.internal:5432/dw'`);
  add('kubectl docker password', randomPw(20), (s) => `kubectl create secret docker-registry regcred --docker-server=ghcr.io --docker-username=ana --docker-password=${s}`);
  add('terraform github token', `ghp_${r(ALNUM, 36)}`, (s) => `provider "github" {\n  token = "${s}"\n}`);
  add('terraform aws secret', r(B64, 40), (s) => `provider "aws" {\n  access_key = "AKIA${r(UPPER + '234567', 16)}"\n  secret_key = "${s}"\n}`);
  add('notebook output bearer', r(B64URL, 48), (s) => `{"output_type": "stream", "text": ["> GET /v1/me\\n", "> Authorization: Bearer ${s}\\n"]}`);
  add('tool call escaped args', randomPw(16), (s) => `{"name": "db_connect", "arguments": "{\\"host\\": \\"db.internal\\", \\"user\\": \\"etl\\", \\"password\\": \\"${s}\\"}"}`);
  add('csv api key column', r(ALNUM, 32), (s) => `service,api_key,owner\nweather,${s},team-geo`);
  add('k8s env literal value', randomPw(16), (s) => `env:\n  - name: SMTP_USER\n    value: mailer\n  - name: SMTP_PASSWORD\n    value: ${s}`);
  add('flask secret key', r(B64URL, 40), (s) => `app = Flask(__name__)\napp.config["SECRET_KEY"] = "${s}"`);
  add('django insecure key', `django-insecure-${r(LOWER + DIGITS + '!@#$%^&*(-_=+)', 50)}`, (s) => `SECRET_KEY = '${s}'`);
  add('rails secret key base', r(HEXL, 128), (s) => `production:\n  secret_key_base: ${s}`);
  add('npmrc legacy auth', Buffer.from(`ci:${randomPw(16)}`).toString('base64'), (s) => `registry=https://npm.acme.io/\n_auth=${s}\nalways-auth=true`);
  add('git credentials file', `ghp_${r(ALNUM, 36)}`, (s) => `https://ana:${s}@github.com`);
  add('go setenv', r(ALNUM, 40), (s) => `os.Setenv("API_TOKEN", "${s}")`);
  add('js template bearer', r(B64URL, 40), (s) => 'fetch(url, { headers: { Authorization: `Bearer ' + s + '` } });');
  add('python token header', r(HEXL, 40), (s) => `requests.post(url, json=payload, headers={"Authorization": "Token ${s}"})`);
  add('php array api key', r(ALNUM, 32), (s) => `$client = new Client(['base_uri' => $url, 'api_key' => '${s}']);`);
  add('chat vpn password', humanPw(), (s) => `use this temporary password for the VPN: ${s} (expires Friday)`);
  add('stripe restricted in prose', `rk_live_${r(ALNUM, 99)}`, (s) => `Can you check why ${s} gets a 403 on /v1/charges?`);
  add('fine grained pat in chat', `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`, (s) => `I created ${s} with read access to contents, but clone still fails`);
  add('mailgun key in yaml', `key-${r(HEXL, 32)}`, (s) => `mailgun:\n  domain: mg.acme.io\n  api_key: ${s}`);
  return out;
}
