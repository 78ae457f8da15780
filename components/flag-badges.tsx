import type { Messages } from "@/lib/i18n/messages";
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
