// Rows of `COPY … TO STDOUT` in PostgreSQL's text format: one line per row, fields separated by tabs,
// \N for NULL, and backslash escapes for the backslash and the control characters. Tab and line feed
// never occur inside a UTF-8 sequence, so lines and fields are split on bytes before decoding.
const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };
const TAB = 0x09, LF = 0x0a;

const decoder = new TextDecoder("utf-8", { fatal: true });

function field(bytes: Uint8Array): string | null {
  const text = decoder.decode(bytes);
  if (text === "\\N") return null;
  return text.includes("\\") ? text.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c) : text;
}

function row(line: Uint8Array): (string | null)[] {
  const fields: (string | null)[] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === TAB) {
      fields.push(field(line.subarray(start, i)));
      start = i + 1;
    }
  }
  return fields;
}

/** Each row of the COPY output, NULL as null, as the chunks arrive; only the last unfinished line is kept. */
export async function* copyTextRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<(string | null)[]> {
  let rest: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const bytes = rest.length ? concat(rest, chunk) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(LF); end >= 0; end = bytes.indexOf(LF, start)) {
      yield row(bytes.subarray(start, end));
      start = end + 1;
    }
    rest = bytes.slice(start);
  }
  if (rest.length) yield row(rest);
}

function concat(a: Uint8Array, b: Uint8Array) {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
