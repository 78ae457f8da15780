-- Rules the Prisma schema cannot express. Each one is also checked with a clear message by the service that
-- writes the row; these make sure no path (an import, a script, a bug) can store what the domain forbids.

ALTER TABLE "Province" ADD CONSTRAINT "Province_valid_range" CHECK ("validUntil" IS NULL OR "validUntil" >= "validFrom");
ALTER TABLE "ProvinceMerge" ADD CONSTRAINT "ProvinceMerge_not_self" CHECK ("fromId" <> "toId");

ALTER TABLE "Term" ADD CONSTRAINT "Term_years" CHECK ("startYear" BETWEEN 1945 AND 2100 AND "endYear" > "startYear" AND "endYear" - "startYear" <= 10);

ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_year" CHECK ("year" BETWEEN 1945 AND 2100);
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_version" CHECK ("version" >= 1);
ALTER TABLE "YearlyReport" ADD CONSTRAINT "YearlyReport_approved_has_time" CHECK ("status" <> 'APPROVED' OR "approvedAt" IS NOT NULL);

ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_range" CHECK (("qualifier" = 'RANGE') = ("high" IS NOT NULL) AND ("high" IS NULL OR "high" >= "value"));
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_from_year" CHECK ("fromYear" BETWEEN 1945 AND 2100);

ALTER TABLE "Target" ADD CONSTRAINT "Target_min_max" CHECK ("max" IS NULL OR "max" >= "min");
ALTER TABLE "Target" ADD CONSTRAINT "Target_year_only_annual" CHECK ("year" IS NULL OR "kind" = 'ANNUAL');
ALTER TABLE "Target" ADD CONSTRAINT "Target_qualifier" CHECK ("qualifier" IN ('EXACT', 'AT_LEAST', 'APPROX'));

ALTER TABLE "RegisterUnit" ADD CONSTRAINT "RegisterUnit_years" CHECK ("foundedYear" BETWEEN 1945 AND 2100 AND ("dissolvedYear" IS NULL OR "dissolvedYear" >= "foundedYear"));
ALTER TABLE "RegisterUnit" ADD CONSTRAINT "RegisterUnit_people" CHECK (("members" IS NULL OR "members" >= 0) AND ("workers" IS NULL OR "workers" >= 0));
ALTER TABLE "RegisterUnit" ADD CONSTRAINT "RegisterUnit_union_not_self" CHECK ("unionId" IS NULL OR "unionId" <> "id");

-- Provincial roles belong to exactly one province; committee members and admins to none.
ALTER TABLE "User" ADD CONSTRAINT "User_province_scope" CHECK (("role" IN ('PROVINCE_EDITOR', 'PROVINCE_APPROVER')) = ("provinceId" IS NOT NULL));
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email"));
