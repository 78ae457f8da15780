// End-to-end tests in Chromium (found or unpacked by tests/support/browser.ts, decision 0019) against the
// production build, served by `npm start -- --fresh`: throwaway databases with the demo data.
// Two servers, two databases: the public pages' tests read the demo data as seeded, while the dashboard's tests
// write (approve a report, set a target) on a database of their own; the report form runs after the register so
// that each sees the state it expects.
import { chromium, defineConfig, devices } from "@playwright/test";
import { chromiumForTests } from "./tests/support/browser";

const browser = await chromiumForTests(() => chromium.executablePath());

const port = Number(process.env.E2E_PORT ?? 3199);
const publicURL = `http://localhost:${port}`;
const dashboardURL = `http://localhost:${port + 1}`;

const server = (p: number) => ({
  command: "npx tsx scripts/start.ts --fresh",
  // The request log (a JSON line per request) would bury the test output: warnings and errors only.
  env: { PORT: String(p), LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
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
      executablePath: browser.executablePath,
      env: { ...process.env, ...browser.env },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "public", testMatch: /(public-pages|charts|chart-files|summary|find-your-way|public-html|public-axe|honest|presentation|meeting-pack|tile-map|trends)\.spec\.ts/, use: { baseURL: publicURL } },
    // Read-only against the public server, plus one server of its own (tests/e2e/own-server.ts).
    { name: "edge", testMatch: /edge\.spec\.ts/, use: { baseURL: publicURL } },
    // Two servers of its own behind nginx (deploy/htx.conf); skipped without nginx.
    { name: "nginx", testMatch: /nginx\.spec\.ts/ },
    // Two servers of its own on one Postgres: approvals reach both at once (decision 0016); skipped without DATABASE_URL.
    { name: "publishing", testMatch: /publishing\.spec\.ts/ },
    // `npm start -- --synthetic` of its own, on an embedded database in a temporary folder (decision 0031).
    { name: "synthetic", testMatch: /synthetic-demo\.spec\.ts/ },
    // A server of its own with SMTP_URL on a real SMTP server in the test (decision 0038).
    { name: "mail", testMatch: /mail\.spec\.ts/ },
    { name: "auth", testMatch: /auth\.spec\.ts/, use: { baseURL: dashboardURL } },
    { name: "register", testMatch: /register\.spec\.ts/, use: { baseURL: dashboardURL } },
    { name: "report-form", testMatch: /report-form\.spec\.ts/, use: { baseURL: dashboardURL }, dependencies: ["register"] },
    // A report's source document, cited and attached, then on the public page (decision 0040): Thái Nguyên 2019–2020 only.
    { name: "sources", testMatch: /report-sources\.spec\.ts/, use: { baseURL: dashboardURL } },
    // Two people on one report (decision 0041) and the official indicator set on the form: Hà Giang's 2004 and 2005 only.
    { name: "conflicts", testMatch: /conflicts\.spec\.ts/, use: { baseURL: dashboardURL } },
    // A report's thread, explanations, the submission checklist and confirmations (decision 0039): Thái Nguyên 2015–2016 only.
    { name: "comments", testMatch: /report-comments\.spec\.ts/, use: { baseURL: dashboardURL } },
    // The national progress board and the due days: reads the dashboard's database, sets only 2019's due day.
    { name: "progress-board", testMatch: /progress-board\.spec\.ts/, use: { baseURL: dashboardURL } },
    // axe on every dashboard page for each role, and issue 12's smaller asks; after the register's tests (a unit's page exists).
    { name: "dashboard-axe", testMatch: /(dashboard-axe|smaller-things)\.spec\.ts/, use: { baseURL: dashboardURL }, dependencies: ["register"] },
  ],
  webServer: [server(port), server(port + 1)],
});
