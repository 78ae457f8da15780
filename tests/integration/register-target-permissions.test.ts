// The register's and the targets' mutations × every role × own and another province: allowed or refused, and a
// refused call changes nothing (the report actions have their own matrix in report-permissions.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { ServiceError } from "@/lib/services/errors";
import { dissolveUnit } from "@/lib/services/register/dissolve-unit";
import { createUnit, updateUnit } from "@/lib/services/register/save-unit";
import { createTerm } from "@/lib/services/targets/create-term";
import { deleteTarget } from "@/lib/services/targets/delete-target";
import { saveTarget } from "@/lib/services/targets/save-target";
import { freshDemoDb, sql } from "@/tests/support/db";
import { makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
let actors: Record<string, Actor>;
let n = 0;

beforeAll(async () => {
  db = await freshDemoDb();
  actors = await makeUsers(db, { admin: ["ADMIN"], committee: ["COMMITTEE"], editor: ["PROVINCE_EDITOR", "thai-nguyen"], approver: ["PROVINCE_APPROVER", "thai-nguyen"] });
});
afterAll(() => db.$disconnect());

const unit = () => ({ name: `HTX thử ${++n}`, type: "HTX", sector: "AGRICULTURE", commune: "Tân Cương", foundedYear: 2015, members: 20 });
const admin = () => actors.admin;
// Each case makes what it acts on (as an admin), then returns the call to try as `actor`.
const cases: Record<string, (slug: string) => Promise<(actor: Actor) => Promise<unknown>>> = {
  "create a unit": async (slug) => (actor) => createUnit(db, { actor, slug, body: unit() }),
  "edit a unit": async (slug) => {
    const { id } = await createUnit(db, { actor: admin(), slug, body: unit() });
    return (actor) => updateUnit(db, { actor, id, body: { ...unit(), members: 99 } });
  },
  "dissolve a unit": async (slug) => {
    const { id } = await createUnit(db, { actor: admin(), slug, body: unit() });
    return (actor) => dissolveUnit(db, { actor, id, body: { year: 2024 } });
  },
  "create a term": async (slug) => {
    const start = 2030 + (++n % 60);
    return (actor) => createTerm(db, { actor, slug, body: { startYear: start, endYear: start + 5 } });
  },
  "set a target": async (slug) => {
    const start = 2030 + (++n % 60);
    await createTerm(db, { actor: admin(), slug, body: { startYear: start, endYear: start + 5 } });
    return (actor) => saveTarget(db, { actor, slug, startYear: start, endYear: start + 5, body: { indicator: "coops_new", kind: "TERM_TOTAL", min: 100 } });
  },
  "delete a target": async (slug) => {
    const start = 2030 + (++n % 60);
    await createTerm(db, { actor: admin(), slug, body: { startYear: start, endYear: start + 5 } });
    const t = (await saveTarget(db, { actor: admin(), slug, startYear: start, endYear: start + 5, body: { indicator: "coops_new", kind: "TERM_TOTAL", min: 100 } })) as { id: number };
    return (actor) => deleteTarget(db, { actor, slug, startYear: start, endYear: start + 5, id: t.id });
  },
};
const expected: Record<string, [boolean, boolean]> = { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] };
const state = () => sql(`SELECT (SELECT md5(coalesce(json_agg(u ORDER BY u.id)::text, '')) FROM "RegisterUnit" u) AS units, (SELECT md5(coalesce(json_agg(t ORDER BY t.id)::text, '')) FROM "Target" t) AS targets, (SELECT count(*) FROM "Term") AS terms, (SELECT count(*) FROM "AuditEntry") AS audits`);

describe("who may change the register and the targets", () => {
  for (const [name, prepare] of Object.entries(cases)) {
    for (const [role, [own, other]] of Object.entries(expected)) {
      for (const [slug, ok] of [["thai-nguyen", own], ["ha-giang", other]] as const) {
        it(`${role} ${ok ? "may" : "may not"} ${name} in ${slug}`, async () => {
          const attempt = await prepare(slug);
          const before = await state();
          if (ok) {
            await attempt(actors[role]);
            expect(await state()).not.toEqual(before);
          } else {
            const err = await attempt(actors[role]).catch((e) => e);
            expect(err).toBeInstanceOf(ServiceError);
            expect((err as ServiceError).code).toBe("FORBIDDEN");
            expect(await state()).toEqual(before);
          }
        });
      }
    }
  }
});
