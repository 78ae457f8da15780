import { describe, expect, it } from "vitest";
import { loginErrorMessage } from "@/app/[locale]/(auth)/dang-nhap/login-error";
import { authEn } from "@/lib/i18n/messages/auth/en";
import { authVi } from "@/lib/i18n/messages/auth/vi";

describe("the login form's message for each code authorize() throws", () => {
  const vi = authVi.login;
  it.each([
    ["INVALID", vi.invalid],
    ["CredentialsSignin", vi.invalid],
    ["RATE_LIMIT_ACCOUNT:840", vi.rateAccount.replace("{minutes}", "14")],
    ["RATE_LIMIT_ADDRESS:61", vi.rateAddress.replace("{minutes}", "2")],
    ["RATE_LIMIT_ACCOUNT_GLOBAL:3600", vi.rateAccountGlobal.replace("{minutes}", "60")],
    ["UNAVAILABLE", vi.failed],
    ["connect ECONNREFUSED 127.0.0.1:5432", vi.failed],
  ])("%s", (code, text) => {
    expect(loginErrorMessage(code, vi)).toBe(text);
  });
  it("says it in English too", () => {
    expect(loginErrorMessage("RATE_LIMIT_ACCOUNT_GLOBAL:120", authEn.login)).toBe(authEn.login.rateAccountGlobal.replace("{minutes}", "2"));
  });
});
