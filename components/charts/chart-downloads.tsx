"use client";
// The buttons under a chart that save it as PNG or SVG and its table as CSV or XLSX (decision 0036). The files
// are made in the browser from what the frame shows, by chart-files.ts, which is loaded on the first press: the
// page carries only these buttons. Without JavaScript they are not shown (the table is on the page to copy).
import { useRef, useState } from "react";
import type { Locale } from "@/lib/domain/types";
import type { FileKind } from "./chart-files";

export type ChartDownloadText = { label: string; names: Record<FileKind, string>; failed: string; note: string };

type Props = { name: string; title: string; locale: Locale; picture: boolean; text: ChartDownloadText };

export function ChartDownloads({ name, title, locale, picture, text }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState<FileKind | null>(null);
  const [failed, setFailed] = useState(false);
  const kinds: FileKind[] = picture ? ["png", "svg", "csv", "xlsx"] : ["csv", "xlsx"];

  async function download(kind: FileKind) {
    const figure = ref.current?.closest("figure");
    if (!figure) return;
    setBusy(kind);
    setFailed(false);
    try {
      const { downloadChartFile } = await import("./chart-files");
      await downloadChartFile({ kind, figure, name, title, locale, noteWord: text.note });
    } catch (error) {
      console.warn("chart download failed", error);
      setFailed(true);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div ref={ref} className="chart-downloads flex flex-wrap items-center gap-2 text-sm print:hidden">
      <span className="text-muted">{text.label}:</span>
      {kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          aria-label={text.names[kind]}
          aria-busy={busy === kind}
          disabled={busy !== null}
          onClick={() => void download(kind)}
          className="rounded border border-line bg-surface px-2 py-0.5 font-semibold text-accent hover:bg-accent-soft disabled:opacity-60"
        >
          {kind.toUpperCase()}
        </button>
      ))}
      <span role="status" className="text-muted">
        {failed ? text.failed : ""}
      </span>
    </div>
  );
}
