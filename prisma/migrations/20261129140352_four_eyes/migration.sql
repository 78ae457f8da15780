-- AlterTable
ALTER TABLE "Province" ADD COLUMN     "singlePersonApproval" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "YearlyReport" ADD COLUMN     "lastEditedById" INTEGER;

-- AddForeignKey
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_lastEditedById_fkey" FOREIGN KEY ("lastEditedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Who saved each existing report last, from the audit log (saves and imports are audited as create/save):
-- the four-eyes rule then holds for reports already in progress when this migration runs.
UPDATE "YearlyReport" r SET "lastEditedById" = a."actorId"
FROM (
  SELECT DISTINCT ON ("entityId") "entityId", "actorId" FROM "AuditEntry"
  WHERE "entity" = 'YearlyReport' AND "action" IN ('create', 'save')
  ORDER BY "entityId", "at" DESC, "id" DESC
) a
WHERE a."entityId" = r."id"::text AND r."lastEditedById" IS NULL;
