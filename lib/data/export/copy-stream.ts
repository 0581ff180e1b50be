import "server-only";
import type { PoolClient } from "pg";
import { to as copyTo } from "pg-copy-streams";

/**
 * Streams `COPY (…) TO STDOUT` as a web ReadableStream, pulled as the client reads (backpressure), with
 * `prefix` (e.g. a BOM) first. At the end the transaction commits and the client returns to the pool;
 * on a client abort or an error the client is released with the error, so a connection stuck mid-COPY
 * is destroyed rather than reused (STACK.md, "Streaming responses").
 */
export function copyToWebStream(client: PoolClient, copySql: string, prefix?: Uint8Array): ReadableStream<Uint8Array> {
  const source = client.query(copyTo(copySql));
  const chunks = source[Symbol.asyncIterator]();
  let isReleased = false;
  const release = (error?: Error) => {
    if (isReleased) return;
    isReleased = true;
    client.release(error ?? false);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (prefix?.length) controller.enqueue(prefix);
    },
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (!done) return controller.enqueue(value);
        await client.query("COMMIT");
        release();
        controller.close();
      } catch (error) {
        release(error instanceof Error ? error : new Error(String(error)));
        controller.error(error);
      }
    },
    async cancel() {
      source.destroy();
      release(new Error("Export cancelled by the client"));
    },
  });
}
