-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('RETURN', 'REOPEN', 'REPLY', 'NOTE');

-- AlterTable
ALTER TABLE "ReportValue" ADD COLUMN     "explanation" VARCHAR(2000);

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "documentNo" VARCHAR(100);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" VARCHAR(2) NOT NULL DEFAULT 'vi';

-- AlterTable
ALTER TABLE "YearlyReport" ADD COLUMN     "sourceId" INTEGER;

-- CreateTable
CREATE TABLE "ReportComment" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "kind" "CommentKind" NOT NULL,
    "indicatorCode" VARCHAR(64),
    "parentId" INTEGER,
    "authorId" INTEGER,
    "body" VARCHAR(2000) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(6),
    "resolvedById" INTEGER,

    CONSTRAINT "ReportComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceFile" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "mediaType" VARCHAR(120) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingDeadline" (
    "year" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "updatedById" INTEGER,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "ReportingDeadline_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" BIGSERIAL NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "dedupeKey" VARCHAR(200) NOT NULL,
    "toAddress" VARCHAR(254) NOT NULL,
    "locale" VARCHAR(2) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text" TEXT NOT NULL,
    "reportId" INTEGER,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(6),
    "lastError" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportComment_reportId_createdAt_idx" ON "ReportComment"("reportId", "createdAt");

-- CreateIndex
CREATE INDEX "ReportComment_parentId_idx" ON "ReportComment"("parentId");

-- CreateIndex
CREATE INDEX "SourceFile_sourceId_idx" ON "SourceFile"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMail_sentAt_nextAttemptAt_idx" ON "OutboxMail"("sentAt", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "YearlyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ReportComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceFile" ADD CONSTRAINT "SourceFile_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceFile" ADD CONSTRAINT "SourceFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingDeadline" ADD CONSTRAINT "ReportingDeadline_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Bounds the services check with zod too (decision 0013): the database refuses what slips past them.
ALTER TABLE "User" ADD CONSTRAINT "User_locale_check" CHECK ("locale" IN ('vi', 'en'));
ALTER TABLE "SourceFile" ADD CONSTRAINT "SourceFile_size_check" CHECK ("size" > 0 AND "size" <= 10485760 AND octet_length("content") = "size");
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_body_check" CHECK (length(btrim("body")) >= 1);
ALTER TABLE "ReportingDeadline" ADD CONSTRAINT "ReportingDeadline_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
