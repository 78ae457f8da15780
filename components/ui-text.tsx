"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { vi } from "@/lib/i18n/messages/vi";

// The few strings client-only boundaries need (error.tsx cannot read the locale cookie on the server).
// The layout passes them in for the visitor's locale; vi (the default locale) is only the fallback.
export type UiText = { error: Messages["error"] };

const UiTextContext = createContext<UiText>({ error: vi.error });

export function UiTextProvider({ text, children }: { text: UiText; children: ReactNode }) {
  return <UiTextContext.Provider value={text}>{children}</UiTextContext.Provider>;
}

export function useUiText(): UiText {
  return useContext(UiTextContext);
}
