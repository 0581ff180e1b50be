import "server-only";

/**
 * Hands a body's chunks to `onChunk` while their total stays within `limit` bytes: the total, or null once it goes
 * past (the rest is not read). The body of an upload, whether its size was declared or not.
 */
export async function readChunks(body: ReadableStream<Uint8Array>, limit: number, onChunk: (chunk: Uint8Array) => unknown): Promise<number | null> {
  const reader = body.getReader();
  let size = 0;
  let isRead = false;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > limit) return null;
      await onChunk(chunk.value);
    }
    isRead = true;
    return size;
  } finally {
    if (!isRead) await reader.cancel().catch(() => {});
  }
}

/** The request body, read up to `limit` bytes; null when it is larger (the rest is not read). */
export async function readBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit || !request.body) return declared > limit ? null : new Uint8Array();
  const chunks: Uint8Array[] = [];
  const size = await readChunks(request.body, limit, (chunk) => chunks.push(chunk));
  if (size === null) return null;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
