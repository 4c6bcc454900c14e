import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";
import { fromRow } from "./domain";
import type { Dataset } from "./load-dataset";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");

// Builds the whole database in a temporary file and renames it over the target only when complete.
export async function writeDatabase(d: Dataset, target: string): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  fs.rmSync(tmp, { force: true });
  try {
    applyMigrations(tmp);
    const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${tmp}` }) });
    try {
      // Rows become the domain shape first (lib/dataset/domain.ts), then Prisma's columns.
      const regions = d.regions.map(({ row }) => fromRow.regions(row));
      const sources = d.sources.map(({ row }) => fromRow.sources(row));
      await prisma.$transaction([
        prisma.region.createMany({
          data: regions.map((r) => ({
            slug: r.slug,
            nameZh: r.name.zh,
            nameEn: r.name.en,
            level: r.level,
            adcode: r.adcode,
          })),
        }),
        ...regions
          .filter((r) => r.parent !== null)
          .map((r) => prisma.region.update({ where: { slug: r.slug }, data: { parentSlug: r.parent } })),
        prisma.indicator.createMany({
          data: d.indicators
            .map(({ row }) => fromRow.indicators(row))
            .map((i) => ({
              key: i.key,
              nameZh: i.name.zh,
              nameEn: i.name.en,
              unit: i.unit,
              definitionZh: i.definition.zh,
              definitionEn: i.definition.en,
            })),
        }),
        prisma.basis.createMany({
          data: d.bases
            .map(({ row }) => fromRow.bases(row))
            .map((b) => ({ key: b.key, nameZh: b.name.zh, nameEn: b.name.en, noteZh: b.note.zh, noteEn: b.note.en })),
        }),
        prisma.source.createMany({
          data: sources.map((s) => ({
            id: s.id,
            title: s.title,
            titleEn: s.titleEn,
            author: s.author?.zh ?? null,
            authorEn: s.author?.en ?? null,
            publisher: s.publisher?.zh ?? "",
            publisherEn: s.publisher?.en ?? "",
            date: s.date,
            url: s.url,
            locatorZh: s.locator?.zh ?? null,
            locatorEn: s.locator?.en ?? null,
            language: s.language,
            noteZh: s.note?.zh ?? null,
            noteEn: s.note?.en ?? null,
          })),
        }),
        prisma.observation.createMany({
          data: d.observations
            .map(({ row }) => fromRow.observations(row))
            .map((o) => ({
              regionSlug: o.region,
              indicatorKey: o.indicator,
              year: o.year,
              value: o.value,
              decimals: o.decimals,
              basisKey: o.basis,
              sourceId: o.source,
              noteZh: o.note.zh,
              noteEn: o.note.en,
              yearInferredZh: o.yearInferred?.zh ?? null,
              yearInferredEn: o.yearInferred?.en ?? null,
            })),
        }),
        prisma.event.createMany({
          data: d.events
            .map(({ row }) => fromRow.events(row))
            .map((e) => ({
              regionSlug: e.region,
              date: e.date,
              kind: e.kind,
              labelZh: e.label.zh,
              labelEn: e.label.en,
              sourceId: e.source,
            })),
        }),
        prisma.disagreement.createMany({
          data: d.disagreements
            .map(({ row }) => fromRow.disagreements(row))
            .map((x) => ({
              regionSlug: x.region,
              indicatorKey: x.indicator,
              basisKey: x.basis,
              years: x.years.join(" "),
              preferredSourceId: x.preferredSource,
              noteZh: x.note.zh,
              noteEn: x.note.en,
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
    for (const dir of fs
      .readdirSync(MIGRATIONS)
      .filter((d) => fs.statSync(path.join(MIGRATIONS, d)).isDirectory())
      .sort())
      db.exec(fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
  } finally {
    db.close();
  }
}
