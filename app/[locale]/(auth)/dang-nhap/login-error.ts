// next-auth hands back the error our authorize() threw (lib/auth/options.ts): INVALID, or
// RATE_LIMIT_ACCOUNT:<seconds> / RATE_LIMIT_ADDRESS:<seconds>. This turns it into the sentence to show.
export interface LoginErrorText {
  invalid: string;
  rateAccount: string;
  rateAddress: string;
  failed: string;
}

export function loginErrorMessage(code: string, t: LoginErrorText): string {
  const rate = /^RATE_LIMIT_(ACCOUNT|ADDRESS):(\d+)$/.exec(code);
  if (rate) {
    const minutes = String(Math.max(1, Math.ceil(Number(rate[2]) / 60)));
    return (rate[1] === "ACCOUNT" ? t.rateAccount : t.rateAddress).replace("{minutes}", minutes);
  }
  // CredentialsSignin is next-auth's own word for a refused login when the reason is lost on the way.
  if (code === "INVALID" || code === "CredentialsSignin") return t.invalid;
  return t.failed;
}
