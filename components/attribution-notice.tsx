import type { Locale } from "@/lib/domain/types";
import { quoteLang } from "@/lib/format/local-text";
import { attributionText } from "@/lib/format/source";
import type { Messages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/queries/shapes";

/**
 * A visible notice, above the figures, for each source whose province we inferred rather than read:
 * the reader must not take an inference for the source's own word.
 */
export function AttributionNotice({ sources, m, locale = "vi" }: { sources: (SourceRef | null)[]; m: Messages; locale?: Locale }) {
  // The article's title is Vietnamese whatever the page's language.
  const [before, after] = m.attribution.source.split("{title}");
  const seen = new Map<string, SourceRef>();
  for (const s of sources) if (s && s.attribution !== "STATED" && !seen.has(s.key)) seen.set(s.key, s);
  if (seen.size === 0) return null;
  return (
    <div className="space-y-2">
      {[...seen.values()].map((s) => (
        <div
          key={s.key}
          role="note"
          className={
            s.attribution === "UNCONFIRMED"
              ? "rounded-md border-l-4 border-alert bg-alert-soft p-3 text-alert"
              : "rounded-md border-l-4 border-warn bg-warn-soft p-3 text-warn"
          }
        >
          <p className={s.attribution === "UNCONFIRMED" ? "font-semibold" : undefined}>
            {attributionText(s, m, locale)}
          </p>
          <p className="text-sm">
            {before}
            <cite lang={quoteLang(locale)} className="not-italic">{s.title}</cite>
            {after}
          </p>
        </div>
      ))}
    </div>
  );
}
