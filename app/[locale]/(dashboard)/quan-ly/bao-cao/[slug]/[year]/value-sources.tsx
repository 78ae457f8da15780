// The values' own sources in the report's source section (decision 0040): the figures that cite another document
// than the report's, each with a button to go back to the report's; and, while the draft is editable, the form
// that cites one figure's document. Server action forms: they work without JavaScript.
import type { Locale } from "@/lib/domain/types";
import { citationText } from "@/lib/format/citation";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ValueSourceView } from "@/lib/queries/report-source";
import { CitationForm } from "./citation-form";
import { RemoveSourceFile } from "./remove-source-file";
import { citeValueSourceAction, removeValueSourceAction } from "./source-actions";

type Props = { locale: Locale; m: Messages; slug: string; year: number; values: ValueSourceView[]; canEdit: boolean };

export function ValueSources({ locale, m, slug, year, values, canEdit }: Props) {
  const t = m.sources.valueForm;
  const name = (v: ValueSourceView) => (locale === "vi" ? v.nameVi : v.nameEn);
  const cited = values.filter((v) => v.source);
  if (!canEdit && cited.length === 0) return null;
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">{t.listTitle}</h3>
      {cited.length === 0 ? <p className="text-muted">{t.none}</p> : (
        <ul className="space-y-1" data-testid="value-citations">
          {cited.map((v) => {
            const s = v.source!;
            const words = s.documentNo ? citationText({ documentNo: s.documentNo, publishedOn: s.issuedOn, publisher: s.issuer }, locale, m) : s.title;
            return (
              <li key={v.indicator} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{name(v)}:</span> <cite className="not-italic">{words}</cite>
                {canEdit && <RemoveSourceFile action={removeValueSourceAction.bind(null, slug, year, v.indicator, locale)} label={fill(t.remove, { name: name(v) }, locale)} />}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit && (values.length === 0 ? <p className="text-muted">{t.noValues}</p> : (
        <CitationForm
          action={citeValueSourceAction.bind(null, slug, year, locale)} t={t} idPrefix="nguon-chi-tieu" intro={t.intro}
          current={{ documentNo: "", issuedOn: "", issuer: "" }}
          indicator={{ label: t.indicator, options: [{ value: "", label: t.choose }, ...values.map((v) => ({ value: v.indicator, label: name(v) }))] }}
        />
      ))}
    </div>
  );
}
