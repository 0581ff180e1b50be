import compile from "icu-minify/compile";
import { isPluralElement, isSelectElement, isTagElement, type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";

export type MessageTree = { [key: string]: string | MessageTree };

/** Every message of a tree by its dotted key ("account.language.label"). */
export function flattenMessages(tree: MessageTree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [k, v] of flattenMessages(value, path)) flat.set(k, v);
  }
  return flat;
}

function collect(elements: MessageFormatElement[], found: Set<string>) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(isTagElement(element) ? `<${element.value}>` : element.value);
    if (isTagElement(element)) collect(element.children, found);
    // A select's cases are part of its contract (the stored values it names); plural categories differ by language.
    if (isSelectElement(element)) {
      for (const [option, { value }] of Object.entries(element.options)) {
        found.add(`${element.value}=${option}`);
        collect(value, found);
      }
    }
    if (isPluralElement(element)) for (const { value } of Object.values(element.options)) collect(value, found);
  }
  return found;
}

/** The arguments, select cases and rich-text tags a message uses; throws when it is not valid ICU. */
export function argumentsOf(message: string): Set<string> {
  return collect(parse(message), new Set());
}

/** Why a translation cannot stand in for its English source, or null when it can. */
export function translationProblem(english: string, translation: string): string | null {
  let expected: Set<string>;
  let actual: Set<string>;
  try {
    expected = argumentsOf(english);
  } catch (error) {
    return `the English message does not parse (${(error as Error).message})`;
  }
  try {
    actual = argumentsOf(translation);
  } catch (error) {
    return `does not parse (${(error as Error).message})`;
  }
  const missing = [...expected].filter((a) => !actual.has(a));
  const extra = [...actual].filter((a) => !expected.has(a));
  if (!missing.length && !extra.length) return null;
  return [missing.length && `lacks ${missing.join(", ")}`, extra.length && `has unknown ${extra.join(", ")}`].filter(Boolean).join("; ");
}

function nest(flat: Map<string, string>): MessageTree {
  const tree: MessageTree = {};
  for (const [path, message] of flat) {
    const keys = path.split(".");
    const last = keys.pop()!;
    let node = tree;
    for (const key of keys) node = (node[key] ??= {}) as MessageTree;
    node[last] = message;
  }
  return tree;
}

/** A translation with the English message in place of each one missing or broken (reported). */
export function withEnglishFallback(english: MessageTree, translated: MessageTree, report: (key: string, problem: string) => void): MessageTree {
  const translations = flattenMessages(translated);
  const merged = new Map<string, string>();
  for (const [key, source] of flattenMessages(english)) {
    const translation = translations.get(key);
    const problem = translation === undefined ? "is missing" : translationProblem(source, translation);
    if (problem) report(key, problem);
    merged.set(key, problem ? source : translation!);
  }
  return nest(merged);
}

export type CompiledMessages = { [key: string]: ReturnType<typeof compile> | CompiledMessages };

/**
 * Messages parsed once on the server into the form next-intl formats without a parser (the browser
 * then loads no ICU parser; next.config.ts points use-intl at its format-only formatter).
 */
export function compileMessages(tree: MessageTree): CompiledMessages {
  // Round-tripped through JSON: the compiler's objects have no prototype, which React cannot send to the browser.
  const compiled = (message: string) => JSON.parse(JSON.stringify(compile(message))) as ReturnType<typeof compile>;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === "string" ? compiled(value) : compileMessages(value)]));
}
