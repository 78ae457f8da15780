// The report's source document on its form (decision 0040): the citation (number, date, issuer), the attached
// files and the figures' own sources. Whoever may save the draft edits them while it is a draft; whoever may read the report sees them and
// downloads the files.
import { db } from "@/lib/db";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { citationText, fileFacts } from "@/lib/format/citation";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { reportSource, valueSources } from "@/lib/queries/report-source";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { CitationForm } from "./citation-form";
import { RemoveSourceFile } from "./remove-source-file";
import { citeSourceAction, removeSourceFileAction } from "./source-actions";
import { SourceUpload } from "./source-upload";
import { ValueSources } from "./value-sources";

/** `reportId`: the report the page read, null before its first save. */
type Props = { locale: Locale; m: Messages; slug: string; year: number; reportId: number | null; status: ReportStatus | null; editable: boolean };

export async function SourceSection({ locale, m, slug, year, reportId, status, editable }: Props) {
  const t = m.sources;
  const report = reportId === null ? null : { id: reportId, year };
  const [source, values] = report ? await Promise.all([reportSource(db, report.id), valueSources(db, report)]) : [null, []];
  const canEdit = editable && status === "DRAFT" && report !== null;
  const citation = source?.documentNo ? citationText({ documentNo: source.documentNo, publishedOn: source.issuedOn, publisher: source.issuer }, locale, m) : source?.title;
  return (
    <section id="nguon" aria-labelledby="nguon-title" className="space-y-3 rounded border border-line bg-surface p-4">
      <h2 id="nguon-title" className="text-xl font-bold">{t.section.title}</h2>
      <p className="text-sm text-muted">{t.section.intro}</p>
      {citation ? (
        <p data-testid="report-citation"><span className="font-medium">{t.section.current}:</span> <cite className="not-italic">{citation}</cite></p>
      ) : (
        <p>{t.section.none}</p>
      )}
      {editable && report === null && <p className="text-muted">{t.section.saveFirst}</p>}
      {status !== null && status !== "DRAFT" && <p className="text-sm text-muted">{t.section.draftOnly}</p>}
      {canEdit && (
        <CitationForm
          action={citeSourceAction.bind(null, slug, year, locale)} t={t.form}
          current={{ documentNo: source?.documentNo ?? "", issuedOn: source?.issuedOn ? formatDate(source.issuedOn, "vi") : "", issuer: source?.issuer ?? "" }}
        />
      )}
      {source && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t.files.title}</h3>
          {source.files.length === 0 ? <p className="text-muted">{t.files.none}</p> : (
            <ul className="space-y-1">
              {source.files.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center gap-2">
                  <a href={f.url} download className="underline">{f.filename}</a>
                  <span className="text-sm text-muted">({fill(t.files.size, fileFacts(f, locale, m), locale)})</span>
                  {canEdit && <RemoveSourceFile action={removeSourceFileAction.bind(null, slug, year, f.id, locale)} label={fill(t.files.remove, { name: f.filename }, locale)} />}
                </li>
              ))}
            </ul>
          )}
          {canEdit && <SourceUpload locale={locale} url={`/api/v1/provinces/${slug}/reports/${year}/source/files`} t={t.files} />}
        </div>
      )}
      {report && <ValueSources locale={locale} m={m} slug={slug} year={year} values={values} canEdit={canEdit} />}
    </section>
  );
}
