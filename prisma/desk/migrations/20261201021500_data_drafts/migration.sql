-- A draft is a case (both MDX files and its data rows) or a data change on its own (rows only).
-- Existing drafts are cases. A data change carries a one-line description: its commit title.
ALTER TABLE "Draft" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'case';
ALTER TABLE "Draft" ADD COLUMN "title" TEXT NOT NULL DEFAULT '';
