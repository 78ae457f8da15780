import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { UiTextProvider } from "@/components/ui-text";
import { getI18n } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return {
    title: { default: m.meta.product, template: `%s · ${m.meta.product}` },
    description: m.meta.description,
  };
}

// Reads the locale cookie, so every page renders per request: nothing here touches the database at build time.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, m } = await getI18n();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-surface focus:p-2">
          {m.nav.skip}
        </a>
        <SiteHeader locale={locale} m={m} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <UiTextProvider text={{ error: m.error, loading: m.loading }}>{children}</UiTextProvider>
        </main>
        <footer className="border-t border-line bg-surface">
          <p className="mx-auto w-full max-w-6xl px-4 py-5 text-sm text-muted">{m.footer.sources}</p>
        </footer>
      </body>
    </html>
  );
}
