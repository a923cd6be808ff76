/**
 * An incremental Server-Sent Events reader for upstream streams: feed it bytes as they come,
 * get whole events back. Events larger than `maxEventBytes` are an error, so a hostile or broken
 * upstream can not make us buffer without bound.
 */
export interface SseEvent {
  event?: string;
  data: string;
}

export class SseParseError extends Error {}

export class SseReader {
  private buffer = '';
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly maxEventBytes = 1024 * 1024) {}

  /** Returns every event completed by this chunk. */
  push(chunk: Uint8Array | string): SseEvent[] {
    this.buffer += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const events: SseEvent[] = [];
    for (;;) {
      const end = findEventEnd(this.buffer);
      if (end === undefined) break;
      const block = this.buffer.slice(0, end.at);
      this.buffer = this.buffer.slice(end.at + end.length);
      const ev = parseBlock(block);
      if (ev) events.push(ev);
    }
    if (this.buffer.length > this.maxEventBytes) throw new SseParseError(`an upstream event is larger than ${this.maxEventBytes} bytes`);
    return events;
  }

  /** Text left over that never formed a whole event (a cut stream leaves some). */
  rest(): string {
    return this.buffer;
  }
}

function findEventEnd(s: string): { at: number; length: number } | undefined {
  const candidates = ['\n\n', '\r\n\r\n', '\r\r'];
  let best: { at: number; length: number } | undefined;
  for (const sep of candidates) {
    const at = s.indexOf(sep);
    if (at >= 0 && (!best || at < best.at)) best = { at, length: sep.length };
  }
  return best;
}

function parseBlock(block: string): SseEvent | undefined {
  const data: string[] = [];
  let event: string | undefined;
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
  }
  if (data.length === 0 && event === undefined) return undefined;
  return { ...(event !== undefined ? { event } : {}), data: data.join('\n') };
}

/** Formats one event for the client. */
export function formatSse(data: string, event?: string): string {
  return `${event ? `event: ${event}\n` : ''}data: ${data}\n\n`;
}
