// next-auth hands back the error our authorize() threw (lib/auth/authorize.ts): INVALID, UNAVAILABLE, or
// RATE_LIMIT_ACCOUNT|ADDRESS|ACCOUNT_GLOBAL:<seconds>. This turns it into the sentence to show.
export interface LoginErrorText {
  invalid: string;
  rateAccount: string;
  rateAddress: string;
  rateAccountGlobal: string;
  failed: string;
}

export function loginErrorMessage(code: string, t: LoginErrorText): string {
  const rate = /^RATE_LIMIT_(ACCOUNT_GLOBAL|ACCOUNT|ADDRESS):(\d+)$/.exec(code);
  if (rate) {
    const minutes = String(Math.max(1, Math.ceil(Number(rate[2]) / 60)));
    const texts = { ACCOUNT: t.rateAccount, ADDRESS: t.rateAddress, ACCOUNT_GLOBAL: t.rateAccountGlobal };
    return texts[rate[1] as keyof typeof texts].replace("{minutes}", minutes);
  }
  // CredentialsSignin is next-auth's own word for a refused login when the reason is lost on the way.
  if (code === "INVALID" || code === "CredentialsSignin") return t.invalid;
  // UNAVAILABLE (the database could not be asked) and anything else: try again later, nothing more.
  return t.failed;
}
