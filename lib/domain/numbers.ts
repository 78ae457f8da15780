import type { Locale } from "./types";

// Separators are fixed here rather than trusted from ICU, so output is identical
// on every runtime (server, browser, reduced-ICU builds).
const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-US" };

// Shown for NaN/Infinity: a broken figure should not crash a page.
const NOT_A_NUMBER = "—";

export function formatNumber(value: number, locale: Locale, opts?: { maxFractionDigits?: number }): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  // Intl rejects values outside 0..20.
  const digits = Math.min(20, Math.max(0, Math.trunc(opts?.maxFractionDigits ?? 2)));
  const parts = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).formatToParts(value);
  const sep = SEPARATORS[locale];
  let out = "";
  for (const part of parts) {
    if (part.type === "group") out += sep.group;
    else if (part.type === "decimal") out += sep.decimal;
    else if (part.type === "minusSign") out += "-";
    else out += part.value;
  }
  // -0.001 rounds to "-0"; a signed zero means nothing to a reader.
  return /^-[0.,]*$/.test(out) ? out.slice(1) : out;
}

export type ParseResult = { ok: true; value: number } | { ok: false; error: "empty" | "invalid" };

// Space-like group separators people paste from spreadsheets and Word:
// ordinary space, no-break space, narrow no-break space, thin space.
const SPACE = " \u00a0\u202f\u2009";

function numberPattern(locale: Locale): RegExp {
  const group = locale === "vi" ? "." : ",";
  const decimal = locale === "vi" ? "," : ".";
  const esc = (s: string) => `\\${s}`;
  // Grouped integers must start with a non-zero digit and use one separator kind
  // throughout, in groups of exactly 3 (so vi "1.34" and "0.123" are rejected
  // rather than silently read as something the user probably did not mean).
  // Capture group 3 (after sign and integer) is the separator; \3 reuses it.
  const grouped = `[1-9]\\d{0,2}(?:([${esc(group)}${SPACE}])\\d{3})(?:\\3\\d{3})*`;
  const integer = `(${grouped}|\\d+)?`;
  // A bare fraction like ",5" (vi) / ".5" (en) is accepted as 0.5; a trailing
  // separator like "5," is not, since it usually means an unfinished entry.
  return new RegExp(`^(-?)${integer}(?:${esc(decimal)}(\\d+))?$`);
}

const PATTERNS: Record<Locale, RegExp> = { vi: numberPattern("vi"), en: numberPattern("en") };

export function parseNumber(text: string, locale: Locale): ParseResult {
  const trimmed = text.replace(new RegExp(`^[\\s${SPACE}]+|[\\s${SPACE}]+$`, "g"), "");
  if (trimmed === "") return { ok: false, error: "empty" };
  const match = PATTERNS[locale].exec(trimmed);
  if (!match) return { ok: false, error: "invalid" };
  const [, sign, intPart, , fraction] = match;
  if (intPart === undefined && fraction === undefined) return { ok: false, error: "invalid" };
  const digits = (intPart ?? "0").replace(/\D/g, "");
  const value = Number(`${sign}${digits}${fraction !== undefined ? `.${fraction}` : ""}`);
  if (!Number.isFinite(value)) return { ok: false, error: "invalid" };
  // Normalise -0 so "-0" and "0" compare equal downstream.
  return { ok: true, value: value === 0 ? 0 : value };
}
