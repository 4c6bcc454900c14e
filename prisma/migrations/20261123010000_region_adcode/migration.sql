-- AlterTable
ALTER TABLE "Region" ADD COLUMN "adcode" TEXT;

