// Who is asking: the signed-in user as the database knows them now, or null. Server components and actions use
// currentActor(); route handlers use actorFromRequest(request).
import "server-only";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { cache } from "react";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authOptions } from "./options";

export interface SignedInUser extends Actor {
  email: string;
  name: string;
  provinceSlug: string | null;
  provinceName: string | null;
}

/** The user behind a token, if the token is still good: not disabled, same session version. */
export async function loadActor(uid: unknown, sv: unknown): Promise<SignedInUser | null> {
  if (typeof uid !== "number") return null;
  const u = await db.user.findUnique({ where: { id: uid }, include: { province: { select: { slug: true, name: true } } } });
  if (!u || u.disabled || u.sessionVersion !== sv) return null;
  return { id: u.id, role: u.role, provinceId: u.provinceId, email: u.email, name: u.name, provinceSlug: u.province?.slug ?? null, provinceName: u.province?.name ?? null };
}

export const currentActor = cache(async (): Promise<SignedInUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: unknown; sv?: unknown } | null;
  return session ? loadActor(session.uid, session.sv) : null;
});

export async function actorFromRequest(request: NextRequest): Promise<SignedInUser | null> {
  const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  return token ? loadActor(token.uid, token.sv) : null;
}
