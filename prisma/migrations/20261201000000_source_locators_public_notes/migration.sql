-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "date" TEXT,
    "url" TEXT,
    "locatorZh" TEXT,
    "locatorEn" TEXT,
    "language" TEXT NOT NULL,
    "noteZh" TEXT,
    "noteEn" TEXT
);
INSERT INTO "new_Source" ("date", "id", "language", "publisher", "publisherEn", "title", "titleEn", "url") SELECT "date", "id", "language", "publisher", "publisherEn", "title", "titleEn", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

