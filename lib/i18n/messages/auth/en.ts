import type { authVi } from "./vi";

export const authEn: typeof authVi = {
  headerLink: "Sign in",
  login: {
    title: "Sign in",
    intro: "For provincial Cooperative Alliance staff, Steering Committee members and administrators. The public pages need no sign-in.",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    required: "Enter your email and password.",
    invalid: "Wrong email or password.",
    rateAccount: "Too many failed sign-ins for this account. Please try again in {minutes} minutes.",
    rateAddress: "Too many failed sign-ins from this address. Please try again in {minutes} minutes.",
    rateAccountGlobal: "This account is locked for now after too many failed sign-ins from many places. Please try again in {minutes} minutes or tell an administrator.",
    failed: "Signing in is not possible right now. Please try again in a few minutes.",
    passwordChanged: "Your password has been changed. Please sign in again with the new password.",
  },
  password: {
    title: "Change password",
    intro: "After the change every session of yours, this one included, ends and you sign in again.",
    current: "Current password",
    next: "New password",
    nextHint: "At least 10 characters, not your email address.",
    confirm: "New password again",
    submit: "Change password",
    submitting: "Saving…",
    failed: "The password was not changed: see the message at each field.",
    unexpected: "Something went wrong; the password was not changed. Please try again.",
  },
};
