import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { SyntheticBanner } from "@/components/synthetic-banner";
import { UiTextProvider } from "@/components/ui-text";
import { getI18n } from "@/lib/i18n/server";
import { isSyntheticDatabase } from "@/lib/queries/synthetic-data";
import { siteOrigin } from "@/lib/site-url";
import "@/app/globals.css";

type LayoutProps = { children: ReactNode; params: Promise<{ locale: string }> };

// No page is rendered at build time (there is no database then): each is rendered on request, and the response
// cache in front keeps the public ones until the published generation changes (decision 0016).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: LayoutProps["params"] }): Promise<Metadata> {
  const [{ m }, origin] = await Promise.all([getI18n(params), siteOrigin()]);
  return {
    // The pages' canonical and hreflang links (lib/i18n/alternates.ts) are resolved against it.
    metadataBase: origin,
    title: { default: m.meta.product, template: `%s · ${m.meta.product}` },
    description: m.meta.description,
  };
}

export default async function RootLayout({ children, params }: LayoutProps) {
  const [{ locale, m }, synthetic] = await Promise.all([getI18n(params), isSyntheticDatabase()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-surface focus:p-2">
          {m.nav.skip}
        </a>
        {synthetic && <SyntheticBanner m={m} />}
        <SiteHeader locale={locale} m={m} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <UiTextProvider text={{ error: m.error, required: m.small.required }}>{children}</UiTextProvider>
        </main>
        <footer className="border-t border-line bg-surface print:hidden">
          <p className="mx-auto w-full max-w-6xl px-4 py-5 text-sm text-muted">{m.footer.sources}</p>
        </footer>
      </body>
    </html>
  );
}
