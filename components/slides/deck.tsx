"use client";
// The deck's keys, address and controls (decision 0032). The slides are server-rendered children, each a
// <section data-slide>; this only marks which one is shown (data-active), keeps the slide number in the address
// (#3, replaced, not pushed: Back leaves the presentation) and says "Trang 3/12" in a live region.
// Without JavaScript none of this runs and the slides are simply stacked (deck.module.css).
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import styles from "./deck.module.css";

export type DeckText = { deck: string; controls: string; previous: string; previousShort: string; next: string; nextShort: string; fullScreen: string; exit: string };

type Props = { total: number; counters: string[]; exitHref: string; text: DeckText; banner: string | null; children: ReactNode };

const slideFromHash = (total: number) => {
  const n = Number(window.location.hash.slice(1));
  return Number.isInteger(n) && n >= 1 && n <= total ? n : 1;
};

function toggleFullScreen() {
  // Refused without a user gesture or where the page may not go full screen: nothing to do then.
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  else document.documentElement.requestFullscreen?.().catch(() => {});
}

export function Deck({ total, counters, exitHref, text, banner, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [current, setCurrent] = useState<number | null>(null);
  const focusNext = useRef(false);

  const go = useCallback(
    (n: number, focus: boolean) => {
      const k = Math.min(Math.max(1, n), total);
      focusNext.current = focus;
      setCurrent(k);
      window.history.replaceState(window.history.state, "", `#${k}`);
    },
    [total],
  );

  useEffect(() => {
    const fromHash = () => setCurrent(slideFromHash(total));
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [total]);

  useEffect(() => {
    if (current === null || !ref.current) return;
    const slides = ref.current.querySelectorAll<HTMLElement>("[data-slide]");
    slides.forEach((s, i) => s.toggleAttribute("data-active", i === current - 1));
    // After a key, the slide takes the focus (a screen reader reads it; stacked, the page scrolls to it).
    if (focusNext.current) slides[current - 1]?.focus();
    focusNext.current = false;
  }, [current]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      const n = current ?? 1;
      switch (e.key) {
        case "ArrowRight":
        case "PageDown":
          go(n + 1, true);
          break;
        case "ArrowLeft":
        case "PageUp":
          go(n - 1, true);
          break;
        case " ":
          // Space on a button or link presses it.
          if (target?.closest("button, a")) return;
          go(e.shiftKey ? n - 1 : n + 1, true);
          break;
        case "Home":
          go(1, true);
          break;
        case "End":
          go(total, true);
          break;
        case "f":
        case "F":
          toggleFullScreen();
          break;
        case "Escape":
          // In full screen the browser takes Esc itself; this is the case where it reaches the page.
          if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
          else router.push(exitHref);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [current, go, total, exitHref, router]);

  const n = current ?? 0;
  return (
    <div ref={ref} className={styles.deck} data-current={current ?? undefined}>
      <div className={styles.slides} aria-label={text.deck} role="region">
        {children}
      </div>
      <nav className={styles.bar} aria-label={text.controls}>
        {banner && <p className="font-semibold text-warn">{banner}</p>}
        <button type="button" onClick={() => go(n - 1, false)} disabled={n <= 1} aria-label={text.previous}>
          ← {text.previousShort}
        </button>
        <p className={styles.counter} aria-live="polite" aria-atomic="true">
          {counters[n - 1] ?? ""}
        </p>
        <button type="button" onClick={() => go(n + 1, false)} disabled={n === 0 || n >= total} aria-label={text.next}>
          {text.nextShort} →
        </button>
        <button type="button" onClick={toggleFullScreen}>
          {text.fullScreen}
        </button>
        <a href={exitHref}>{text.exit}</a>
      </nav>
    </div>
  );
}
