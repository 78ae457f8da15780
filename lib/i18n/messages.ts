import type { Locale } from "@/lib/domain/types";
import { en } from "./messages/en";
import { vi } from "./messages/vi";

/** The shape of the UI text, taken from vi.ts (the source of truth). */
export type Messages = typeof vi;

const CATALOGUES: Record<Locale, Messages> = { vi, en };

export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale];
}
