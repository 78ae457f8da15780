// The addresses the response cache may answer: the public pages in either language and the open-data API.
// Whether an answer is then kept also depends on the answer itself (public, 200, not stale): the dashboard,
// the login page and the staff-only API variants say "private, no-store" and are never kept.
const PAGE = /^\/(?:en(?:\/|$))?(?:$|tinh(?:\/|$)|so-sanh\/?$)/;
const API = /^\/api\/v1\/provinces(?:\/?$|\/[a-z0-9-]+\/(?:reports|terms)(?:\/|$))/;

export function isPublicPath(pathname: string): boolean {
  return PAGE.test(pathname) || API.test(pathname);
}
