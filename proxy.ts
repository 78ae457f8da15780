// Sends visitors with no session to the login page, remembering the address they asked for (?back=…), before
// any dashboard page renders. This is a courtesy, not the lock: the dashboard layout and every page still check
// the session against the database (requireActor) and ask can(); a layout cannot know the page's address, so
// without this step a deep link would come back to /quan-ly after login. Public pages never pass through here.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { sameSitePath } from "./lib/domain/same-site-path";
import { env } from "./lib/env";
import { SIGNED_IN_HINT } from "./lib/auth/signed-in-hint";

// As long as a session lasts (lib/auth/options.ts); a stale hint costs one request, which then clears it.
const SESSION_HINT_AGE = 8 * 60 * 60;

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  if (token) {
    const next = NextResponse.next();
    // Tells the public pages' header to ask who is signed in (lib/auth/signed-in-hint.ts); this path is never cached.
    if (!request.cookies.has(SIGNED_IN_HINT)) next.cookies.set(SIGNED_IN_HINT, "1", { path: "/", sameSite: "lax", maxAge: SESSION_HINT_AGE });
    return next;
  }
  const { pathname, search } = request.nextUrl;
  const english = pathname === "/en" || pathname.startsWith("/en/");
  const login = new URL(english ? "/en/dang-nhap" : "/dang-nhap", request.url);
  // The login page checks ?back= again (safeBackPath); this only avoids carrying a hostile one along.
  login.searchParams.set("back", sameSitePath(`${pathname}${search}`) ?? "/quan-ly");
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/quan-ly", "/quan-ly/:path*", "/tai-khoan/:path*", "/en/quan-ly", "/en/quan-ly/:path*", "/en/tai-khoan/:path*"],
};
