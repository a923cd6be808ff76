/**
 * Blind evaluation batch O for the secret/credential detector (2026-11-28).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * file layout of batch M) or any notes, and without running it. Batch O aims at THE AI/ML STACK:
 * (1) model-provider keys (OpenAI project / service-account / admin / legacy, Anthropic user and admin,
 *     Gemini, Vertex service accounts, Azure OpenAI, AWS Bedrock, Mistral, Cohere, Groq, Together,
 *     Fireworks, Replicate, Perplexity, DeepSeek, xAI, OpenRouter, Hugging Face user and org tokens,
 *     ElevenLabs, AssemblyAI, Deepgram, Stability);
 * (2) vector databases and data stores (Pinecone, Weaviate, Qdrant, Milvus/Zilliz, Chroma, Supabase,
 *     Neon, MongoDB Atlas, Redis Cloud, Elastic Cloud, Snowflake, Databricks, BigQuery);
 * (3) ML-ops tools (W&B, MLflow, Comet, Neptune, ClearML, LangSmith, Langfuse, Helicone, Portkey, LiteLLM,
 *     Modal, RunPod, Lambda, Vast.ai, Kaggle, Roboflow, Jupyter server tokens);
 * (4) the containers AI engineers use: .ipynb JSON (code cells, stream outputs), Colab cells, Python
 *     clients built with api_key=..., LangChain / LlamaIndex code, litellm config.yaml, docker-compose for a
 *     RAG stack, Next.js .env.local, Streamlit secrets.toml, HF Spaces app code, trace and request logs,
 *     error messages that echo a key, chat prompts.
 *
 * Negatives use the same containers: keys masked the way providers print them, placeholders, env and
 * secret-store references, model names and ids, run / trace / request / org / project / file / assistant /
 * thread / batch / fine-tune ids, HF commit SHAs, dataset fingerprints, embeddings, W&B run paths, base64
 * images in notebook outputs, tokenizer vocab, notebook cell ids, public client keys.
 *
 * Every key-like value is generated at run time from the seeded random source, following the vendor's
 * published shape as I know it (prefix, alphabet, length); the file holds no literal key.
 *
 * Judgment calls:
 * - Supabase ANON key (a JWT whose payload says "role":"anon") and the newer `sb_publishable_` key in
 *   browser/client code are NEGATIVES: Supabase documents them as safe to ship to the browser (access
 *   is governed by row-level security). The SERVICE-ROLE JWT and `sb_secret_` key are POSITIVES.
 * - Langfuse PUBLIC key (`pk-lf-` + UUID) on its own is a NEGATIVE (it identifies the project and is
 *   used by the browser SDK); the `sk-lf-` secret key is a positive.
 * - Elastic Cloud ID (deployment name + base64 of host and UUIDs) is a NEGATIVE: it is an address, not a
 *   credential. The Elastic API key beside it is the positive.
 * - OpenAI / Anthropic error messages print a MASKED key; those are negatives. A proxy error that echoes
 *   the whole key (as some self-hosted gateways do) is a positive.
 * - LiteLLM's documentation master key `sk-1234` is a negative (a public docs sample, 4 characters of
 *   body). A generated master key or virtual key (`sk-` + 22 base64url) is a positive.
 * - A Jupyter server token in the "copy/paste this URL" banner is a positive (it logs into the kernel).
 * - Where an id and its secret sit together (AWS, ClearML, Modal, Kaggle, Lambda), `secret` is the
 *   secret half; where a key is inside a URL, `secret` is the password part of the URL.
 * - Service-account JSON: `secret` is the private_key value exactly as it appears in the file
 *   (escaped `\n`), like the shared fixtures do.
 * - Id look-alikes that are pure identifiers (voice ids, endpoint ids, cluster ids, Replicate version
 *   hashes, private_key_id in a redacted service-account file) are negatives.
 *
 * Shapes I am unsure of (from memory; each sits in a context that names the vendor):
 *   OpenAI admin key (`sk-admin-` + 74 + `T3BlbkFJ` + 74), Anthropic admin key (`sk-ant-admin01-` + 93 +
 *   `AA`), Azure OpenAI key (32 hex; newer keys are longer), AWS Bedrock long-term API key (`ABSK` +
 *   base64 of "BedrockAPIKey-…:…"), Together (`tgp_v1_` + 43 base64url; older keys 64 hex), Fireworks
 *   (`fw_` + 24 alnum), xAI (`xai-` + 80 alnum), ElevenLabs (`sk_` + 48 hex), Stability (`sk-` + 48
 *   alnum), Pinecone (`pcsk_` + 5 + `_` + 63 alnum), Weaviate (40 alnum), Qdrant (base64url 43), Zilliz
 *   (104 hex), Chroma Cloud (`ck-` + 44 alnum), Supabase `sb_secret_` (31 base64url + 8 hex), Neon
 *   password (`npg_` + 12 alnum), Comet (25 alnum), ClearML (30 upper/digits access key, 50 alnum
 *   secret), LangSmith (`lsv2_pt_` / `lsv2_sk_` + 32 hex + `_` + 10 hex), Helicone (`sk-helicone-` + 4
 *   groups of 7), Portkey (32 base64-ish), Modal (`ak-` / `as-` + 22 alnum), RunPod (`rpa_` + 44
 *   upper/digits), Lambda (`secret_` + name + `_` + 32 hex + `.` + 32 alnum), Vast.ai (64 hex), Roboflow
 *   (20 alnum), Kaggle (32 hex), Deepgram (40 hex), AssemblyAI (32 hex), Cohere (40 alnum), Mistral (32
 *   alnum), DeepSeek (`sk-` + 32 hex).
 */
