import { readFileSync } from 'node:fs';
import { Agent, errors as undiciErrors, type Dispatcher } from 'undici';
import { GatewayError } from './errors.js';

/**
 * Upstream providers and the model routes that point at them. A route maps the model name a
 * client asks for (an alias, or `*`) to one upstream and, optionally, a pinned exact model version.
 */
export type UpstreamKind = 'openai' | 'azure' | 'anthropic' | 'openai-compatible';

export interface UpstreamConfig {
  name: string;
  kind: UpstreamKind;
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1 (Azure: https://NAME.openai.azure.com). */
  baseUrl: string;
  /** Name of the environment variable holding the provider key. */
  apiKeyEnv?: string;
  /** File holding the provider key (Kubernetes secrets, Docker secrets). */
  apiKeyFile?: string;
  /** Azure: api-version query parameter. */
  apiVersion?: string;
  /** Time to the response headers, and between body chunks. */
  timeoutMs: number;
}

export interface RouteConfig {
  /** What clients send as `model`; `*` matches every model not routed elsewhere. */
  model: string;
  upstream: string;
  /** Exact model version sent upstream (Azure: the deployment name). Default: the requested model. */
  target?: string;
}

export interface ResolvedRoute {
  route: RouteConfig;
  upstream: UpstreamConfig;
  /** The model name sent upstream. */
  upstreamModel: string;
}

/** Picks the route for a requested model: an exact match first, then `*`. */
/** `pinned`: a target set at run time through the admin API, which wins over the config's. */
export function resolveRoute(
  routes: readonly RouteConfig[],
  upstreams: ReadonlyMap<string, UpstreamConfig>,
  model: string,
  pinned: (alias: string) => string | undefined = () => undefined,
): ResolvedRoute | undefined {
  const route = routes.find((r) => r.model === model) ?? routes.find((r) => r.model === '*');
  if (!route) return undefined;
  const upstream = upstreams.get(route.upstream);
  if (!upstream) return undefined;
  return { route, upstream, upstreamModel: pinned(route.model) ?? route.target ?? model };
}

/** Reads the provider key at call time from env or file. It is never logged or audited. */
export function upstreamKey(u: UpstreamConfig): string | undefined {
  if (u.apiKeyEnv) {
    const v = process.env[u.apiKeyEnv];
    if (v) return v;
  }
  if (u.apiKeyFile) return keyFromFile(u.apiKeyFile);
  return undefined;
}

/** Key files are re-read at most this often: a rotated key is picked up without a file read per request. */
const KEY_FILE_TTL_MS = 5000;
const keyFiles = new Map<string, { at: number; key: string | undefined }>();

function keyFromFile(path: string, now = Date.now()): string | undefined {
  const cached = keyFiles.get(path);
  if (cached && now - cached.at < KEY_FILE_TTL_MS) return cached.key;
  let key: string | undefined;
  try {
    key = readFileSync(path, 'utf8').trim() || undefined;
  } catch {
    key = undefined;
  }
  keyFiles.set(path, { at: now, key });
  return key;
}

const PATHS = { chat: '/chat/completions', responses: '/responses', embeddings: '/embeddings', models: '/models' } as const;
export type Endpoint = keyof typeof PATHS;

/** URL and headers for one call to an upstream. */
export function upstreamRequest(u: UpstreamConfig, endpoint: Endpoint, upstreamModel: string): { url: string; headers: Record<string, string> } {
  const key = upstreamKey(u);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
  const base = u.baseUrl.replace(/\/+$/, '');
  if (u.kind === 'azure') {
    if (key) headers['api-key'] = key;
    const version = encodeURIComponent(u.apiVersion ?? '2024-10-21');
    const path = endpoint === 'models' ? '/openai/models' : `/openai/deployments/${encodeURIComponent(upstreamModel)}${PATHS[endpoint]}`;
    return { url: `${base}${path}?api-version=${version}`, headers };
  }
  if (key) headers.authorization = `Bearer ${key}`;
  return { url: `${base}${PATHS[endpoint]}`, headers };
}

/** One pooled HTTP agent for all upstreams (keep-alive, pipelining off). */
export function createUpstreamAgent(): Agent {
  return new Agent({ keepAliveTimeout: 30_000, connections: 256, connect: { timeout: 10_000 } });
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
}

/**
 * Sends one request. Only a connection that could not be opened is retried (the request never
 * left, so a retry can not double-charge or double-act); everything else becomes a GatewayError.
 */
export async function callUpstream(
  agent: Dispatcher,
  u: UpstreamConfig,
  endpoint: Endpoint,
  upstreamModel: string,
  body: string | undefined,
  signal?: AbortSignal,
): Promise<UpstreamResponse> {
  const { url, headers } = upstreamRequest(u, endpoint, upstreamModel);
  const { origin, path } = splitUrl(url);
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await agent.request({
        origin,
        path,
        method: body === undefined ? 'GET' : 'POST',
        headers,
        ...(body !== undefined ? { body } : {}),
        headersTimeout: u.timeoutMs,
        bodyTimeout: u.timeoutMs,
        ...(signal ? { signal } : {}),
      });
      return { status: res.statusCode, headers: res.headers, body: res.body };
    } catch (err) {
      if (attempt === 0 && isConnectFailure(err)) continue;
      throw upstreamFault(err);
    }
  }
}

/** Upstream base URLs are few: each scheme://host:port is parsed once (URL normalizes the origin). */
const origins = new Map<string, string>();
function splitUrl(url: string): { origin: string; path: string } {
  const cut = url.indexOf('/', url.indexOf('//') + 2);
  const prefix = cut < 0 ? url : url.slice(0, cut);
  let origin = origins.get(prefix);
  if (origin === undefined) {
    origin = new URL(url).origin;
    if (origins.size < 1000) origins.set(prefix, origin);
  }
  return { origin, path: cut < 0 ? '/' : url.slice(cut) };
}

function isConnectFailure(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'ECONNREFUSED' || code === 'UND_ERR_CONNECT_TIMEOUT';
}

/** Maps a transport error to what the client sees; the upstream URL and key never appear in it. */
export function upstreamFault(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  if (err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError || (err as { code?: string }).code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new GatewayError(504, 'rampart_upstream_timeout', 'the upstream model provider did not answer in time');
  }
  if ((err as { name?: string }).name === 'AbortError') return new GatewayError(499, 'rampart_client_closed', 'the client closed the request');
  return new GatewayError(502, 'rampart_upstream_unreachable', `the upstream model provider could not be reached (${(err as { code?: string }).code ?? 'connection failed'})`);
}
