// The national progress board (/quan-ly/tien-do and /quan-ly/tien-do/{year}): every province of the year, its
// reports of the recent years, the filters and the downloads. For ADMIN and COMMITTEE (can "progress:read");
// anyone else gets a refusal with the page's heading and no data.
import { Refused } from "@/components/dashboard/refused";
import { DashboardTable } from "@/components/dashboard/table";
import { TableScroll } from "@/components/table-scroll";
import { can } from "@/lib/authz";
import { formatDate } from "@/lib/domain/dates";
import { currentReportYear } from "@/lib/domain/deadlines";
import { parseRegion } from "@/lib/domain/regions";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { filterBoard, parseStateFilter, summarise, type BoardRow } from "@/lib/queries/board-shape";
import { progressBoard } from "@/lib/queries/progress-board";
import { DEADLINE_YEARS } from "@/lib/validation/deadline";
import { signedInPage } from "@/app/[locale]/(dashboard)/page-start";
import { BoardCell } from "./board-cell";
import { BoardFilters, type BoardFilterValues } from "./board-filters";

export type BoardSearch = Partial<Record<keyof BoardFilterValues, string | string[]>>;
type Props = { params: Promise<{ locale: string }>; search: BoardSearch; year: number | null };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** A year of the address (?nam= or /{year}), within the due days' bounds; null for anything else. */
export function boardYearParam(v: string | undefined): number | null {
  const n = /^\d{4}$/.test(v ?? "") ? Number(v) : NaN;
  return n >= DEADLINE_YEARS.min && n <= DEADLINE_YEARS.max ? n : null;
}

export async function BoardPage({ params, search, year: pathYear }: Props) {
  const values: BoardFilterValues = { nam: one(search.nam), vung: one(search.vung), "trang-thai": one(search["trang-thai"]) };
  const year = pathYear ?? boardYearParam(values.nam) ?? currentReportYear();
  const { locale, m, actor } = await signedInPage(params, pathYear ? `/quan-ly/tien-do/${pathYear}` : "/quan-ly/tien-do");
  const t = m.progressBoard;
  if (!can(actor, "progress:read", { provinceId: null })) {
    return <Refused title={t.title} text={t.forbidden} />;
  }
  const board = await progressBoard(db, year);
  const region = parseRegion(values.vung);
  const state = parseStateFilter(values["trang-thai"]);
  const rows = filterBoard(board.rows, { region, state });
  const summary = summarise(board.rows);
  const c = summary.counts;
  const base = localePath(locale, "/quan-ly/tien-do");
  const filterQuery = new URLSearchParams([...(region ? [["vung", region]] : []), ...(state ? [["trang-thai", values["trang-thai"]]] : [])]);
  const fileHref = (format: string) => `/api/v1/progress/${year}?${new URLSearchParams([["format", format], ...(locale === "en" ? [["lang", "en"]] : []), ...filterQuery])}`;
  const reportHref = (slug: string, y?: number) => localePath(locale, `/quan-ly/bao-cao/${slug}${y ? `/${y}` : ""}`);
  const [from, to] = [board.years[0], board.years[board.years.length - 1]];

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{fill(t.titleYear, { year })}</h1>
      <p className="text-muted">{fill(t.intro, { year })}</p>
      <p>
        {fill(t.due, { year, date: formatDate(board.deadlines.get(year)!, locale) })}{" "}
        {can(actor, "deadline:set", { provinceId: null }) && <a href={localePath(locale, "/quan-ly/tien-do/han-nop")}>{t.deadlinesLink}</a>}
      </p>
      <p className="font-medium" data-testid="board-summary">
        {fill(t.summary, { year, provinces: summary.provinces, submitted: c.submitted, approved: c.approved, returned: c.returned, draft: c.draft, none: c.none, late: summary.late })}
      </p>
      <BoardFilters action={base} values={{ ...values, nam: String(year) }} yearBounds={DEADLINE_YEARS} t={t} />
      {(region || state) && <p role="status">{fill(t.shown, { shown: rows.length, all: board.rows.length })}</p>}
      <p>
        {t.downloads} <a href={fileHref("xlsx")} download>{t.downloadXlsx}</a>{" · "}<a href={fileHref("csv")} download>{t.downloadCsv}</a>
      </p>
      {rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <TableScroll label={t.scrollLabel}>
          <DashboardTable<BoardRow>
            caption={fill(t.caption, { from, to })}
            className="text-sm"
            data-testid="progress-board"
            rows={rows}
            rowKey={(r) => r.slug}
            rowAttributes={(r) => ({ "data-province": r.slug })}
            columns={[
              {
                header: t.colProvince,
                className: "min-w-36",
                cell: (r) => (
                  <>
                    <a href={reportHref(r.slug)} aria-label={fill(t.openProvince, { province: r.name })} className="font-semibold">{r.name}</a>
                    <span className="block text-xs text-muted">{t.regions[r.region ?? "none"]}</span>
                  </>
                ),
              },
              // Newest first: the chosen year stays in view when the table scrolls inside its box.
              ...[...board.years.entries()].reverse().map(([i, y]) => ({
                header: String(y),
                className: "min-w-36",
                cell: (r: BoardRow) => <BoardCell cell={r.cells[i]} href={reportHref(r.slug, y)} province={r.name} locale={locale} t={t} />,
              })),
            ]}
          />
        </TableScroll>
      )}
    </section>
  );
}
