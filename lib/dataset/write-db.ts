import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";
import { decimalsOf, type Dataset } from "./load-dataset";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");

// Builds the whole database in a temporary file and renames it over the target only when complete.
export async function writeDatabase(d: Dataset, target: string): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  fs.rmSync(tmp, { force: true });
  try {
    applyMigrations(tmp);
    const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${tmp}` }) });
    try {
      await prisma.$transaction([
        prisma.region.createMany({
          data: d.regions.map(({ row }) => ({ slug: row.slug, nameZh: row.name_zh, nameEn: row.name_en, level: row.level, adcode: row.adcode })),
        }),
        ...d.regions
          .filter(({ row }) => row.parent !== null)
          .map(({ row }) => prisma.region.update({ where: { slug: row.slug }, data: { parentSlug: row.parent } })),
        prisma.indicator.createMany({
          data: d.indicators.map(({ row }) => ({
            key: row.key,
            nameZh: row.name_zh,
            nameEn: row.name_en,
            unit: row.unit,
            definitionZh: row.definition_zh,
            definitionEn: row.definition_en,
          })),
        }),
        prisma.basis.createMany({
          data: d.bases.map(({ row }) => ({ key: row.key, nameZh: row.name_zh, nameEn: row.name_en, noteZh: row.note_zh, noteEn: row.note_en })),
        }),
        prisma.source.createMany({
          data: d.sources.map(({ row }) => ({
            id: row.id,
            title: row.title,
            titleEn: row.title_en,
            publisher: row.publisher,
            publisherEn: row.publisher_en,
            date: row.date,
            url: row.url,
            locatorZh: row.locator_zh,
            locatorEn: row.locator_en,
            language: row.language,
            noteZh: row.note_zh,
            noteEn: row.note_en,
          })),
        }),
        prisma.observation.createMany({
          data: d.observations.map(({ row }) => ({
            regionSlug: row.region,
            indicatorKey: row.indicator,
            year: row.year,
            value: Number(row.value),
            decimals: decimalsOf(row.value),
            basisKey: row.basis,
            sourceId: row.source,
            noteZh: row.note_zh,
            noteEn: row.note_en,
          })),
        }),
        prisma.event.createMany({
          data: d.events.map(({ row }) => ({
            regionSlug: row.region,
            date: row.date,
            kind: row.kind,
            labelZh: row.label_zh,
            labelEn: row.label_en,
            sourceId: row.source,
          })),
        }),
      ]);
    } finally {
      await prisma.$disconnect();
    }
    fs.renameSync(tmp, target);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function applyMigrations(file: string): void {
  const db = new Database(file);
  try {
    for (const dir of fs.readdirSync(MIGRATIONS).filter((d) => fs.statSync(path.join(MIGRATIONS, d)).isDirectory()).sort())
      db.exec(fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
  } finally {
    db.close();
  }
}
