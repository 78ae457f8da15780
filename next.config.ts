import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Node-only database drivers: load them from node_modules at runtime instead of bundling them
  // (pg has optional native bindings; PGlite ships WebAssembly and data files beside its JS).
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
