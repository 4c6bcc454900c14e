-- AlterTable
ALTER TABLE "Source" ADD COLUMN "author" TEXT;
ALTER TABLE "Source" ADD COLUMN "authorEn" TEXT;

-- AlterTable
ALTER TABLE "Observation" ADD COLUMN "yearInferredZh" TEXT;
ALTER TABLE "Observation" ADD COLUMN "yearInferredEn" TEXT;

-- DropIndex
DROP INDEX "Observation_regionSlug_indicatorKey_year_basisKey_key";

-- CreateIndex
CREATE UNIQUE INDEX "Observation_regionSlug_indicatorKey_year_basisKey_sourceId_key" ON "Observation"("regionSlug", "indicatorKey", "year", "basisKey", "sourceId");

-- CreateTable
CREATE TABLE "Disagreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionSlug" TEXT NOT NULL,
    "indicatorKey" TEXT NOT NULL,
    "basisKey" TEXT NOT NULL,
    "years" TEXT NOT NULL,
    "preferredSourceId" TEXT NOT NULL,
    "noteZh" TEXT NOT NULL,
    "noteEn" TEXT NOT NULL,
    CONSTRAINT "Disagreement_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Disagreement_preferredSourceId_fkey" FOREIGN KEY ("preferredSourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Disagreement_regionSlug_idx" ON "Disagreement"("regionSlug");
