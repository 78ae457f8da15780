import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Another build directory (HTX_DIST_DIR) lets two builds of the same tree coexist, e.g. while developing.
  distDir: process.env.HTX_DIST_DIR ?? ".next",
  // Node-only database drivers: load them from node_modules at runtime instead of bundling them
  // (pg has optional native bindings; PGlite ships WebAssembly and data files beside its JS).
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
  // Pages Next renders on demand (ISR) stay in memory and are not written under .next: every server start
  // reads the database afresh anyway, and the two servers of the end-to-end tests, on two databases, share one
  // build and must not read each other's pages. Room for the whole country's pages in both languages.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
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
  // One address per page: /vi/… is the same page as /… .
  async redirects() {
    return [
      { source: "/vi", destination: "/", permanent: true },
      { source: "/vi/:path*", destination: "/:path*", permanent: true },
    ];
  },
};

export default nextConfig;
