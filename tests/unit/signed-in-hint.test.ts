import { describe, expect, it } from "vitest";
import { clearSignedInHint, hasSignedInHint, SIGNED_IN_HINT } from "@/lib/auth/signed-in-hint";

describe("the signed-in hint cookie", () => {
  it("is found among other cookies only by its exact name", () => {
    expect(hasSignedInHint(`a=1; ${SIGNED_IN_HINT}=1; b=2`)).toBe(true);
    expect(hasSignedInHint(`${SIGNED_IN_HINT}=1`)).toBe(true);
    expect(hasSignedInHint("")).toBe(false);
    expect(hasSignedInHint(`x-${SIGNED_IN_HINT}=1; next-auth.session-token=abc`)).toBe(false);
  });
  it("is cleared site-wide", () => {
    expect(clearSignedInHint).toBe(`${SIGNED_IN_HINT}=; Path=/; Max-Age=0; SameSite=Lax`);
  });
});
