import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { parseSwitchQuery } from "@/lib/i18n/switch";

const ONE_YEAR = 60 * 60 * 24 * 365;

// GET /lang?to=en&back=/tinh/thai-nguyen: a plain link, so the switch works without JavaScript.
export function GET(request: NextRequest) {
  const parsed = parseSwitchQuery(request.nextUrl.searchParams);
  if (!parsed.success) return new NextResponse("Bad language", { status: 400 });
  const target = new URL(parsed.data.back, request.nextUrl.origin);
  // Belt and braces: whatever the path parsing let through must still resolve to this site.
  if (target.origin !== request.nextUrl.origin) target.href = new URL("/", request.nextUrl.origin).href;
  const response = NextResponse.redirect(target, 303);
  response.cookies.set(LOCALE_COOKIE, parsed.data.to, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true });
  return response;
}
