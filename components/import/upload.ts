import type { ActionResult } from "@/lib/actions/result";

/** What to say when the upload itself fails, in the reader's language. */
export type UploadFailures = { failed: string; unreadable: string; status: (status: number) => string };

/** sheet: the sheet of an Excel workbook to import. */
export type UploadOptions = { allOrNothing: boolean; createUnknown: boolean; sheet?: string };

/**
 * Sends the file to the import jobs route with XMLHttpRequest, the one browser API that reports upload progress;
 * answers with the job that checks it.
 */
export function uploadImportFile(file: File, options: UploadOptions, failures: UploadFailures, onProgress: (fraction: number) => void): Promise<ActionResult<{ id: string }>> {
  const query = new URLSearchParams({ allOrNothing: options.allOrNothing ? "1" : "0", createUnknown: options.createUnknown ? "1" : "0" });
  if (options.sheet) query.set("sheet", options.sheet);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const failed = (message: string) => resolve({ ok: false, code: "unexpected", message });
    xhr.open("POST", `/import/files?${query}`);
    xhr.setRequestHeader("Content-Type", "text/csv");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => failed(failures.failed);
    xhr.onload = () => {
      if (xhr.getResponseHeader("Content-Type")?.startsWith("application/json")) {
        try {
          return resolve(JSON.parse(xhr.responseText));
        } catch {
          return failed(failures.unreadable);
        }
      }
      failed(xhr.responseText || failures.status(xhr.status));
    };
    xhr.send(file);
  });
}
