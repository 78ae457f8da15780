// How a breakdown reads: "district:Đại Từ" → "Đại Từ"; "product:tea" → "chè";
// "sector:agriculture/exemplary" → "nông nghiệp, HTX tiêu biểu". Codes we have no word for fall back to
// the text after the colon, so a new code still shows something readable.
import type { Messages } from "@/lib/i18n/messages";

export function dimensionLabel(dimension: string, m: Messages): string {
  if (dimension === "") return "";
  const colon = dimension.indexOf(":");
  const kind = colon === -1 ? "" : dimension.slice(0, colon);
  const raw = colon === -1 ? dimension : dimension.slice(colon + 1);
  // Place names are proper names: never translated or split.
  if (kind === "district" || kind === "commune") return raw;
  const known = m.dimensions.values as Record<string, string | undefined>;
  return raw
    .split(/[/,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => known[part] ?? part.replace(/[-_]/g, " "))
    .join(", ");
}
