-- CreateTable
CREATE TABLE "PublicGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL,
    "changedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicGeneration_pkey" PRIMARY KEY ("id")
);

-- One row only: the generation of what is published (lib/cache/generation.ts, decision 0016).
ALTER TABLE "PublicGeneration" ADD CONSTRAINT "PublicGeneration_one_row" CHECK ("id" = 1);
INSERT INTO "PublicGeneration" ("id", "value") VALUES (1, 1);
