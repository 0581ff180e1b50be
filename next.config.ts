import { createRequire } from "node:module";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { BASE_POLICY } from "./lib/http/content-security-policy";

// Every response. proxy.ts replaces the policy with a page's own (nonce included) and adds HSTS over https.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: BASE_POLICY },
];

const nextConfig: NextConfig = {
  // Parallel test runs (e.g. several developers' worktrees) may build into their own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  typedRoutes: false,
  // Messages are compiled on the server (lib/i18n/messages.ts): use-intl formats them without shipping
  // its ICU parser to the browser.
  turbopack: { resolveAlias: { "use-intl/format-message": `./${path.relative(process.cwd(), createRequire(import.meta.url).resolve("use-intl/format-message/format-only"))}` } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// Languages: next-intl reads i18n/request.ts (no locale in the URL).
export default createNextIntlPlugin()(nextConfig);
