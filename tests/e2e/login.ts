// Logs in through the real form, as a person would. Other specs import this: keep its signature stable.
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";

/** Signs `email` in on the Vietnamese login page and waits for the dashboard (or `back`, a same-site path). */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD, back?: string): Promise<void> {
  await page.goto(back ? `/dang-nhap?back=${encodeURIComponent(back)}` : "/dang-nhap");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith("/dang-nhap"), { timeout: 15_000 });
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}
