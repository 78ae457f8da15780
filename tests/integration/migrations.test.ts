import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/prisma/migrate";
import { databaseUrl, sql } from "@/tests/support/db";

describe("migrations applied from empty", () => {
  it("records each migration as prisma migrate deploy does", async () => {
    const rows = await sql<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, r] of rows.entries()) {
      expect(r.checksum).toBe(createHash("sha256").update(files[i].sql).digest("hex"));
      expect(r.finished_at).toBeInstanceOf(Date);
      expect(r.applied_steps_count).toBe(1);
      expect(r.rolled_back_at).toBeNull();
    }
  });

  it("creates every table of the domain", async () => {
    const tables = (await sql<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map((r) => r.t);
    expect(tables).toEqual(
      ["AuditEntry", "Indicator", "LoginAttempt", "OutboxMail", "Province", "ProvinceMerge", "PublicGeneration", "RegisterUnit", "ReportComment", "ReportValue", "ReportingDeadline", "Source", "SourceFile", "Target", "Term", "User", "YearlyReport", "_prisma_migrations"],
    );
  });

  it("stores money and percentages as exact decimals", async () => {
    const cols = await sql<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('value', 'high', 'min', 'max') AND table_name <> 'PublicGeneration'`,
    );
    expect(cols.length).toBe(4);
    for (const c of cols) expect(c.data_type, `${c.table_name}.${c.column_name}`).toBe("numeric");
  });

  it("has the indexes the charts read through", async () => {
    const idx = (await sql<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`)).map((r) => r.indexname);
    for (const name of ["YearlyReport_provinceId_year_key", "YearlyReport_year_status_idx", "ReportValue_indicatorId_reportId_idx", "Target_termId_indicatorId_key", "Term_provinceId_startYear_endYear_key", "RegisterUnit_provinceId_type_dissolvedYear_idx"]) {
      expect(idx, name).toContain(name);
    }
  });

  it("applies nothing the second time", async () => {
    expect(await migrate(databaseUrl())).toEqual([]);
  });
});
