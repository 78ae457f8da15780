// End-to-end tests in Debian's Chromium (Playwright cannot download its own browser here) against the
// production build, served by `npm start -- --fresh`: throwaway databases with the demo data.
// Two servers, two databases: the public pages' tests read the demo data as seeded, while the dashboard's tests
// write (approve a report, set a target) on a database of their own; the report form runs after the register so
// that each sees the state it expects.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3199);
const publicURL = `http://localhost:${port}`;
const dashboardURL = `http://localhost:${port + 1}`;

const server = (p: number) => ({
  command: "npx tsx scripts/start.ts --fresh",
  env: { PORT: String(p) },
  url: `http://localhost:${p}/`,
  timeout: 180_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 15_000 },
});

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "reports/playwright.json" }]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "public", testMatch: /(public-pages|charts|summary)\.spec\.ts/, use: { baseURL: publicURL } },
    // Read-only against the public server, plus one server of its own (tests/e2e/own-server.ts).
    { name: "edge", testMatch: /edge\.spec\.ts/, use: { baseURL: publicURL } },
    { name: "auth", testMatch: /auth\.spec\.ts/, use: { baseURL: dashboardURL } },
    { name: "register", testMatch: /register\.spec\.ts/, use: { baseURL: dashboardURL } },
    { name: "report-form", testMatch: /report-form\.spec\.ts/, use: { baseURL: dashboardURL }, dependencies: ["register"] },
  ],
  webServer: [server(port), server(port + 1)],
});
