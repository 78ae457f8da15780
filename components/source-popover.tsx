"use client";

import { useCallback, useEffect, useId, useRef, useState, type FocusEvent } from "react";
import { createPortal } from "react-dom";
import type { SourceDetails } from "@/lib/format/source";

type Labels = { button: string; close: string; open: string; quote: string; note: string };
type Position = { top?: number; bottom?: number; left: number; width: number; maxHeight: number };

const MAX_WIDTH = 384;
const MARGIN = 8;

// Rendered into <body> with fixed positioning from the button's rectangle: figures sit in horizontally
// scrolling tables, whose overflow would clip an absolutely positioned popover, and sometimes in text,
// where a block panel would be invalid HTML.
function place(button: HTMLElement): Position {
  const rect = button.getBoundingClientRect();
  const width = Math.min(MAX_WIDTH, window.innerWidth - 2 * MARGIN);
  const left = Math.min(Math.max(MARGIN, rect.left), window.innerWidth - width - MARGIN);
  const below = window.innerHeight - rect.bottom - MARGIN;
  const above = rect.top - MARGIN;
  // Open upwards near the bottom of the screen, where a panel below the button would be cut off.
  return below >= 240 || below >= above
    ? { top: rect.bottom + 4, left, width, maxHeight: below - 4 }
    : { bottom: window.innerHeight - rect.top + 4, left, width, maxHeight: above - 4 };
}

/** A small "source" button beside a figure: hover shows the title, click or Enter opens the details. */
export function SourcePopover({ details, labels, hoverTitle }: { details: SourceDetails; labels: Labels; hoverTitle: string }) {
  const [position, setPosition] = useState<Position | null>(null);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const open = position !== null;

  const close = useCallback((refocus: boolean) => {
    setPosition(null);
    if (refocus) buttonRef.current?.focus();
  }, []);

  // Focus moves into the panel so keyboard users reach its link; Escape brings it back to the button.
  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);

  const onPanelBlur = (e: FocusEvent<HTMLDivElement>) => {
    const next = e.relatedTarget as Node | null;
    if (next && !panelRef.current?.contains(next) && !buttonRef.current?.contains(next)) close(false);
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close(true);
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    const onMove = () => buttonRef.current && setPosition(place(buttonRef.current));
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    window.addEventListener("scroll", onMove, true);
    window.addEventListener("resize", onMove);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      window.removeEventListener("scroll", onMove, true);
      window.removeEventListener("resize", onMove);
    };
  }, [open, close]);

  return (
    <span className="inline-block align-middle">
      <button
        ref={buttonRef}
        type="button"
        aria-label={labels.button}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        title={hoverTitle}
        onClick={() => (open ? close(false) : buttonRef.current && setPosition(place(buttonRef.current)))}
        className="ml-1 inline-flex h-6 min-w-6 items-center justify-center rounded-full border border-line bg-surface px-1.5 text-xs font-semibold text-accent hover:bg-accent-soft"
      >
        <span aria-hidden="true">i</span>
      </button>
      {position &&
        createPortal(
          <div
            ref={panelRef}
            id={id}
            tabIndex={-1}
            onBlur={onPanelBlur}
            role="dialog"
            aria-label={`${labels.button}: ${details.title}`}
            style={position}
            className="fixed z-50 overflow-y-auto rounded-md border border-line bg-surface p-4 text-left text-sm leading-relaxed text-ink shadow-lg"
          >
            <SourceBody details={details} labels={labels} onClose={() => close(true)} />
          </div>,
          document.body,
        )}
    </span>
  );
}

function SourceBody({ details, labels, onClose }: { details: SourceDetails; labels: Labels; onClose: () => void }) {
  return (
    <>
      <p className="font-semibold">{details.title}</p>
      {details.lines.map((line) => (
        <p key={line} className="text-muted">
          {line}
        </p>
      ))}
      {details.attribution && <p className="mt-2 rounded bg-warn-soft p-2 text-warn">{details.attribution}</p>}
      {details.quote && (
        <figure className="mt-2">
          <figcaption className="text-xs uppercase tracking-wide text-muted">{labels.quote}</figcaption>
          <blockquote className="border-l-4 border-line pl-3 italic">“{details.quote}”</blockquote>
        </figure>
      )}
      {details.note && (
        <p className="mt-2">
          <span className="text-muted">{labels.note}: </span>
          {details.note}
        </p>
      )}
      <div className="mt-3 flex items-center justify-between gap-3">
        {details.url ? (
          <a href={details.url} target="_blank" rel="noopener noreferrer" className="underline">
            {labels.open}
          </a>
        ) : (
          <span />
        )}
        <button type="button" onClick={onClose} className="rounded border border-line px-2 py-0.5 hover:bg-accent-soft">
          {labels.close}
        </button>
      </div>
    </>
  );
}
