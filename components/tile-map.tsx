// The tile map of Vietnam (decision 0034): one link per province, in the cell lib/domain/tile-grid.ts gives it,
// coloured by a tone the page chose, with its legend. A server component: plain HTML, no script. Each tile's
// accessible name says the province and its figure; the page gives the figures as a table too.
import { gridSize, type TileSet } from "@/lib/domain/tile-grid";
import type { TermVerdict } from "@/lib/domain/tile-scale";
import styles from "./tile-map.module.css";

/** v0…v4: the classes of a value, light to dark; a term's verdict; "none": no figure. */
export type TileTone = "v0" | "v1" | "v2" | "v3" | "v4" | Exclude<TermVerdict, "NO_TERM"> | "none";

export interface MapTile {
  slug: string;
  label: string;
  row: number;
  col: number;
  tone: TileTone;
  /** The tile's accessible name (and tooltip): "Thái Nguyên (TN): 606 HTX". */
  name: string;
  href: string;
  /** The figure carries a flag (lib/domain/flags.ts): marked with * and explained in the legend and table. */
  flagged: boolean;
}

export interface LegendEntry {
  tone: TileTone;
  label: string;
}

/** The tone of class i of k: spread over the five so that two classes never look alike. */
export function valueTone(i: number, k: number): TileTone {
  const at = k <= 1 ? 2 : Math.round((i * 4) / (k - 1));
  return `v${at}` as TileTone;
}

type Props = { set: TileSet; tiles: MapTile[]; legend: LegendEntry[]; label: string; legendTitle: string; flaggedNote: string | null; variant?: "page" | "slide" };

export function TileMap({ set, tiles, legend, label, legendTitle, flaggedNote, variant = "page" }: Props) {
  const { cols } = gridSize(set);
  return (
    <div className={`${styles.map} ${variant === "slide" ? styles.slide : ""}`} data-tiles={tiles.length}>
      <ul aria-label={label} className={styles.grid} style={{ "--cols": cols } as React.CSSProperties}>
        {tiles.map((t) => (
          <li key={t.slug} style={{ gridRow: t.row + 1, gridColumn: t.col + 1 }}>
            <a href={t.href} aria-label={t.name} title={t.name} data-tone={t.tone} data-slug={t.slug}>
              {t.label}
              {t.flagged && <span aria-hidden="true">*</span>}
            </a>
          </li>
        ))}
      </ul>
      <div className={styles.legend}>
        <p className="font-semibold">{legendTitle}</p>
        <ul>
          {legend.map((e) => (
            <li key={e.tone}>
              <span className={styles.swatch} data-tone={e.tone} aria-hidden="true" />
              {e.label}
            </li>
          ))}
          {flaggedNote && <li>{flaggedNote}</li>}
        </ul>
      </div>
    </div>
  );
}
