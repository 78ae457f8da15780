"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { clearSignedInHint } from "@/lib/auth/signed-in-hint";

/** Ends the session (next-auth's signout, with its CSRF token) and goes to the home page. */
export function LogoutButton({ label, home }: { label: string; home: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        document.cookie = clearSignedInHint;
        void signOut({ callbackUrl: home });
      }}
      className="rounded border border-line px-3 py-1 text-sm hover:bg-accent-soft disabled:opacity-60"
    >
      {label}
    </button>
  );
}
