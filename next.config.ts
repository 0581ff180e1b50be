import type { NextConfig } from "next";
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
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
