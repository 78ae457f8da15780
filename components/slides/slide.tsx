import type { ReactNode } from "react";
import styles from "./deck.module.css";

/** One slide: a section named by its heading, numbered from 1 (its id is the number, so #3 opens on it). */
export function Slide({ n, children }: { n: number; children: ReactNode }) {
  return (
    <section id={String(n)} data-slide aria-labelledby={`slide-${n}-title`} tabIndex={-1} className={styles.slide}>
      {children}
    </section>
  );
}

export const slideTitleId = (n: number) => `slide-${n}-title`;

/** A deck's first slide's heading: what the deck is (small) above whom it is about. */
export function CoverHeading({ kicker, title }: { kicker: string; title: ReactNode }) {
  return (
    <>
      <p className="text-muted">{kicker}</p>
      <h1 id={slideTitleId(1)} className="text-[2.2em] font-bold leading-tight">
        {title}
      </h1>
    </>
  );
}