import { createHmac } from 'node:crypto';
import {
  ALNUM,
  B64,
  B64URL,
  DIGITS,
  HEXL,
  LOWER,
  UPPER,
  positiveBatch,
  randomChars,
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** A base64url JSON segment (JWT header or payload). */
function seg(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** An HS256 JWT over `payload`, signed with a random 40-character secret. */
function jwt(r: R, payload: Record<string, unknown>): string {
  const head = `${seg({ alg: 'HS256', typ: 'JWT' })}.${seg(payload)}`;
  return `${head}.${createHmac('sha256', r(ALNUM, 40)).update(head).digest('base64url')}`;
}

/** A PKCS#8 PEM private key with its newlines written as `\n` escapes (as in a JSON or TOML string). */
function escapedPem(r: R): string {
  const rows = ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + r(B64, 14), ...Array.from({ length: 24 }, () => r(B64, 64)), r(B64, 28) + '=='];
  return `-----BEGIN PRIVATE KEY-----\\n${rows.join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
}

interface Cell {
  kind: 'code' | 'markdown';
  source: string;
  outputs?: string[];
}

/** A minimal nbformat-4 notebook; stream outputs are stdout text. Indented by 1 like Jupyter writes it. */
function notebook(r: R, cells: Cell[], colab = false): string {
  const lines = (s: string) => s.split(/(?<=\n)/);
  const nb = {
    cells: cells.map((c) => ({
      cell_type: c.kind,
      ...(c.kind === 'code' ? { execution_count: 1 + parseInt(r(DIGITS, 1), 10) } : {}),
      id: colab ? r(B64URL, 12) : `${r(HEXL, 8)}-${r(HEXL, 4)}`,
      metadata: {},
      ...(c.kind === 'code' ? { outputs: (c.outputs ?? []).map((t) => ({ name: 'stdout', output_type: 'stream', text: lines(t) })) } : {}),
      source: lines(c.source),
    })),
    metadata: colab
      ? { colab: { provenance: [] }, kernelspec: { display_name: 'Python 3', name: 'python3' }, language_info: { name: 'python' } }
      : { kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' }, language_info: { name: 'python', version: '3.11.9' } },
    nbformat: 4,
    nbformat_minor: colab ? 0 : 5,
  };
  return JSON.stringify(nb, null, 1);
}

const WORDS = [
  'vector',
  'tensor',
  'gradient',
  'lattice',
  'kernel',
  'sigmoid',
  'quasar',
  'pixel',
  'photon',
  'cobalt',
  'ember',
  'fjord',
  'glacier',
  'meadow',
  'raven',
  'zephyr',
] as const;

export function batchOPositives(seed = 'blind-o-positives'): SecretCase[] {
  const { r, add, out, cap, word } = positiveBatch(seed, WORDS);
  /** A made-up human password; its symbols are safe in URLs, JSON, YAML, TOML and shell quotes. */
  const pw = (): string => `${cap(word())}${r(DIGITS, 2)}${r('-_.~', 1)}${word()}${r(ALNUM, 4)}`;
  const hex = (n: number): string => r(HEXL, n);
  const openaiStyle = (prefix: string): string => `${prefix}${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`;
  const anthropic = (kind: string): string => `sk-ant-${kind}-${r(B64URL, 93)}AA`;
  const hfUser = (): string => `hf_${r(UPPER + LOWER, 34)}`;
  const gemini = (): string => `AIza${r(B64URL, 35)}`;

  // --- (1) Model-provider keys ---------------------------------------------------------------------------
  add('OpenAI project key in OpenAI(api_key=...) client', openaiStyle('sk-proj-'), (s) => `from openai import OpenAI\n\nclient = OpenAI(api_key="${s}")\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])`);
  add('OpenAI service-account key in Next.js .env.local', openaiStyle('sk-svcacct-'), (s) => `# .env.local\nNEXT_PUBLIC_APP_URL=http://localhost:3000\nOPENAI_API_KEY=${s}\nOPENAI_MODEL=gpt-4o\n`);
  add('OpenAI admin key in curl to organization endpoint', openaiStyle('sk-admin-'), (s) => `curl https://api.openai.com/v1/organization/users?limit=20 \\\n  -H "Authorization: Bearer ${s}" \\\n  -H "Content-Type: application/json"`);
  add('OpenAI legacy key in Colab os.environ cell', `sk-${r(ALNUM, 20)}T3BlbkFJ${r(ALNUM, 20)}`, (s) =>
    notebook(r, [
      { kind: 'markdown', source: '# RAG quickstart\nRun the cells in order.' },
      { kind: 'code', source: `!pip install -q langchain-openai faiss-cpu\nimport os\nos.environ["OPENAI_API_KEY"] = "${s}"` },
    ], true));
  add('OpenAI key echoed whole by a self-hosted proxy error', openaiStyle('sk-proj-'), (s) => `litellm.exceptions.AuthenticationError: OpenAIException - Error code: 401 - upstream rejected key ${s} for model gpt-4o (team=ml-platform)\nReceived Model Group=gpt-4o`);
  add('Anthropic key in anthropic.Anthropic(api_key=...)', anthropic('api03'), (s) => `import anthropic\n\nclient = anthropic.Anthropic(api_key='${s}')\nmsg = client.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=512, messages=[{"role": "user", "content": q}])`);
  add('Anthropic admin key in x-api-key header', anthropic('admin01'), (s) => `curl https://api.anthropic.com/v1/organizations/api_keys \\\n  --header "anthropic-version: 2023-06-01" \\\n  --header "x-api-key: ${s}"`);
  add('Anthropic key in Streamlit secrets.toml', anthropic('api03'), (s) => `# .streamlit/secrets.toml\n[anthropic]\napi_key = "${s}"\nmodel = "claude-3-5-haiku-20241022"\n`);
  add('Gemini key in genai.configure', gemini(), (s) => `import google.generativeai as genai\ngenai.configure(api_key="${s}")\nmodel = genai.GenerativeModel("gemini-1.5-flash")`);
  add('Gemini key in REST query string', gemini(), (s) => `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent?key=${s} HTTP/1.1\nContent-Type: application/json`);
  add('Vertex AI service-account JSON private key', escapedPem(r), (s) => `{\n  "type": "service_account",\n  "project_id": "acme-genai-prod",\n  "private_key_id": "${hex(40)}",\n  "private_key": "${s}",\n  "client_email": "vertex-runner@acme-genai-prod.iam.gserviceaccount.com",\n  "client_id": "${r(DIGITS, 21)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`);
  add('Azure OpenAI key with endpoint in AzureOpenAI client', hex(32), (s) => `client = AzureOpenAI(\n    azure_endpoint="https://acme-oai-eastus2.openai.azure.com/",\n    api_key="${s}",\n    api_version="2024-08-01-preview",\n)`);
  add('Azure OpenAI api-key header in request log', hex(32), (s) => `DEBUG:httpx:POST https://acme-oai-swe.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-06-01\nDEBUG:request headers: {'api-key': '${s}', 'content-type': 'application/json'}`);
  add('AWS secret key in boto3 bedrock-runtime client', r(B64, 40), (s) => `bedrock = boto3.client(\n    "bedrock-runtime",\n    region_name="us-east-1",\n    aws_access_key_id="AKIA${r(`${UPPER}234567`, 16)}",\n    aws_secret_access_key="${s}",\n)`);
  add('AWS Bedrock long-term API key in bearer env var', `ABSK${Buffer.from(`BedrockAPIKey-${r(LOWER + DIGITS, 4)}-at-${r(DIGITS, 12)}:${r(B64, 40)}`).toString('base64')}`, (s) => `export AWS_BEARER_TOKEN_BEDROCK=${s}\naws bedrock-runtime converse --model-id us.anthropic.claude-3-5-haiku-20241022-v1:0 --messages file://msg.json`);
  add('Mistral key in Mistral(api_key=...)', r(ALNUM, 32), (s) => `from mistralai import Mistral\nclient = Mistral(api_key="${s}")\nres = client.chat.complete(model="mistral-large-latest", messages=msgs)`);
  add('Cohere key in cohere.ClientV2 positional', r(ALNUM, 40), (s) => `import cohere\nco = cohere.ClientV2("${s}")\nreranked = co.rerank(model="rerank-english-v3.0", query=q, documents=docs, top_n=5)`);
  add('Groq key in LangChain ChatGroq', `gsk_${r(ALNUM, 52)}`, (s) => `from langchain_groq import ChatGroq\nllm = ChatGroq(model="llama-3.1-70b-versatile", temperature=0, groq_api_key="${s}")`);
  add('Together key in docker-compose RAG stack', `tgp_v1_${r(B64URL, 43)}`, (s) => `services:\n  api:\n    build: ./api\n    environment:\n      TOGETHER_API_KEY: ${s}\n      VECTOR_DB_URL: http://qdrant:6333\n  qdrant:\n    image: qdrant/qdrant:v1.12.4\n    ports: ["6333:6333"]`);
  add('Fireworks key in litellm config.yaml', `fw_${r(ALNUM, 24)}`, (s) => `model_list:\n  - model_name: llama-70b\n    litellm_params:\n      model: fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct\n      api_key: ${s}\n`);
  add('Replicate token in notebook %env magic', `r8_${r(ALNUM, 37)}`, (s) =>
    notebook(r, [{ kind: 'code', source: `%env REPLICATE_API_TOKEN=${s}\nimport replicate\nout = replicate.run("black-forest-labs/flux-schnell", input={"prompt": "a red fox"})` }]));
  add('Perplexity key in OpenAI-compatible client', `pplx-${r(ALNUM, 48)}`, (s) => `client = OpenAI(api_key="${s}", base_url="https://api.perplexity.ai")\nresp = client.chat.completions.create(model="llama-3.1-sonar-large-128k-online", messages=m)`);
  add('DeepSeek key in OpenAI-compatible client', `sk-${hex(32)}`, (s) => `client = OpenAI(api_key="${s}", base_url="https://api.deepseek.com")\nprint(client.chat.completions.create(model="deepseek-chat", messages=m).choices[0].message.content)`);
  add('xAI key in .env', `xai-${r(ALNUM, 80)}`, (s) => `XAI_API_KEY=${s}\nXAI_BASE_URL=https://api.x.ai/v1\n`);
  add('OpenRouter key in fetch Authorization header', `sk-or-v1-${hex(64)}`, (s) => `const res = await fetch("https://openrouter.ai/api/v1/chat/completions", {\n  method: "POST",\n  headers: { Authorization: "Bearer ${s}", "HTTP-Referer": "https://acme.dev" },\n  body: JSON.stringify({ model: "anthropic/claude-3.5-sonnet", messages }),\n});`);
  add('Hugging Face user token in login(token=...) cell', hfUser(), (s) =>
    notebook(r, [{ kind: 'code', source: `from huggingface_hub import login\nlogin(token="${s}")`, outputs: ['Token is valid (permission: write).\nLogin successful\n'] }]));
  add('Hugging Face org token in HfApi', `api_org_${r(UPPER + LOWER, 34)}`, (s) => `from huggingface_hub import HfApi\napi = HfApi(token="${s}")\napi.upload_folder(folder_path="./ckpt", repo_id="acme-ml/reranker-v2")`);
  add('Hugging Face token in Spaces git remote', hfUser(), (s) => `git remote add space https://ml-bot:${s}@huggingface.co/spaces/acme-ml/rag-demo\ngit push space main`);
  add('ElevenLabs key in xi-api-key header', `sk_${hex(48)}`, (s) => `requests.post(f"https://api.elevenlabs.io/v1/text-to-speech/{voice_id}", headers={"xi-api-key": "${s}"}, json={"text": text, "model_id": "eleven_multilingual_v2"})`);
  add('AssemblyAI key in aai.settings', hex(32), (s) => `import assemblyai as aai\naai.settings.api_key = "${s}"\ntranscript = aai.Transcriber().transcribe("./call.mp3")`);
  add('Deepgram key in Authorization Token header', hex(40), (s) => `curl -X POST "https://api.deepgram.com/v1/listen?model=nova-2&smart_format=true" \\\n  -H "Authorization: Token ${s}" \\\n  -H "Content-Type: audio/wav" --data-binary @call.wav`);
  add('Stability key in Bearer header dict', `sk-${r(ALNUM, 48)}`, (s) => `resp = requests.post(\n    "https://api.stability.ai/v2beta/stable-image/generate/core",\n    headers={"authorization": "Bearer ${s}", "accept": "image/*"},\n    files={"none": ""}, data={"prompt": prompt},\n)`);

  // --- (2) Vector databases and data stores ----------------------------------------------------------------
  add('Pinecone pcsk key in Pinecone(api_key=...)', `pcsk_${r(ALNUM, 5)}_${r(ALNUM, 63)}`, (s) => `from pinecone import Pinecone\npc = Pinecone(api_key="${s}")\nindex = pc.Index("docs-prod")`);
  add('Pinecone legacy UUID key in env', uuid(r), (s) => `PINECONE_API_KEY=${s}\nPINECONE_ENVIRONMENT=us-west1-gcp\nPINECONE_INDEX=support-articles`);
  add('Weaviate key in Auth.api_key', r(ALNUM, 40), (s) => `client = weaviate.connect_to_weaviate_cloud(\n    cluster_url="https://rag-${r(LOWER + DIGITS, 8)}.c0.europe-west3.gcp.weaviate.cloud",\n    auth_credentials=Auth.api_key("${s}"),\n)`);
  add('Qdrant key in QdrantClient', r(B64URL, 43), (s) => `qdrant = QdrantClient(\n    url="https://${uuid(r)}.eu-central-1-0.aws.cloud.qdrant.io:6333",\n    api_key="${s}",\n)`);
  add('Zilliz token in MilvusClient', hex(104), (s) => `client = MilvusClient(uri="https://in03-${hex(15)}.serverless.gcp-us-west1.cloud.zilliz.com", token="${s}")`);
  add('Milvus user:password token', pw(), (s) => `vector_store = Milvus(embedding_function=emb, connection_args={"uri": "http://milvus.internal:19530", "token": "rag_writer:${s}"}, collection_name="kb")`);
  add('Chroma Cloud key in CloudClient', `ck-${r(ALNUM, 44)}`, (s) => `import chromadb\nclient = chromadb.CloudClient(tenant="${uuid(r)}", database="support", api_key="${s}")`);
  const sbRef = r(LOWER, 20);
  add('Supabase service-role JWT in .env.local', jwt(r, { iss: 'supabase', ref: sbRef, role: 'service_role', iat: 1727000000, exp: 2042576000 }), (s) => `NEXT_PUBLIC_SUPABASE_URL=https://${sbRef}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=${s}\n`);
  add('Supabase sb_secret key in server route', `sb_secret_${r(B64URL, 31)}_${hex(8)}`, (s) => `// app/api/ingest/route.ts\nconst supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, "${s}");`);
  add('Neon Postgres URL password', `npg_${r(ALNUM, 12)}`, (s) => `DATABASE_URL="postgresql://neondb_owner:${s}@ep-${word()}-${word()}-a${r(LOWER + DIGITS, 6)}.us-east-2.aws.neon.tech/neondb?sslmode=require"`);
  add('MongoDB Atlas URI password in LlamaIndex vector store', pw(), (s) => `mongo = pymongo.MongoClient("mongodb+srv://rag_app:${s}@cluster0.${r(LOWER + DIGITS, 5)}.mongodb.net/?retryWrites=true&w=majority")\nstore = MongoDBAtlasVectorSearch(mongo, db_name="kb", collection_name="chunks", vector_index_name="vec")`);
  add('Redis Cloud password in RedisVectorStore URL', r(ALNUM, 32), (s) => `vs = RedisVectorStore(redis_url="redis://default:${s}@redis-${r(DIGITS, 5)}.c${r(DIGITS, 3)}.us-east-1-4.ec2.redns.redis-cloud.com:${r(DIGITS, 5)}", schema=schema)`);
  add('Elastic API key beside Cloud ID', Buffer.from(`${r(B64URL, 20)}:${r(B64URL, 22)}`).toString('base64'), (s) => `es = Elasticsearch(\n    cloud_id="rag-prod:${Buffer.from(`europe-west1.gcp.cloud.es.io$${hex(32)}$${hex(32)}`).toString('base64')}",\n    api_key="${s}",\n)`);
  add('Snowflake password in connector.connect', pw(), (s) => `conn = snowflake.connector.connect(\n    account="ACME-ANALYTICS",\n    user="FEATURE_PIPELINE",\n    password="${s}",\n    warehouse="ML_WH", database="FEATURES", schema="PUBLIC",\n)`);
  add('Databricks PAT in .databrickscfg', `dapi${hex(32)}`, (s) => `[DEFAULT]\nhost  = https://adb-${r(DIGITS, 16)}.${r(DIGITS, 1)}.azuredatabricks.net\ntoken = ${s}\n`);
  add('BigQuery service-account key in Streamlit secrets.toml', escapedPem(r), (s) => `[gcp_service_account]\ntype = "service_account"\nproject_id = "acme-analytics"\nprivate_key_id = "${hex(40)}"\nprivate_key = "${s}"\nclient_email = "streamlit-bq@acme-analytics.iam.gserviceaccount.com"\n`);

  // --- (3) ML-ops tools ----------------------------------------------------------------------------------
  add('W&B key in wandb.login(key=...)', hex(40), (s) => `import wandb\nwandb.login(key="${s}")\nrun = wandb.init(project="reranker", config={"lr": 3e-5, "epochs": 3})`);
  add('W&B key in .netrc', hex(40), (s) => `machine api.wandb.ai\n  login user\n  password ${s}\n`);
  add('MLflow tracking URI with basic auth', pw(), (s) => `mlflow.set_tracking_uri("https://ml-admin:${s}@mlflow.acme-ml.internal")\nmlflow.set_experiment("churn-xgb")`);
  add('MLflow tracking password env', pw(), (s) => `export MLFLOW_TRACKING_URI=https://mlflow.acme-ml.internal\nexport MLFLOW_TRACKING_USERNAME=trainer\nexport MLFLOW_TRACKING_PASSWORD='${s}'\npython train.py --epochs 5`);
  add('Comet key in comet_ml.start', r(ALNUM, 25), (s) => `import comet_ml\nexp = comet_ml.start(api_key="${s}", project_name="asr-finetune", workspace="acme-ml")`);
  add('Neptune API token (base64 JSON)', Buffer.from(JSON.stringify({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai', api_key: uuid(r) })).toString('base64'), (s) => `run = neptune.init_run(\n    project="acme/vision",\n    api_token="${s}",\n)`);
  add('ClearML secret key in clearml.conf', r(ALNUM, 50), (s) => `api {\n  web_server: https://app.clear.ml\n  api_server: https://api.clear.ml\n  credentials {\n    "access_key" = "${r(UPPER + DIGITS, 30)}"\n    "secret_key" = "${s}"\n  }\n}`);
  add('LangSmith personal token in Colab env cell', `lsv2_pt_${hex(32)}_${hex(10)}`, (s) =>
    notebook(r, [{ kind: 'code', source: `import os\nos.environ["LANGCHAIN_TRACING_V2"] = "true"\nos.environ["LANGCHAIN_API_KEY"] = "${s}"\nos.environ["LANGCHAIN_PROJECT"] = "rag-eval"` }], true));
  add('LangSmith service key in docker-compose', `lsv2_sk_${hex(32)}_${hex(10)}`, (s) => `  worker:\n    image: acme/agent-worker:0.9.2\n    environment:\n      - LANGSMITH_TRACING=true\n      - LANGSMITH_API_KEY=${s}\n      - LANGSMITH_ENDPOINT=https://api.smith.langchain.com`);
  add('Langfuse secret key in Langfuse(...)', `sk-lf-${uuid(r)}`, (s) => `langfuse = Langfuse(\n    public_key="pk-lf-${uuid(r)}",\n    secret_key="${s}",\n    host="https://cloud.langfuse.com",\n)`);
  add('Helicone key in Helicone-Auth header', `sk-helicone-${r(LOWER + DIGITS, 7)}-${r(LOWER + DIGITS, 7)}-${r(LOWER + DIGITS, 7)}-${r(LOWER + DIGITS, 7)}`, (s) => `client = OpenAI(\n    base_url="https://oai.helicone.ai/v1",\n    default_headers={"Helicone-Auth": "Bearer ${s}"},\n)`);
  add('Portkey key in x-portkey-api-key header', r(B64, 32), (s) => `curl https://api.portkey.ai/v1/chat/completions \\\n  -H "x-portkey-api-key: ${s}" \\\n  -H "x-portkey-provider: openai" \\\n  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}'`);
  add('LiteLLM master key in proxy config.yaml', `sk-${r(B64URL, 22)}`, (s) => `general_settings:\n  master_key: ${s}\n  database_url: os.environ/DATABASE_URL\nlitellm_settings:\n  drop_params: true`);
  add('LiteLLM virtual key in curl to proxy', `sk-${r(B64URL, 22)}`, (s) => `curl http://litellm.internal:4000/v1/chat/completions \\\n  -H "Authorization: Bearer ${s}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model": "claude-sonnet", "messages": [{"role": "user", "content": "hello"}]}'`);
  add('Modal token secret in modal token set', `as-${r(ALNUM, 22)}`, (s) => `$ modal token set --token-id ak-${r(ALNUM, 22)} --token-secret ${s} --profile acme-ml\nToken written to /home/dev/.modal.toml in profile acme-ml.`);
  add('RunPod key in runpodctl config', `rpa_${r(UPPER + DIGITS, 44)}`, (s) => `runpodctl config --apiKey ${s}\nrunpodctl create pod --gpuType "NVIDIA A100 80GB PCIe" --imageName runpod/pytorch:2.4.0-py3.11-cuda12.4.1`);
  add('Lambda Cloud key in curl -u', `secret_${word()}-${word()}_${hex(32)}.${r(ALNUM, 32)}`, (s) => `curl -u ${s}: https://cloud.lambdalabs.com/api/v1/instances | jq '.data[].ip'`);
  add('Vast.ai key in vastai set api-key', hex(64), (s) => `pip install vastai\nvastai set api-key ${s}\nvastai search offers 'gpu_name=RTX_4090 num_gpus=1 reliability>0.98'`);
  add('Kaggle key in kaggle.json', hex(32), (s) => `$ cat ~/.kaggle/kaggle.json\n{"username":"${word()}${r(DIGITS, 3)}","key":"${s}"}`);
  add('Roboflow key in Roboflow(api_key=...)', r(ALNUM, 20), (s) => `from roboflow import Roboflow\nrf = Roboflow(api_key="${s}")\nproject = rf.workspace("acme-vision").project("pcb-defects")\ndataset = project.version(4).download("yolov8")`);
  add('Jupyter server token in startup banner', hex(48), (s) => `[I 2026-11-27 09:14:02.118 ServerApp] Jupyter Server 2.14.2 is running at:\n[I 2026-11-27 09:14:02.118 ServerApp] http://gpu-node-3:8888/lab?token=${s}\n[I 2026-11-27 09:14:02.118 ServerApp]     http://127.0.0.1:8888/lab?token=${s}\n[I 2026-11-27 09:14:02.118 ServerApp] Use Control-C to stop this server.`);

  // --- (4) Other AI-stack containers -------------------------------------------------------------------
  add('LangSmith run JSON leaking key in invocation params', openaiStyle('sk-proj-'), (s) => JSON.stringify({ id: uuid(r), name: 'ChatOpenAI', run_type: 'llm', trace_id: uuid(r), extra: { invocation_params: { model: 'gpt-4o-mini', temperature: 0, openai_api_key: s }, metadata: { ls_provider: 'openai' } }, start_time: '2026-11-27T10:02:11.551Z' }, null, 2));
  add('OpenAI SDK debug log with Authorization header', openaiStyle('sk-proj-'), (s) => `DEBUG:openai._base_client:Request options: {'method': 'post', 'url': '/chat/completions', 'headers': {'Authorization': 'Bearer ${s}', 'OpenAI-Organization': 'org-${r(ALNUM, 24)}'}, 'json_data': {'model': 'gpt-4o', 'messages': [...]}}`);
  add('notebook stream output of env listing with Anthropic key', anthropic('api03'), (s) =>
    notebook(r, [{ kind: 'code', source: '!env | grep -i key', outputs: [`ANTHROPIC_API_KEY=${s}\nHF_HUB_ENABLE_HF_TRANSFER=1\n`] }]));
  add('Colab cell setting Gemini key via os.environ', gemini(), (s) =>
    notebook(r, [
      { kind: 'code', source: `import os\nos.environ['GOOGLE_API_KEY'] = '${s}'\nfrom langchain_google_genai import ChatGoogleGenerativeAI\nllm = ChatGoogleGenerativeAI(model="gemini-1.5-pro")` },
    ], true));
  add('LlamaIndex Settings with Cohere reranker key', r(ALNUM, 40), (s) => `from llama_index.core import Settings\nfrom llama_index.postprocessor.cohere_rerank import CohereRerank\nSettings.llm = OpenAI(model="gpt-4o-mini")\nreranker = CohereRerank(api_key="${s}", top_n=3)`);
  add('HF Spaces app.py setting HF token in os.environ', hfUser(), (s) => `# app.py (Gradio Space)\nimport os, gradio as gr\nos.environ["HF_TOKEN"] = "${s}"\ndemo = gr.load("models/meta-llama/Llama-3.1-8B-Instruct")\ndemo.launch()`);
  add('chat prompt pasting a Groq key', `gsk_${r(ALNUM, 52)}`, (s) => `hey, my agent keeps failing with 401 Invalid API Key. this is the key I'm using: ${s} — is it expired or is my base_url wrong?`);
  add('LangChain ChatOpenAI with xAI key and base_url', `xai-${r(ALNUM, 80)}`, (s) => `llm = ChatOpenAI(model="grok-beta", openai_api_key="${s}", openai_api_base="https://api.x.ai/v1")`);
  add('Vercel AI SDK createOpenAI with service-account key', openaiStyle('sk-svcacct-'), (s) => `import { createOpenAI } from '@ai-sdk/openai';\n\nconst openai = createOpenAI({ apiKey: '${s}', compatibility: 'strict' });`);

  return out;
}

export function batchONegatives(seed = 'blind-o-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);

  // --- Masked keys and placeholders ------------------------------------------------------------------
  add('OpenAI dashboard key list with masked keys', `NAME            SECRET KEY     CREATED       PERMISSIONS\nrag-backend     sk-...${r(ALNUM, 4)}       Nov 2, 2026   All\neval-runner     sk-proj-...${r(ALNUM, 4)}  Oct 14, 2026  Restricted`);
  add('.env.example with starred OpenAI key', 'OPENAI_API_KEY=sk-proj-****\nANTHROPIC_API_KEY=sk-ant-****\nPINECONE_API_KEY=');
  add('OpenAI 401 error with masked key', `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-${'*'.repeat(140)}${r(ALNUM, 4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`);
  add('Anthropic console masked key hint', `Key "ci-evals" (sk-ant-api03-...${r(B64URL, 4)}AA) was last used 3 hours ago.`);
  add('README placeholder sk-your-key-here', '1. Copy `.env.example` to `.env`\n2. Set `OPENAI_API_KEY=sk-your-key-here`\n3. Run `npm run dev`');
  add('curl docs with angle-bracket placeholder', 'curl https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer <OPENAI_API_KEY>"');
  add('notebook cell reading os.environ', notebook(r, [{ kind: 'code', source: "import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ['OPENAI_API_KEY'])" }]));
  add('Colab userdata.get cell', notebook(r, [{ kind: 'code', source: "from google.colab import userdata\nimport os\nos.environ['HF_TOKEN'] = userdata.get('HF_TOKEN')\nos.environ['OPENAI_API_KEY'] = userdata.get('OPENAI_API_KEY')" }], true));
  add('getpass prompt in notebook', notebook(r, [{ kind: 'code', source: 'import getpass, os\nif not os.environ.get("ANTHROPIC_API_KEY"):\n    os.environ["ANTHROPIC_API_KEY"] = getpass.getpass("Anthropic API key: ")', outputs: ['Anthropic API key: ··········\n'] }], true));
  add('Next.js route reading process.env', "export async function POST(req: Request) {\n  const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  const { messages } = await req.json();\n  return streamText({ model: openai('gpt-4o'), messages }).toDataStreamResponse();\n}");
  add('Streamlit st.secrets lookups', 'client = Anthropic(api_key=st.secrets["anthropic"]["api_key"])\nconn = st.connection("snowflake")');
  add('Streamlit secrets.toml template', '# .streamlit/secrets.toml — fill in locally, never commit\n[openai]\napi_key = "paste-your-key"\n[pinecone]\napi_key = ""');
  add('litellm config with os.environ references', 'model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: azure/gpt4o-prod\n      api_base: os.environ/AZURE_API_BASE\n      api_key: os.environ/AZURE_API_KEY\n      api_version: "2024-08-01-preview"');
  add('LiteLLM docs sample master key', 'general_settings:\n  master_key: sk-1234 # docs example, set LITELLM_MASTER_KEY in production');
  add('docker-compose with variable substitution', 'services:\n  api:\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n      PINECONE_API_KEY: ${PINECONE_API_KEY:?set me}\n      LANGSMITH_API_KEY: ${LANGSMITH_API_KEY:-}');
  add('Hugging Face token placeholder in docs', 'huggingface-cli login --token hf_...\n# or: export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
  add('commented-out key line with ellipsis', notebook(r, [{ kind: 'code', source: '# openai.api_key = "sk-..."  # do not hardcode, use the env var\nimport openai' }]));
  add('Modal secret referenced by name', '@app.function(gpu="A10G", secrets=[modal.Secret.from_name("openai-secret"), modal.Secret.from_name("hf-token")])\ndef embed(texts: list[str]) -> list[list[float]]: ...');
  add('Kaggle json template', '{"username":"your-kaggle-username","key":"your-kaggle-api-key"}');
  add('ClearML conf with env substitution', 'api {\n  credentials {\n    "access_key" = ${?CLEARML_API_ACCESS_KEY}\n    "secret_key" = ${?CLEARML_API_SECRET_KEY}\n  }\n}');
  add('W&B login from environment', 'export WANDB_API_KEY="$WANDB_API_KEY"  # injected by CI\nwandb login --relogin --host https://api.wandb.ai');
  add('Azure OpenAI settings without key', 'AZURE_OPENAI_ENDPOINT=https://acme-oai-eastus2.openai.azure.com/\nAZURE_OPENAI_DEPLOYMENT=gpt4o-prod\nOPENAI_API_VERSION=2024-08-01-preview\nAZURE_OPENAI_API_KEY=');
  add('Weaviate header built from env', 'client = weaviate.connect_to_weaviate_cloud(\n    cluster_url=os.environ["WCD_URL"],\n    auth_credentials=Auth.api_key(os.environ["WCD_API_KEY"]),\n    headers={"X-OpenAI-Api-Key": os.environ["OPENAI_APIKEY"]},\n)');
  add('MLflow tracking without credentials', 'mlflow.set_tracking_uri("https://mlflow.acme-ml.internal")\n# MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD come from the k8s secret mlflow-auth');
  add('env var names table in README', '| Variable | Purpose |\n|---|---|\n| `OPENAI_API_KEY` | chat + embeddings |\n| `COHERE_API_KEY` | reranking |\n| `LANGFUSE_SECRET_KEY` | tracing |\n| `SUPABASE_SERVICE_ROLE_KEY` | server-side ingest only |');

  // --- Model names and provider ids ------------------------------------------------------------------
  add('model names across providers', 'MODELS = ["gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18", "o1-preview-2024-09-12", "claude-3-5-sonnet-20241022", "claude-3-opus-20240229", "gemini-1.5-pro-002", "mistral-large-2411", "command-r-plus-08-2024", "meta-llama/Llama-3.1-8B", "deepseek-ai/DeepSeek-V2.5"]');
  add('Bedrock model ids and inference profile ARN', 'model_id = "anthropic.claude-3-5-sonnet-20241022-v2:0"\nprofile = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0"\nembed_id = "amazon.titan-embed-text-v2:0"');
  add('Vertex endpoint resource name', `endpoint = aiplatform.Endpoint("projects/acme-genai-prod/locations/us-central1/endpoints/${r(DIGITS, 19)}")\nmodel = "publishers/google/models/gemini-1.5-flash-002"`);
  add('Fireworks and Together model paths', 'models:\n  - accounts/fireworks/models/llama-v3p1-405b-instruct\n  - together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo\n  - togethercomputer/m2-bert-80M-8k-retrieval');
  add('OpenRouter model slugs and generation id', `{"id": "gen-${r(DIGITS, 10)}-${r(ALNUM, 20)}", "model": "anthropic/claude-3.5-sonnet", "provider": "Anthropic", "object": "chat.completion"}`);
  add('chat completion with system fingerprint', `{"id": "chatcmpl-${r(ALNUM, 29)}", "object": "chat.completion", "created": 1732700000, "model": "gpt-4o-2024-08-06", "system_fingerprint": "fp_${hex(10)}", "usage": {"prompt_tokens": 812, "completion_tokens": 64, "total_tokens": 876}}`);
  add('OpenAI response headers with request id', `x-request-id: req_${hex(32)}\nopenai-processing-ms: 842\nopenai-version: 2020-10-01\nx-ratelimit-remaining-tokens: 149812`);
  add('OpenAI organization and project ids in headers', `OpenAI-Organization: org-${r(ALNUM, 24)}\nOpenAI-Project: proj_${r(ALNUM, 24)}`);
  add('OpenAI files list with file ids', `{"object": "list", "data": [{"id": "file-${r(ALNUM, 22)}", "purpose": "assistants", "filename": "handbook.pdf", "bytes": 482113}, {"id": "file-${r(ALNUM, 22)}", "purpose": "batch", "filename": "batch_input.jsonl", "bytes": 90211}]}`);
  add('assistant, thread and run ids', `assistant = "asst_${r(ALNUM, 24)}"\nthread = client.beta.threads.retrieve("thread_${r(ALNUM, 24)}")\nrun_id = "run_${r(ALNUM, 24)}"`);
  add('OpenAI batch object ids', `{"id": "batch_${hex(32)}", "object": "batch", "endpoint": "/v1/chat/completions", "input_file_id": "file-${r(ALNUM, 22)}", "status": "completed", "output_file_id": "file-${r(ALNUM, 22)}"}`);
  add('fine-tune job id and fine-tuned model name', `{"id": "ftjob-${r(ALNUM, 24)}", "object": "fine_tuning.job", "model": "gpt-4o-mini-2024-07-18", "fine_tuned_model": "ft:gpt-4o-mini-2024-07-18:acme::${r(ALNUM, 8)}", "status": "succeeded"}`);
  add('vector store and file batch ids', `vector_store_id = "vs_${r(ALNUM, 24)}"\nfile_batch = "vsfb_${hex(32)}"`);
  add('Anthropic message and request ids', `{"id": "msg_01${r(ALNUM, 22)}", "type": "message", "model": "claude-3-5-sonnet-20241022", "stop_reason": "end_turn"}\nrequest-id: req_011C${r(ALNUM, 20)}`);
  add('Anthropic message batch id', `batch = client.messages.batches.retrieve("msgbatch_01${r(ALNUM, 22)}")\nprint(batch.processing_status)  # ended`);
  add('Anthropic error JSON with request id only', `{"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}, "request_id": "req_011C${r(ALNUM, 20)}"}`);
  add('Azure OpenAI 401 message without key', 'Error code: 401 - {\'error\': {\'code\': \'401\', \'message\': \'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.\'}}');
  add('Hugging Face 401 error message', `huggingface_hub.errors.RepositoryNotFoundError: 401 Client Error. (Request ID: Root=1-${hex(8)}-${r(ALNUM, 24)};${uuid(r)})\nRepository Not Found for url: https://huggingface.co/api/models/acme-ml/private-reranker/revision/main.\nInvalid username or password.`);
  add('ElevenLabs voice id and model id', `{"voice_id": "${r(ALNUM, 20)}", "name": "Narrator", "model_id": "eleven_multilingual_v2", "voice_settings": {"stability": 0.5, "similarity_boost": 0.75}}`);
  add('Deepgram response metadata ids', `{"metadata": {"request_id": "${uuid(r)}", "sha256": "${hex(64)}", "created": "2026-11-27T10:11:12.000Z", "duration": 31.4, "models": ["${uuid(r)}"], "model_info": {"${uuid(r)}": {"name": "2-general-nova", "version": "2024-01-18.26916"}}}}`);
  add('AssemblyAI transcript object', `{"id": "${uuid(r)}", "status": "completed", "audio_url": "https://cdn.assemblyai.com/upload/${uuid(r)}", "language_code": "en_us", "confidence": 0.94}`);
  add('Replicate model version hash in replicate.run', `output = replicate.run(\n    "stability-ai/sdxl:${hex(64)}",\n    input={"prompt": "an astronaut riding a horse", "num_outputs": 1},\n)`);
  add('RunPod serverless endpoint id with env token', `curl -X POST https://api.runpod.ai/v2/${r(LOWER + DIGITS, 14)}/runsync \\\n  -H "Authorization: Bearer $RUNPOD_API_KEY" \\\n  -d '{"input": {"prompt": "hello"}}'`);
  add('Vast.ai instance listing', `ID        Machine  Status   Num  Model     Util.  SSH Addr        SSH Port\n${r(DIGITS, 8)}  ${r(DIGITS, 5)}    running  1x   RTX_4090  97.0   ssh4.vast.ai    ${r(DIGITS, 5)}`);
  add('Databricks cluster and run ids with env token', `databricks jobs get-run ${r(DIGITS, 15)}\ncluster_id: ${r(DIGITS, 4)}-${r(DIGITS, 6)}-${r(LOWER + DIGITS, 8)}\nhost: https://adb-${r(DIGITS, 16)}.${r(DIGITS, 1)}.azuredatabricks.net\ntoken: {{secrets/ml/databricks_pat}}`);
  add('Snowflake connection without password', 'conn = snowflake.connector.connect(\n    account="ACME-ANALYTICS", user="ana@acme.io",\n    authenticator="externalbrowser", warehouse="ML_WH", role="DATA_SCIENTIST",\n)');
  add('Roboflow workspace and model slugs', 'model = get_model(model_id="pcb-defects/4", api_key=os.environ["ROBOFLOW_API_KEY"])\nresults = model.infer("board.jpg", confidence=0.4)');

  // --- Vector DBs and data stores ------------------------------------------------------------------------
  const sbRef = r(LOWER, 20);
  add('Supabase anon key in browser client (public by design)', `// lib/supabase-browser.ts\nexport const supabase = createClient(\n  "https://${sbRef}.supabase.co",\n  "${jwt(r, { iss: 'supabase', ref: sbRef, role: 'anon', iat: 1727000000, exp: 2042576000 })}",\n);`);
  add('Supabase publishable key in client env', `NEXT_PUBLIC_SUPABASE_URL=https://${r(LOWER, 20)}.supabase.co\nNEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_${r(B64URL, 22)}_${hex(8)}`);
  add('Langfuse public key alone with secret from env', `const langfuse = new Langfuse({\n  publicKey: "pk-lf-${uuid(r)}",\n  secretKey: process.env.LANGFUSE_SECRET_KEY,\n  baseUrl: "https://cloud.langfuse.com",\n});`);
  add('Elastic Cloud ID with key from env', `es = Elasticsearch(cloud_id="rag-prod:${Buffer.from(`europe-west1.gcp.cloud.es.io$${hex(32)}$${hex(32)}`).toString('base64')}", api_key=os.environ["ES_API_KEY"])`);
  add('MongoDB Atlas URI with password placeholder', 'MONGODB_URI="mongodb+srv://rag_app:<db_password>@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0"');
  add('Neon console connection string with masked password', `postgresql://neondb_owner:************@ep-${r(LOWER, 5)}-${r(LOWER, 5)}-a${r(LOWER + DIGITS, 6)}-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require`);
  add('Pinecone index host and namespaces', `index = pc.Index(host="https://docs-prod-${r(LOWER + DIGITS, 7)}.svc.aped-4627-b74a.pinecone.io")\nindex.upsert(vectors=[("doc-${hex(12)}#chunk-3", emb)], namespace="tenant-42")`);
  add('Qdrant point ids and collection config', `client.upsert(collection_name="kb", points=[PointStruct(id="${uuid(r)}", vector=v, payload={"source": "faq.md"})])\nVectorParams(size=1536, distance=Distance.COSINE)`);
  add('BigQuery service-account file with private key redacted', `{\n  "type": "service_account",\n  "project_id": "acme-analytics",\n  "private_key_id": "${hex(40)}",\n  "private_key": "<redacted>",\n  "client_email": "streamlit-bq@acme-analytics.iam.gserviceaccount.com",\n  "client_id": "${r(DIGITS, 21)}"\n}`);
  add('Milvus default docs connection', 'connections.connect(alias="default", host="localhost", port="19530")\nclient = MilvusClient("./milvus_demo.db")');

  // --- ML-ops ids, paths and hashes ------------------------------------------------------------------
  add('W&B run path and URL', `run = api.run("acme-ml/reranker/${r(LOWER + DIGITS, 8)}")\n# https://wandb.ai/acme-ml/reranker/runs/${r(LOWER + DIGITS, 8)}`);
  add('W&B artifact digest and alias', `{"name": "model-${r(LOWER + DIGITS, 8)}:v4", "type": "model", "digest": "${r(B64, 22)}==", "aliases": ["latest", "best"]}`);
  add('MLflow run id and artifact URI', `run_id = "${hex(32)}"\nexperiment_id = "${r(DIGITS, 18)}"\nartifact_uri = "s3://acme-mlflow/${r(DIGITS, 2)}/${hex(32)}/artifacts"`);
  add('LangSmith run JSON with secret fields serialized as references', JSON.stringify({ id: uuid(r), trace_id: uuid(r), parent_run_id: null, run_type: 'llm', serialized: { lc: 1, type: 'constructor', id: ['langchain', 'chat_models', 'openai', 'ChatOpenAI'], kwargs: { model_name: 'gpt-4o-mini', openai_api_key: { lc: 1, type: 'secret', id: ['OPENAI_API_KEY'] } } }, dotted_order: `20261127T100211551000Z${uuid(r)}` }, null, 2));
  add('Langfuse trace and observation ids', `trace_id=${hex(32)} observation_id=${hex(16)} session_id=chat-${uuid(r)} latency_ms=1834`);
  add('LiteLLM spend log with hashed token', `{"request_id": "chatcmpl-${uuid(r)}", "api_key": "${hex(64)}", "model": "gpt-4o", "spend": 0.00231, "user": "ana@acme.io", "team_id": "${uuid(r)}"}`);
  add('OpenAI request log with redacted Authorization', `INFO 2026-11-27 10:02:11 POST https://api.openai.com/v1/embeddings headers={'Authorization': 'Bearer [REDACTED]', 'OpenAI-Project': 'proj_${r(ALNUM, 24)}'} status=200 ms=211`);
  add('Helicone request id and property headers', `helicone-id: ${uuid(r)}\nHelicone-Property-Session: ${uuid(r)}\nHelicone-Auth: Bearer $HELICONE_API_KEY`);
  add('Hugging Face commit SHAs in snapshot_download and cache path', `path = snapshot_download("BAAI/bge-small-en-v1.5", revision="${hex(40)}")\n# ~/.cache/huggingface/hub/models--BAAI--bge-small-en-v1.5/snapshots/${hex(40)}/config.json`);
  add('datasets cache fingerprints', `Loading cached processed dataset at ~/.cache/huggingface/datasets/squad/plain_text/0.0.0/${hex(40)}/cache-${hex(16)}.arrow\nDataset fingerprint: ${hex(16)}`);
  add('DVC lock file md5 hashes', `stages:\n  featurize:\n    cmd: python featurize.py\n    deps:\n    - path: data/raw.csv\n      md5: ${hex(32)}\n      size: 18231934\n    outs:\n    - path: data/features\n      md5: ${hex(32)}.dir\n      nfiles: 4`);
  add('safetensors checksums in model card', `| file | sha256 |\n|---|---|\n| model-00001-of-00002.safetensors | ${hex(64)} |\n| model-00002-of-00002.safetensors | ${hex(64)} |`);
  add('pip hash-pinned requirements for ML libs', `torch==2.4.1 \\\n    --hash=sha256:${hex(64)}\ntransformers==4.46.2 \\\n    --hash=sha256:${hex(64)}`);
  add('LangChain hub prompt reference with commit', `prompt = hub.pull("rlm/rag-prompt:${hex(8)}")`);
  add('Kaggle CLI with dataset slugs', 'kaggle datasets download -d zillow/zecon -p data/ --unzip\nkaggle competitions submit -c titanic -f submission.csv -m "xgb v3"');

  // --- Notebook outputs and ML artefacts ---------------------------------------------------------------
  add('embedding vector printed in notebook output', notebook(r, [{ kind: 'code', source: 'vec = emb.embed_query("refund policy")\nprint(len(vec), vec[:8])', outputs: [`1536 [${Array.from({ length: 8 }, () => `${r(DIGITS, 1) < '5' ? '-' : ''}0.0${r(DIGITS, 6)}`).join(', ')}]\n`] }]));
  add('base64 PNG image in notebook display output', JSON.stringify({ cell_type: 'code', execution_count: 7, id: `${hex(8)}-${hex(4)}`, metadata: {}, outputs: [{ output_type: 'display_data', data: { 'image/png': `iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAAOXRFWHRTb2Z0d2FyZQBNYXRwbG90bGliIHZlcnNpb24zLjkuMiwgaHR0cHM6Ly9tYXRwbG90bGliLm9yZy8${r(B64, 600)}`, 'text/plain': ['<Figure size 640x480 with 1 Axes>'] }, metadata: {} }], source: ['plt.plot(history["loss"])\n', 'plt.show()'] }, null, 1));
  add('tokenizer vocab and merges snippet', '{"model": {"type": "BPE", "vocab": {"!": 0, "\\"": 1, "Ġthe": 279, "Ġkey": 1401, "Ġtoken": 4037, "Ġpassword": 3636, "ĠAPI": 5446}, "merges": ["Ġ t", "Ġ a", "h e", "Ġt he", "Ġk ey"]}}');
  add('notebook cell ids and Colab metadata', `{"cell_type": "code", "id": "${r(B64URL, 12)}", "metadata": {"colab": {"base_uri": "https://localhost:8080/"}, "id": "${r(B64URL, 12)}", "outputId": "${uuid(r)}"}, "execution_count": 3}`);
  add('transformers config with key/value head counts', '{"architectures": ["LlamaForCausalLM"], "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8, "rope_theta": 500000.0, "vocab_size": 128256, "tie_word_embeddings": false}');
  add('JAX PRNG keys in notebook output', notebook(r, [{ kind: 'code', source: 'key = jax.random.PRNGKey(42)\nkey, subkey = jax.random.split(key)\nprint(key)', outputs: [`[${r(DIGITS, 10)} ${r(DIGITS, 9)}]\n`] }]));
  add('attention key tensor shapes in training log', `step 1200 | loss 2.3141 | lr 2.8e-05 | key_states torch.Size([4, 8, 2048, 128]) | grad_norm 0.91 | tokens/s ${r(DIGITS, 5)}`);
  add('logprobs with token strings', '{"logprobs": {"content": [{"token": "sk", "logprob": -0.0012, "bytes": [115, 107]}, {"token": "-proj", "logprob": -2.31, "bytes": [45, 112, 114, 111, 106]}]}}');
  add('HF Spaces README front matter', '---\ntitle: RAG Demo\nemoji: 🔎\ncolorFrom: indigo\ncolorTo: pink\nsdk: gradio\nsdk_version: 5.6.0\napp_file: app.py\npinned: false\nlicense: apache-2.0\n---');
  add('Gradio app reading HF token from Space secret', 'import os, gradio as gr\nclient = InferenceClient("meta-llama/Llama-3.1-8B-Instruct", token=os.getenv("HF_TOKEN"))\ngr.ChatInterface(respond).launch()');
  add('chat prompt mentioning a key without value', 'my OpenAI key starts with sk-proj- and I rotated it yesterday but LangChain still says 401 — do I need to restart the kernel?');
  add('random seeds and hyperparameters', 'seed: 1337\nlearning_rate: 3.0e-5\nwarmup_ratio: 0.03\nper_device_train_batch_size: 16\ngradient_accumulation_steps: 4\nlora_r: 16\nlora_alpha: 32');

  return out;
}
