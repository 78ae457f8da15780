"use client";
// The header's account corner: "Đăng nhập" for visitors, the signed-in user's name and "Đăng xuất" otherwise.
// Rendered the same for everyone (cached public pages, decision 0016); the browser fills in the user: on a
// dashboard page from the panel the server rendered there (no request), elsewhere from /api/auth/session, asked
// only when the signed-in hint cookie exists. Without JavaScript a public page keeps "Đăng nhập" (decision 0043).
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { clearSignedInHint, hasSignedInHint, SIGNED_IN_PANEL } from "@/lib/auth/signed-in-hint";

type Text = { login: string; account: string; logout: string };
type Props = { loginHref: string; dashboardHref: string; home: string; text: Text };

/** Who is signed in: from the dashboard's panel if the page has one, else asked of next-auth if the hint says so. */
async function signedInName(): Promise<{ name: string; onDashboard: boolean } | null> {
  const panel = document.querySelector(`[${SIGNED_IN_PANEL}]`);
  if (panel) return { name: panel.getAttribute(SIGNED_IN_PANEL) ?? "", onDashboard: true };
  if (!hasSignedInHint(document.cookie)) return null;
  const res = await fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" });
  const s = res.ok ? ((await res.json()) as { user?: { name?: string | null; email?: string | null } }) : null;
  const name = s?.user?.name || s?.user?.email || null;
  if (!name) document.cookie = clearSignedInHint; // the session ended: stop asking
  return name ? { name, onDashboard: false } : null;
}

async function logOut(home: string) {
  // next-auth's sign-out, as its client would do it (CSRF token, then POST), without its 10 KB of client code.
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { credentials: "same-origin" })).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", { method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ csrfToken, json: "true" }) });
  document.cookie = clearSignedInHint;
  window.location.assign(home);
}

export function HeaderAccount({ loginHref, dashboardHref, home, text }: Props) {
  const pathname = usePathname();
  const [user, setUser] = useState<{ name: string; onDashboard: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    signedInName()
      .then((u) => { if (live) setUser(u); })
      .catch(() => undefined);
    return () => { live = false; };
  }, [pathname]);

  if (!user) {
    return <a href={loginHref} className="no-underline hover:underline" data-header-login="">{text.login}</a>;
  }
  return (
    <span className="flex items-center gap-2" data-testid="header-user">
      <a href={dashboardHref} className="max-w-48 truncate font-medium no-underline hover:underline" aria-label={text.account.replace("{name}", user.name)}>{user.name}</a>
      {/* A dashboard page has its own "Đăng xuất" beside the user's panel: one such button a page. */}
      {!user.onDashboard && (
        <button type="button" onClick={() => void logOut(home)} className="rounded border border-line px-2 py-0.5 text-sm hover:bg-accent-soft">{text.logout}</button>
      )}
    </span>
  );
}
