"use server";
// The province's report index: an administrator's four-eyes exception for the province. The service checks
// can(actor, "province:configure") and audits the change; this only passes the form on.
import { refresh } from "next/cache";
import { z } from "zod";
import { slugParam } from "@/lib/api/params";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ServiceError } from "@/lib/services/errors";
import { setSinglePersonApproval } from "@/lib/services/provinces/set-single-person-approval";

const input = z.object({ slug: slugParam, allowed: z.boolean() });

export async function setSinglePersonApprovalAction(raw: unknown): Promise<{ ok: boolean; code?: string }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "INVALID" };
  try {
    await setSinglePersonApproval(db, { actor: await currentActor(), input: parsed.data });
    refresh();
    return { ok: true };
  } catch (err) {
    if (err instanceof ServiceError) return { ok: false, code: err.code };
    console.error("Unexpected error setting single-person approval:", err);
    return { ok: false, code: "INTERNAL" };
  }
}
