-- CreateEnum
CREATE TYPE "Role" AS ENUM ('COMMITTEE', 'PROVINCE_EDITOR', 'PROVINCE_APPROVER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('EXACT', 'AT_LEAST', 'APPROX', 'NEARLY', 'RANGE');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('FLOW', 'STOCK', 'AVERAGE', 'SHARE', 'RATIO');

-- CreateEnum
CREATE TYPE "Unit" AS ENUM ('COUNT', 'PERSONS', 'MILLION_VND', 'BILLION_VND', 'PERCENT', 'MILLION_VND_PER_PERSON_MONTH', 'TIMES');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('TERM_TOTAL', 'ANNUAL', 'END_LEVEL', 'GROWTH');

-- CreateEnum
CREATE TYPE "Attribution" AS ENUM ('STATED', 'INFERRED', 'UNCONFIRMED');

-- CreateEnum
CREATE TYPE "UnitType" AS ENUM ('HTX', 'LH_HTX', 'THT', 'QTDND');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('AGRICULTURE', 'INDUSTRY_CRAFT', 'CONSTRUCTION', 'TRADE_SERVICE', 'TRANSPORT', 'ENVIRONMENT', 'CREDIT', 'OTHER');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('GOOD', 'FAIR', 'AVERAGE', 'WEAK');

-- CreateTable
CREATE TABLE "Province" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(4) NOT NULL,
    "slug" VARCHAR(64) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "formerName" VARCHAR(120),
    "isCity" BOOLEAN NOT NULL DEFAULT false,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvinceMerge" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "legalBasis" VARCHAR(200) NOT NULL,

    CONSTRAINT "ProvinceMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" DATE,
    "eventOn" DATE,
    "url" TEXT,
    "provinceId" INTEGER,
    "attribution" "Attribution" NOT NULL DEFAULT 'STATED',
    "attributionNote" TEXT,
    "note" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "congress" VARCHAR(8),
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "label" VARCHAR(120) NOT NULL,
    "yearsInferred" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "sourceId" INTEGER,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "groupKey" VARCHAR(32) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "baseCode" VARCHAR(64),
    "numeratorCode" VARCHAR(64),
    "partOfCode" VARCHAR(64),
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearlyReport" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedById" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "approvedById" INTEGER,
    "approvedAt" TIMESTAMP(3),
    "returnComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "YearlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportValue" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "dimension" VARCHAR(120) NOT NULL DEFAULT '',
    "fromYear" INTEGER NOT NULL,
    "qualifier" "Qualifier" NOT NULL DEFAULT 'EXACT',
    "value" DECIMAL(20,4) NOT NULL,
    "high" DECIMAL(20,4),
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "estimate" BOOLEAN NOT NULL DEFAULT false,
    "ambiguous" BOOLEAN NOT NULL DEFAULT false,
    "includesCreditFunds" BOOLEAN,
    "note" TEXT,
    "sourceId" INTEGER,
    "quote" TEXT,

    CONSTRAINT "ReportValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "year" INTEGER,
    "min" DECIMAL(20,4) NOT NULL,
    "max" DECIMAL(20,4),
    "qualifier" "Qualifier" NOT NULL DEFAULT 'EXACT',
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "sourceId" INTEGER,
    "quote" TEXT,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterUnit" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "type" "UnitType" NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "registrationNo" VARCHAR(32),
    "sector" "Sector" NOT NULL,
    "commune" VARCHAR(120),
    "foundedYear" INTEGER NOT NULL,
    "dissolvedYear" INTEGER,
    "members" INTEGER,
    "workers" INTEGER,
    "rating" "Rating",
    "ratingYear" INTEGER,
    "unionId" INTEGER,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegisterUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "provinceId" INTEGER,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity" VARCHAR(64) NOT NULL,
    "entityId" VARCHAR(64) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "provinceId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Province_slug_key" ON "Province"("slug");

-- CreateIndex
CREATE INDEX "Province_validUntil_idx" ON "Province"("validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceMerge_fromId_key" ON "ProvinceMerge"("fromId");

-- CreateIndex
CREATE INDEX "ProvinceMerge_toId_idx" ON "ProvinceMerge"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "Term_startYear_endYear_idx" ON "Term"("startYear", "endYear");

-- CreateIndex
CREATE UNIQUE INDEX "Term_provinceId_startYear_endYear_key" ON "Term"("provinceId", "startYear", "endYear");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "YearlyReport_year_status_idx" ON "YearlyReport"("year", "status");

-- CreateIndex
CREATE INDEX "YearlyReport_status_idx" ON "YearlyReport"("status");

-- CreateIndex
CREATE UNIQUE INDEX "YearlyReport_provinceId_year_key" ON "YearlyReport"("provinceId", "year");

-- CreateIndex
CREATE INDEX "ReportValue_indicatorId_reportId_idx" ON "ReportValue"("indicatorId", "reportId");

-- CreateIndex
CREATE INDEX "ReportValue_sourceId_idx" ON "ReportValue"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportValue_reportId_indicatorId_dimension_fromYear_key" ON "ReportValue"("reportId", "indicatorId", "dimension", "fromYear");

-- CreateIndex
CREATE INDEX "Target_indicatorId_idx" ON "Target"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Target_termId_indicatorId_key" ON "Target"("termId", "indicatorId");

-- CreateIndex
CREATE INDEX "RegisterUnit_provinceId_type_dissolvedYear_idx" ON "RegisterUnit"("provinceId", "type", "dissolvedYear");

-- CreateIndex
CREATE INDEX "RegisterUnit_provinceId_sector_idx" ON "RegisterUnit"("provinceId", "sector");

-- CreateIndex
CREATE INDEX "RegisterUnit_unionId_idx" ON "RegisterUnit"("unionId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_at_idx" ON "AuditEntry"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_provinceId_at_idx" ON "AuditEntry"("provinceId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- AddForeignKey
ALTER TABLE "ProvinceMerge" ADD CONSTRAINT "ProvinceMerge_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceMerge" ADD CONSTRAINT "ProvinceMerge_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "YearlyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterUnit" ADD CONSTRAINT "RegisterUnit_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterUnit" ADD CONSTRAINT "RegisterUnit_unionId_fkey" FOREIGN KEY ("unionId") REFERENCES "RegisterUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

