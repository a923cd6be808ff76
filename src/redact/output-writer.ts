/**
 * Writes dataset output in large pieces: text is collected and handed to the stream once about
 * `flushAt` characters are waiting, instead of one write (and one await) per record, which cost a
 * large share of the CPU in `rampart redact`. Backpressure is kept: when the stream's buffer is
 * full, the next flush waits for 'drain'. A write error (disk full, closed pipe) fails the next
 * call instead of crashing the process or leaving it waiting for a 'drain' that never comes.
 */
export class OutputWriter {
  private parts: string[] = [];
  private size = 0;
  private failure: Error | undefined;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly flushAt = 64 * 1024,
  ) {
    out.on('error', (err: Error) => {
      this.failure ??= new Error(`cannot write the output: ${err.message}`);
    });
  }

  /** Queues text; returns a promise (to await) only when a write happened and must drain first. */
  add(text: string): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    this.parts.push(text);
    this.size += text.length;
    return this.size >= this.flushAt ? this.flush() : undefined;
  }

  /** Writes whatever is queued, then waits for the stream to drain if it asked to. */
  flush(): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    if (this.parts.length === 0) return undefined;
    const chunk = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.out.write(chunk)) return undefined;
    return new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        this.out.off('drain', onDrain);
        this.out.off('error', onError);
        if (err) reject(this.failure ?? err);
        else resolve();
      };
      const onDrain = () => done();
      const onError = (err: Error) => done(err);
      this.out.once('drain', onDrain);
      this.out.once('error', onError);
    });
  }
}
