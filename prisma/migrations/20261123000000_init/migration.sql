-- CreateTable
CREATE TABLE "Region" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parentSlug" TEXT,
    CONSTRAINT "Region_parentSlug_fkey" FOREIGN KEY ("parentSlug") REFERENCES "Region" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "definitionZh" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Basis" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "noteZh" TEXT NOT NULL,
    "noteEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "date" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "seedFile" TEXT,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionSlug" TEXT NOT NULL,
    "indicatorKey" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "decimals" INTEGER NOT NULL,
    "basisKey" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "noteZh" TEXT,
    "noteEn" TEXT,
    CONSTRAINT "Observation_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Observation_indicatorKey_fkey" FOREIGN KEY ("indicatorKey") REFERENCES "Indicator" ("key") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Observation_basisKey_fkey" FOREIGN KEY ("basisKey") REFERENCES "Basis" ("key") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Observation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionSlug" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    CONSTRAINT "Event_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Observation_indicatorKey_regionSlug_idx" ON "Observation"("indicatorKey", "regionSlug");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_regionSlug_indicatorKey_year_basisKey_key" ON "Observation"("regionSlug", "indicatorKey", "year", "basisKey");

-- CreateIndex
CREATE INDEX "Event_regionSlug_idx" ON "Event"("regionSlug");

