import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { PlainFlags, ProvinceName } from "@/lib/queries/compare-shapes";
import type { FigureValue } from "@/lib/queries/shapes";

type Tone = "neutral" | "warn";

const TONES: Record<Tone, string> = {
  neutral: "border-line bg-accent-soft text-ink",
  warn: "border-warn/40 bg-warn-soft text-warn",
};

export function Badge({ label, help, tone = "neutral" }: { label: string; help?: string; tone?: Tone }) {
  return (
    <span title={help} className={`badge ${TONES[tone]}`}>
      {label}
    </span>
  );
}

/** What a reader must know before trusting a figure: computed by us, estimated, or open to two readings. */
export function FlagBadges({ v, m }: { v: FigureValue; m: Messages }) {
  const f = m.flags;
  const credit =
    v.includesCreditFunds === null ? null : v.includesCreditFunds ? f.creditIn : f.creditOut;
  if (!v.derived && !v.estimate && !v.ambiguous && !credit) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {v.derived && <Badge label={f.derived} help={f.derivedHelp} />}
      {v.estimate && <Badge label={f.estimate} help={f.estimateHelp} />}
      {v.ambiguous && <Badge label={f.ambiguous} help={f.ambiguousHelp} tone="warn" />}
      {credit && <Badge label={credit} help={f.creditHelp} />}
    </span>
  );
}

/**
 * The flags a total or average inherits from the figures it is made of (a national card, a merged province):
 * a badge each, and a sentence saying whose figure carries it, so that the weakest input is never hidden.
 */
export function InheritedFlagBadges({ flags, m }: { flags: PlainFlags; m: Messages }) {
  const f = m.flags;
  const i = f.inherited;
  const names = (list: ProvinceName[]) => list.map((p) => p.name).join(", ");
  const rows = [
    flags.from.unconfirmed.length > 0 && { key: "unconfirmed", label: i.unconfirmed, tone: "warn" as const, text: fill(i.unconfirmedText, { names: names(flags.from.unconfirmed) }) },
    flags.from.inferred.length > 0 && { key: "inferred", label: i.inferred, tone: "neutral" as const, text: fill(i.inferredText, { names: names(flags.from.inferred) }) },
    flags.ambiguous && { key: "ambiguous", label: f.ambiguous, tone: "warn" as const, text: fill(i.ambiguousText, { names: names(flags.from.ambiguous) }) },
    flags.estimate && { key: "estimate", label: f.estimate, tone: "neutral" as const, text: fill(i.estimateText, { names: names(flags.from.estimate) }) },
    flags.derived && { key: "derived", label: f.derived, tone: "neutral" as const, text: fill(i.derivedText, { names: names(flags.from.derived) }) },
  ].filter((r) => !!r);
  if (!rows.length) return null;
  return (
    <span className="flex flex-col gap-1" data-flags={rows.map((r) => r.key).join(" ")}>
      <span className="inline-flex flex-wrap gap-1">
        {rows.map((r) => (
          <Badge key={r.key} label={r.label} help={r.text} tone={r.tone} />
        ))}
      </span>
      {rows.map((r) => (
        <span key={r.key} className="text-xs text-muted">
          {r.text}
        </span>
      ))}
    </span>
  );
}
