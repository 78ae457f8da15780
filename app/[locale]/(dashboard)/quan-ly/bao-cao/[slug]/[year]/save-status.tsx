"use client";
// Where the draft stands: saving, saved at what time, not yet saved, or why the last save failed (the inputs
// stay as typed), announced politely to screen readers.
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { SaveState } from "./use-report-draft";

/** "14:05": the same in both languages, without depending on the browser's ICU data. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

interface Props {
  save: SaveState;
  dirty: boolean;
  invalid: boolean;
  version: number;
  keptLocally: boolean | null;
  locale: Locale;
  t: Messages["reportForm"];
}

export function SaveStatus({ save, dirty, invalid, version, keptLocally, t }: Props) {
  const s = t.state;
  let text = "";
  if (save.kind === "saving") text = s.saving;
  else if (save.kind === "failed") text = save.message;
  else if (invalid) text = s.invalid;
  else if (dirty) text = s.unsaved;
  else if (save.kind === "saved") text = fill(s.savedAt, { time: clockTime(save.at) });
  const local = keptLocally === false ? s.noLocal : save.kind === "failed" && keptLocally ? s.keptLocally : "";
  return (
    <>
      {version > 0 && <span className="text-sm text-muted">{fill(t.version, { version })}</span>}
      <p role="status" aria-live="polite" className={save.kind === "failed" ? "font-medium text-alert" : "text-muted"} data-testid="save-status">
        {text} {local}
      </p>
    </>
  );
}
