/**
 * How a zod issue, a field error or an action's message names a message of the message files: its full
 * key and ICU arguments in one string ("validation.password.tooShort {\"min\":12}"), so that it travels
 * unchanged from a schema (in the browser or on the server) to the field that shows it.
 */
export type MessageKey = `validation.${string}` | `errors.${string}`;
export type MessageValues = Record<string, string | number>;

export function messageKey(key: MessageKey, values?: MessageValues): string {
  return values ? `${key} ${JSON.stringify(values)}` : key;
}

/** The key and arguments of a message; a sentence not yet turned into a key comes back as a key no file has. */
export function readMessageKey(message: string): { key: string; values?: MessageValues } {
  const space = message.indexOf(" ");
  if (space < 0) return { key: message };
  try {
    return { key: message.slice(0, space), values: JSON.parse(message.slice(space + 1)) as MessageValues };
  } catch {
    return { key: message };
  }
}

type Translator = { has: (key: string) => boolean; (key: string, values?: MessageValues): string };

/**
 * The text to show for a message: its translation when it is a key, else the message as it is. A `label`
 * argument that is a key too (a field's name) is translated first.
 */
export function messageText(t: Translator, message: string): string {
  const { key, values } = readMessageKey(message);
  if (!t.has(key)) return message;
  const label = values?.label;
  return t(key, typeof label === "string" && t.has(label) ? { ...values, label: t(label) } : values);
}
