"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { vi } from "@/lib/i18n/messages/vi";

// The few strings client-only boundaries need: error.tsx is a client component and cannot load the catalogue on
// the server. The layout passes them in for the locale of the page's URL; vi (the default locale) is only the
// fallback.
export type UiText = { error: Messages["error"]; required: Messages["small"]["required"] };

const UiTextContext = createContext<UiText>({ error: vi.error, required: vi.small.required });

export function UiTextProvider({ text, children }: { text: UiText; children: ReactNode }) {
  return <UiTextContext.Provider value={text}>{children}</UiTextContext.Provider>;
}

export function useUiText(): UiText {
  return useContext(UiTextContext);
}

/** Above a form with required fields: what their mark means (components/dashboard/field.tsx draws it). */
export function RequiredLegend() {
  return <p className="text-sm text-muted">{useUiText().required.legend}</p>;
}
