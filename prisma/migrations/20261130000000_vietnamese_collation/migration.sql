-- The register's paged list orders names in SQL (lib/queries/register-units.ts, decision 0044). A Postgres whose
-- ICU carries Vietnamese has "vi-x-icu". PGlite's ICU has only the root locale, so there ICU's root order is tailored
-- with Vietnamese's letters (ICU rules, Postgres 16 and newer): ă, â after a; đ after d; ê after e; ô, ơ after o;
-- ư after u; case and tones folded as in the root order. Elsewhere nothing is made.
DO $migration$
BEGIN
  IF current_setting('server_version_num')::int >= 160000
     AND EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu')
     AND NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu') THEN
    EXECUTE $sql$CREATE COLLATION IF NOT EXISTS "vi-htx" (provider = icu, locale = 'und', rules = '&A<ă<<<Ă<â<<<Â &D<đ<<<Đ &E<ê<<<Ê &O<ô<<<Ô<ơ<<<Ơ &U<ư<<<Ư')$sql$;
  END IF;
END
$migration$;
