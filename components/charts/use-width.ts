"use client";
import { useEffect, useRef, useState } from "react";

/**
 * The width of an element, followed as it changes. Recharts sizes the plot by itself, but the room a chart
 * gives its category names and labels must shrink on a phone, and that is decided before Recharts draws.
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
