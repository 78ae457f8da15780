import { z } from "zod";
import { LOCALES } from "./config";

// A same-site path only: "/x" yes; "//evil.example", "/\evil.example" (browsers read "\" as "/") and
// anything with control characters no, so the switch cannot be used as an open redirect.
const samePath = z
  .string()
  .max(2000)
  .refine((p) => p.startsWith("/") && !p.startsWith("//") && !/[\\\u0000-\u001f\u007f]/.test(p));

export const switchQuery = z.object({ to: z.enum(LOCALES), back: samePath.catch("/") });

/** Parses ?to=…&back=…; a bad `back` falls back to "/", a bad `to` is an error. */
export function parseSwitchQuery(params: URLSearchParams) {
  return switchQuery.safeParse({ to: params.get("to") ?? undefined, back: params.get("back") ?? "/" });
}
