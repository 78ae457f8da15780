-- English texts beside the Vietnamese notes (issue 9, "Both languages"). Written by hand: the Vietnamese
-- columns stay the source of truth; a null English text falls back to the Vietnamese one, marked lang="vi".
ALTER TABLE "Source" ADD COLUMN "attributionNoteEn" TEXT, ADD COLUMN "noteEn" TEXT;
ALTER TABLE "Term" ADD COLUMN "noteEn" TEXT;
ALTER TABLE "ReportValue" ADD COLUMN "noteEn" TEXT, ADD COLUMN "quoteEn" TEXT;
ALTER TABLE "Target" ADD COLUMN "noteEn" TEXT, ADD COLUMN "quoteEn" TEXT;
