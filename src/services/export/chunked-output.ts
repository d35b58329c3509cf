import type { Writable } from 'node:stream';

/** Text written to a stream in chunks, honouring backpressure. */
export interface ChunkedOutput {
  /** Queues `text`; resolves at once unless a full chunk had to wait for the stream to drain. */
  write(text: string): Promise<void>;
  /** Hands everything queued to the stream (the stream itself is left open). */
  flush(): Promise<void>;
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (error: Error) => settle(error);
    const onClose = () => settle(new Error('the output was closed before the export finished'));
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

/**
 * Collects small strings into chunks of about `chunkSize` characters before writing them to `out`, and waits for
 * 'drain' whenever the stream's buffer is full, so that memory stays bounded however large the export is.
 */
export function createChunkedOutput(out: Writable, chunkSize = 64 * 1024): ChunkedOutput {
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (out.destroyed || out.writableEnded) {
      throw out.errored ?? new Error('the output was closed before the export finished');
    }
    if (size === 0) return;
    const chunk = parts.join('');
    parts = [];
    size = 0;
    if (!out.write(chunk, 'utf8')) await drained(out);
  };
  return {
    async write(text) {
      parts.push(text);
      size += text.length;
      if (size >= chunkSize) await flush();
    },
    flush,
  };
}
