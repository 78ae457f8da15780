// A cookie that says only "someone may be signed in here", readable by the page's script: the session cookie
// itself is httpOnly. The cached public pages are the same HTML for everyone (decision 0016), so their header
// shows the signed-in user from the browser: with this cookie it asks /api/auth/session, without it asks
// nothing (most visitors). proxy.ts sets it on every dashboard request with a session; logging out, or a
// session found ended, clears it (decision 0043). Pure: shared by the proxy and the header's script.
export const SIGNED_IN_HINT = "htx-signed-in";

export function hasSignedInHint(cookieHeader: string): boolean {
  return cookieHeader.split(/;\s*/).some((c) => c.startsWith(`${SIGNED_IN_HINT}=`));
}

/** For document.cookie: forget the hint. */
export const clearSignedInHint = `${SIGNED_IN_HINT}=; Path=/; Max-Age=0; SameSite=Lax`;

/** The dashboard layout's server-rendered panel carries the user's name in this attribute. */
export const SIGNED_IN_PANEL = "data-signed-in-name";
