// The tile map's address: /so-sanh's words (?chi-tieu=…&nam=…&ranh-gioi=hien-nay|thoi-diem) and what the tiles
// are coloured by (?to-mau=trang-thai for the current term's results; the indicator by default). A malformed
// value falls back to its default, as on /so-sanh.
import { z } from "zod";
import { parseCompareParams, type CompareParams } from "@/app/[locale]/(public)/so-sanh/params";

export const COLOUR_PARAMS = ["chi-tieu", "trang-thai"] as const;
export type ColourParam = (typeof COLOUR_PARAMS)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const schema = z.object({ "to-mau": z.preprocess(first, z.enum(COLOUR_PARAMS).default("chi-tieu")).catch("chi-tieu") });

export function parseMapParams(raw: Record<string, string | string[] | undefined>): CompareParams & { colour: ColourParam } {
  return { ...parseCompareParams(raw), colour: schema.parse(raw)["to-mau"] };
}
