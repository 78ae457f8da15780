// fill() formats with next-intl's ICU engine (decision 0021). Every message of both catalogues must read exactly
// as the placeholder replacement it took over from did, and a missing placeholder must stay visible.
import { createElement, isValidElement } from "react";
import { describe, expect, it } from "vitest";
import { fill, fillNodes } from "@/lib/i18n/fill";
import { getMessages } from "@/lib/i18n/messages";

/** The replacement fill() used to be: each "{name}" becomes its value, an unknown one stays. */
const replaced = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));

function strings(o: unknown, out: string[] = []): string[] {
  if (typeof o === "string") out.push(o);
  else if (o && typeof o === "object") for (const v of Object.values(o)) strings(v, out);
  return out;
}

describe("fill on the ICU engine", () => {
  for (const locale of ["vi", "en"] as const) {
    // The UI text; the errors part was written for ICU from the start (quoted braces, `{mb, number}`).
    const { errors: _errors, ...ui } = getMessages(locale);
    // Messages written for ICU since (plural, select) are checked on their own below.
    const icu = /\{\w+, (plural|select|selectordinal),/;
    const templates = strings(ui).filter((s) => s.includes("{") && !icu.test(s));
    it(`words every ${locale} message with placeholders as before (${templates.length} messages)`, () => {
      expect(templates.length).toBeGreaterThan(100);
      for (const template of templates) {
        const names = [...template.matchAll(/\{(\w+)\}/g)].map(([, n]) => n);
        // Numbers as well as text: a plain {n} is the number as it is, never regrouped ("1234", not "1.234").
        const vars = Object.fromEntries(names.map((n, i) => [n, i % 2 ? 1234.5 : `«${n}»`]));
        expect(fill(template, vars, locale)).toBe(replaced(template, vars));
      }
    });
  }

  it("words plurals in the page's language (messages written for ICU, such as the trends' summaries)", () => {
    const years = "{n, plural, one {# year} other {# years}} with figures";
    expect(fill(years, { n: 1 }, "en")).toBe("1 year with figures");
    expect(fill(years, { n: 16 }, "en")).toBe("16 years with figures");
    expect(fill("{n, plural, other {# năm có số liệu}}", { n: 16 }, "vi")).toBe("16 năm có số liệu");
  });

  it("leaves a placeholder it has no value for visible, and text without one untouched", () => {
    expect(fill("{missing} và {n}", { n: 2 })).toBe("{missing} và 2");
    expect(fill("Không có gì để điền.", {})).toBe("Không có gì để điền.");
  });

  it("formats a number argument in the page's language", () => {
    expect(fill("{mb, number} MB", { mb: 1.5 }, "vi")).toBe("1,5 MB");
    expect(fill("{mb, number} MB", { mb: 1.5 }, "en")).toBe("1.5 MB");
  });

  it("puts elements into a sentence, each keyed", () => {
    const link = createElement("a", { href: "/x" }, "Hà Nội");
    const parts = fillNodes("Sáp nhập vào {target} từ {date}.", { target: link, date: "01/07/2025" }) as unknown[];
    expect(parts.filter((p) => typeof p === "string").join("")).toBe("Sáp nhập vào  từ 01/07/2025.");
    const elements = parts.filter(isValidElement);
    expect(elements).toHaveLength(1);
    expect(elements[0].key).not.toBeNull();
  });
});
