import type { NextConfig } from "next";
import { securityHeaders } from "./server/security-headers";

const nextConfig: NextConfig = {
  // Another build directory (HTX_DIST_DIR) lets two builds of the same tree coexist, e.g. while developing.
  distDir: process.env.HTX_DIST_DIR ?? ".next",
  // Node-only database drivers: load them from node_modules at runtime instead of bundling them
  // (pg has optional native bindings; PGlite ships WebAssembly and data files beside its JS).
  // pptxgenjs (the meeting pack, decision 0035) probes for Node modules (fs, https, a `require("sizeof")`) that a
  // bundle would try to resolve; from node_modules it runs as on Node.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pptxgenjs"],
  poweredByHeader: false,
  // Pages Next renders on demand (ISR) stay in memory and are not written under .next: every server start
  // reads the database afresh anyway, and the two servers of the end-to-end tests, on two databases, share one
  // build and must not read each other's pages. Room for the whole country's pages in both languages.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // Server actions carry form fields only (no upload goes through one: imports are route handlers with their
  // own 10 MB limit); Next counts the bytes while reading and answers 413 past 1 MB (its default, made explicit).
  // Before them, proxy.ts (the /quan-ly pages, where the actions post) gets a copy of the body that Next buffers up
  // to proxyClientMaxBodySize (10 MB by default, twice over): 2 MB keeps that small and still lets the action's
  // own 413 answer (decision 0015).
  experimental: { isrFlushToDisk: false, serverActions: { bodySizeLimit: "1mb" }, proxyClientMaxBodySize: "2mb" },
  reactStrictMode: true,
  // Vietnamese pages have no language prefix: /tinh/x is served by app/[locale] as /vi/tinh/x, English pages
  // live at /en/… . After files (public/, _next) and before the dynamic routes; /api is left alone.
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/vi" },
        { source: "/:path((?!(?:en|vi|api|_next)(?:/|$)).+)", destination: "/vi/:path" },
      ],
      fallback: [],
    };
  },
  // The production server (server/main.ts) sets these on every answer itself, HSTS included when served over
  // HTTPS; this covers `next dev`, which it does not serve (a build keeps none: they would override those).
  async headers() {
    if (process.env.NODE_ENV === "production") return [];
    return [{ source: "/:path*", headers: securityHeaders({ https: false, dev: true }).map(([key, value]) => ({ key, value })) }];
  },
  // One address per page: /vi/… is the same page as /… .
  async redirects() {
    return [
      { source: "/vi", destination: "/", permanent: true },
      { source: "/vi/:path*", destination: "/:path*", permanent: true },
    ];
  },
};

export default nextConfig;
