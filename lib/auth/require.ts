// For pages behind login: the signed-in user, or a redirect to the login page that comes back here afterwards.
// Pages still ask can() for what they show; actions ask again for what they write.
import "server-only";
import { redirect } from "next/navigation";
import type { Locale } from "@/lib/domain/types";
import { localePath } from "@/lib/i18n/paths";
import { currentActor, type SignedInUser } from "./actor";

export async function requireActor(locale: Locale, backTo: string): Promise<SignedInUser> {
  const actor = await currentActor();
  if (!actor) redirect(`${localePath(locale, "/dang-nhap")}?back=${encodeURIComponent(backTo)}`);
  return actor;
}
