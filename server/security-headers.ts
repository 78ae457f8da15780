// The security headers every answer carries: pages, API, static files, redirects, 404s and the response cache's
// answers alike (server/main.ts sets them before anything else runs; next.config.ts sets them for `next dev`).
// Why the script policy allows inline scripts instead of nonces: docs/decisions/0011-security-headers.md.

/** A year, as HSTS preload lists expect; subdomains are left alone: they may be other services of the host. */
const HSTS = "max-age=31536000";

/** The Content-Security-Policy. `dev` adds what `next dev` needs (eval for React's debugging, its websocket). */
export function contentSecurityPolicy(opts: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // Next's App Router bootstraps every page with inline <script> tags (self.__next_f.push(…)) whose content
    // changes with the page's data; nonces would make every public page render per request (decision 0011).
    `script-src 'self' 'unsafe-inline'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // Recharts and React set style attributes; a nonce cannot cover attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "media-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Name and value of every security header, for an answer served over HTTPS or not. */
export function securityHeaders(opts: { https: boolean; dev?: boolean }): [string, string][] {
  const headers: [string, string][] = [
    ["Content-Security-Policy", contentSecurityPolicy(opts)],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    // Features the app never uses, switched off for it and for anything that might get injected into it.
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["X-Permitted-Cross-Domain-Policies", "none"],
  ];
  // Only over HTTPS: browsers ignore it over HTTP, and sent from an http:// deployment it would promise a TLS that
  // is not there.
  if (opts.https) headers.push(["Strict-Transport-Security", HSTS]);
  return headers;
}
