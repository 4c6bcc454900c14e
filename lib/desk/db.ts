import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/desk/client";
import { deskDatabaseUrl } from "./database-url";

// One client per process for the desk's own database (also used by scripts/desk-user.ts, so no "server-only" here).
const g = globalThis as unknown as { deskPrisma?: PrismaClient };

export const deskDb: PrismaClient =
  g.deskPrisma ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: deskDatabaseUrl() }) });
g.deskPrisma = deskDb;
