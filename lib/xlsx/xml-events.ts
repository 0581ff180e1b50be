import "server-only";
import { SaxesParser } from "saxes";
import { messageKey } from "@/lib/i18n/message-key";
import { XlsxError } from "./xlsx-error";

export type XmlEvent = { type: "open"; name: string; attributes: Record<string, string> } | { type: "text"; text: string } | { type: "close"; name: string };

// Parts may name elements with a prefix (x:c); only the local name matters here.
const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** A part's XML as events, a batch per inflated chunk, so a sheet is never held whole. */
export async function* xmlEvents(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<XmlEvent[]> {
  const parser = new SaxesParser();
  const decoder = new TextDecoder("utf-8");
  let batch: XmlEvent[] = [];
  parser.on("opentag", (tag) => batch.push({ type: "open", name: local(tag.name), attributes: tag.attributes as Record<string, string> }));
  parser.on("text", (text) => batch.push({ type: "text", text }));
  parser.on("cdata", (text) => batch.push({ type: "text", text }));
  parser.on("closetag", (tag) => batch.push({ type: "close", name: local(tag.name) }));
  const write = (text: string | null) => {
    try {
      if (text === null) parser.close();
      else parser.write(text);
    } catch {
      throw new XlsxError(messageKey("validation.import.xlsxDamaged"));
    }
  };
  for await (const chunk of chunks) {
    write(decoder.decode(chunk, { stream: true }));
    if (batch.length) yield batch;
    batch = [];
  }
  write(decoder.decode());
  write(null);
  if (batch.length) yield batch;
}
