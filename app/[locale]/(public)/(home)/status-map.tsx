import Link from "next/link";
import { TileMap } from "@/components/tile-map";
import { statusMap } from "@/lib/charts/tile-map";
import { TILE_GRID } from "@/lib/domain/tile-grid";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { getProvinceIndex } from "@/lib/queries/province-index";
import type { PublicSummary } from "@/lib/queries/summary";

/** Today's provinces on the tile map, coloured by their current term's results (the table above says the same). */
export async function StatusMap({ terms, locale, m }: { terms: PublicSummary["terms"]; locale: Locale; m: Messages }) {
  const index = await getProvinceIndex();
  const provinces = index.current.filter((p) => TILE_GRID["34"].has(p.slug));
  const map = statusMap(provinces, terms, "34", locale, m);
  const title = fill(m.map.statusTitle, { n: provinces.length });
  return (
    <section aria-labelledby="ban-do-nhiem-ky" className="space-y-4">
      <h2 id="ban-do-nhiem-ky" className="text-2xl font-bold tracking-tight">{title}</h2>
      <TileMap set={map.set} tiles={map.tiles} legend={map.legend} label={fill(m.map.mapLabel, { title })} legendTitle={m.map.legend} flaggedNote={null} />
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={localePath(locale, "/ban-do")} className="font-semibold">{m.map.title} →</Link>
        <Link href={localePath(locale, "/trinh-chieu")} className="font-semibold">{m.map.present} →</Link>
      </p>
    </section>
  );
}
