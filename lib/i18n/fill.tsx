import { Fragment, type ReactNode } from "react";

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills "{name}" placeholders with text. An unknown placeholder stays visible, so a typo shows up in review. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/** Like fill, but a placeholder may become an element (a link inside a translated sentence). */
export function fillNodes(template: string, vars: Record<string, ReactNode>): ReactNode {
  const parts = template.split(PLACEHOLDER);
  // split() with a capture group alternates text and placeholder names: odd indexes are names.
  return parts.map((part, i) =>
    i % 2 === 0 ? part : <Fragment key={i}>{part in vars ? vars[part] : `{${part}}`}</Fragment>,
  );
}
