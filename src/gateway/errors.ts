/**
 * Errors the gateway answers with, in the OpenAI shape `{"error": {"message", "type", "code"}}`
 * so any OpenAI client library surfaces them. Every code starts with `rampart_`.
 * Messages never contain request text, keys or upstream secrets.
 */
export class GatewayError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: string = defaultType(status),
    /** Seconds, for 429 and 503. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'GatewayError';
  }

  toBody(): { error: { message: string; type: string; code: string; param: null } } {
    return { error: { message: this.message, type: this.type, code: this.code, param: null } };
  }
}

function defaultType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

export const badRequest = (code: string, message: string) => new GatewayError(400, `rampart_${code}`, message);
