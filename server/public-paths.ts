// The addresses the response cache may answer: the public pages in either language and the open-data API.
// Pages never read the session (the header is static on purpose), so a page's answer is the same for everyone;
// the open-data API has staff-only variants (drafts) that say "private, no-store", so an API answer is kept only
// when it says `public` itself.
const PAGE = /^\/(?:en(?:\/|$))?(?:$|tinh(?:\/|$)|(?:so-sanh|ban-do|trinh-chieu)\/?$)/;
const API = /^\/api\/v1\/(?:compare\/?$|provinces(?:\/?$|\/[a-z0-9-]+\/(?:reports|terms)(?:\/|$)))/;

export type PublicKind = "page" | "api";

export function publicPathKind(pathname: string): PublicKind | null {
  if (PAGE.test(pathname)) return "page";
  if (API.test(pathname)) return "api";
  return null;
}

export function isPublicPath(pathname: string): boolean {
  return publicPathKind(pathname) !== null;
}
