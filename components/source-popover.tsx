"use client";

import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type RefObject, type SyntheticEvent } from "react";
import { createPortal } from "react-dom";
import { sourceTitle, type SourceDetails } from "@/lib/format/source-title";

type Labels = { button: string; close: string; open: string; quote: string; note: string; gloss: string };
/** What every button of one source on a page shares: sent with the first of them only (components/figure.tsx). */
export type SharedSource = { details: SourceDetails; labels: Labels };
// quoteLang/noteLang: "vi" for Vietnamese text on an English page; quoteGloss: the quote's English gloss.
type Text = { quote?: string; quoteLang?: "vi"; quoteGloss?: string; note?: string; noteLang?: "vi" };
type Props = { sourceKey: string; label: string; shared?: SharedSource } & Text;
type Position = { top?: number; bottom?: number; left: number; width: number; maxHeight: number };

// Filled as buttons render (every page renders the button that carries a source's details), read when a
// panel opens or a title is shown: by then the whole page has rendered.
const sources = new Map<string, SharedSource>();

function lookup(sourceKey: string, label: string): SharedSource {
  const found = sources.get(sourceKey);
  if (found) return found;
  // A page that never rendered the source's first button: a bug (the end-to-end tests fail on this message).
  console.error(`source ${sourceKey}: details were not sent with the page`);
  return { details: { title: label, lines: [], url: null, attribution: null }, labels: { button: label, close: label, open: label, quote: label, note: label, gloss: label } };
}

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

// The hover text is set when the pointer or focus arrives rather than rendered: pages carry hundreds of these
// buttons, and the same title in each would be most of the page's weight.
function showTitle(e: SyntheticEvent<HTMLButtonElement>, sourceKey: string, label: string) {
  // The plain word ("Nguồn: <article>"): the button's own name already says which figure it is for.
  const { details, labels } = lookup(sourceKey, label);
  if (!e.currentTarget.title) e.currentTarget.title = sourceTitle(details, labels.button);
}

/** A small "source" button beside a figure: hover shows the title, click or Enter opens the details. */
export function SourcePopover({ sourceKey, label, shared, ...text }: Props) {
  if (shared) sources.set(sourceKey, shared);
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
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onPointerEnter={(e) => showTitle(e, sourceKey, label)}
        onFocus={(e) => showTitle(e, sourceKey, label)}
        onClick={() => (open ? close(false) : buttonRef.current && setPosition(place(buttonRef.current)))}
        className="source-button"
      >
        <span aria-hidden="true">i</span>
      </button>
      {position &&
        createPortal(
          <Panel panelRef={panelRef} id={id} onBlur={onPanelBlur} position={position} label={label} shared={lookup(sourceKey, label)} {...text} onClose={() => close(true)} />,
          document.body,
        )}
    </>
  );
}

type PanelProps = {
  panelRef: RefObject<HTMLDivElement | null>;
  id: string;
  onBlur: (e: FocusEvent<HTMLDivElement>) => void;
  position: Position;
  label: string;
  shared: SharedSource;
} & Text & {
  onClose: () => void;
};

function Panel({ panelRef, id, onBlur, position, label, shared, quote, quoteLang, quoteGloss, note, noteLang, onClose }: PanelProps) {
  const { details, labels } = shared;
  return (
    <div
      ref={panelRef}
      id={id}
      tabIndex={-1}
      onBlur={onBlur}
      role="dialog"
      aria-label={`${label}: ${details.title}`}
      style={position}
      className="fixed z-50 overflow-y-auto rounded-md border border-line bg-surface p-4 text-left text-sm leading-relaxed text-ink shadow-lg"
    >
      <p className="font-semibold">{details.title}</p>
      {details.lines.map((line) => (
        <p key={line} className="text-muted">
          {line}
        </p>
      ))}
      {details.attribution && <p className="mt-2 rounded bg-warn-soft p-2 text-warn">{details.attribution}</p>}
      {details.files?.map((f) => (
        <p key={f.href} className="mt-2">
          <a href={f.href} download className="underline">{f.label}</a>
        </p>
      ))}
      {quote && (
        <figure className="mt-2">
          <figcaption className="text-xs uppercase tracking-wide text-muted">{labels.quote}</figcaption>
          <blockquote lang={quoteLang} className="border-l-4 border-line pl-3 italic">“{quote}”</blockquote>
          {quoteGloss && (
            <p className="mt-1 text-muted">
              {labels.gloss}: {quoteGloss}
            </p>
          )}
        </figure>
      )}
      {note && (
        <p className="mt-2">
          <span className="text-muted">{labels.note}: </span>
          <span lang={noteLang}>{note}</span>
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
    </div>
  );
}
