import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/** The largest file the import takes (issue 16: 200 MB / 1,000,000 rows). */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Where uploaded import files wait for their runs: IMPORT_DIR, or .data/imports of the working directory (the
 * web server and the worker that `npm start` runs share it). Only this process's user may read it: the files
 * hold what the cases hold.
 */
export function importDir() {
  return process.env.IMPORT_DIR ?? path.resolve(".data", "imports");
}

const fileOf = (id: string) => {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`Not an import file id: ${id}`);
  return path.join(importDir(), id);
};

export type SavedFile = { sizeBytes: number; fileHash: string };

/**
 * Streams an upload to disk under the job's id, hashing it on the way, never holding more than a chunk in memory.
 * Null when it grows past `maxBytes`: what was written of it is deleted. The file appears under its name only once
 * complete, so a half-written upload is never read.
 */
export async function saveImportFile(id: string, body: ReadableStream<Uint8Array>, maxBytes = MAX_IMPORT_FILE_BYTES): Promise<SavedFile | null> {
  await mkdir(importDir(), { recursive: true, mode: 0o700 });
  const target = fileOf(id);
  const partial = `${target}.part`;
  const file = await open(partial, "w", 0o600);
  const hash = createHash("sha256");
  const reader = body.getReader();
  let sizeBytes = 0;
  let isComplete = false;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      sizeBytes += chunk.value.byteLength;
      if (sizeBytes > maxBytes) return null;
      hash.update(chunk.value);
      await file.write(chunk.value);
    }
    isComplete = true;
  } finally {
    await file.close();
    if (isComplete) await rename(partial, target);
    else {
      await reader.cancel().catch(() => {});
      await rm(partial, { force: true });
    }
  }
  return { sizeBytes, fileHash: hash.digest("hex") };
}

/** The saved file's bytes as a stream. */
export function readImportFile(id: string) {
  return createReadStream(fileOf(id));
}

export async function deleteImportFile(id: string) {
  await rm(fileOf(id), { force: true });
}
