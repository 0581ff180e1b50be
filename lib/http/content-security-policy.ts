// What a response may make the browser load or run. Pages get a fresh nonce per response (proxy.ts), which
// Next puts on its own scripts; a script injected into a page has none and does not run.
type Directives = Record<string, string[]>;

const serialize = (directives: Directives) => Object.entries(directives).map(([name, values]) => [name, ...values].join(" ")).join("; ");

// Nothing frames the app, no plugins, no <base>, forms post only to the app.
const EVERY_RESPONSE: Directives = { "frame-ancestors": ["'none'"], "base-uri": ["'self'"], "form-action": ["'self'"], "object-src": ["'none'"] };

/** For what the proxy does not see (files, the import upload, the health check): next.config.ts. */
export const BASE_POLICY = serialize(EVERY_RESPONSE);

/** For pages: scripts only with this response's nonce and what they load; styles from the app. */
export function pagePolicy(nonce: string, isDevelopment = process.env.NODE_ENV === "development") {
  return serialize({
    "default-src": ["'self'"],
    // Development only: React rebuilds server errors' stacks with eval, and Next injects <style> elements.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    "style-src-elem": ["'self'", isDevelopment ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    // React renders style props as style="" attributes, which no nonce can allow. Browsers that do not
    // know style-src-elem read this line for <style> elements too.
    "style-src": ["'self'", "'unsafe-inline'"],
    ...EVERY_RESPONSE,
  });
}

/** A nonce for one response: unguessable, never reused. */
export const newNonce = () => Buffer.from(crypto.randomUUID()).toString("base64");
