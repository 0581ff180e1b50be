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
    const values: unknown = JSON.parse(message.slice(space + 1));
    // Anything but an object of arguments after the first word: a sentence, not a key.
    if (typeof values !== "object" || values === null || Array.isArray(values)) return { key: message };
    return { key: message.slice(0, space), values: values as MessageValues };
  } catch {
    return { key: message };
  }
}

type Translator = { has: (key: string) => boolean; (key: string, values?: MessageValues): string };

// The arguments that hold a message of their own: a field's name (`label`), the problem a refusal wraps
// (`problem`). Other arguments are data, shown as they are, whatever they look like.
const NESTED = ["label", "problem"];

/**
 * The text to show for a message: its translation when it is a key, else the message as it is. A `label`
 * or `problem` argument that is a message too is translated first.
 */
export function messageText(t: Translator, message: string): string {
  const { key, values } = readMessageKey(message);
  if (!t.has(key)) return message;
  if (!values) return t(key);
  const nested = NESTED.filter((name) => typeof values[name] === "string");
  return t(key, { ...values, ...Object.fromEntries(nested.map((name) => [name, messageText(t, values[name] as string)])) });
}
