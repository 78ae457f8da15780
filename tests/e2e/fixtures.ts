// Every e2e test fails on a browser console error, an uncaught page error, or a failed sub-resource.
// A test that expects an error status for the page itself says so with `allowStatus`.
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ consoleErrors: string[]; allowStatus: number[] }>({
  allowStatus: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowStatus }, use) => {
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() !== "error") return;
        // Chromium logs every 4xx/5xx response as a console error; the response handler below names the URL.
        if (m.text().startsWith("Failed to load resource")) return;
        errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("response", (r) => {
        const isPage = r.request().isNavigationRequest();
        if (r.status() >= 400 && !(isPage && allowStatus.includes(r.status()))) errors.push(`${r.status()} ${r.url()}`);
      });
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
