import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
];

// HSTS only over HTTPS: when the public URL is https (read at build time), or per request behind a
// TLS-terminating proxy. Browsers ignore it over plain http anyway, so a forged header gains nothing.
const hsts = [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }];
const hstsRoutes = process.env.NEXTAUTH_URL?.startsWith("https://")
  ? [{ source: "/:path*", headers: hsts }]
  : [{ source: "/:path*", has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }], headers: hsts }];

const nextConfig: NextConfig = {
  // Parallel test runs (e.g. several developers' worktrees) may build into their own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }, ...hstsRoutes];
  },
};

export default nextConfig;
