import "server-only";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";

// One client per process; read at build time and by the API only.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const DB_FILE = path.join(process.cwd(), "prisma", "data.db");

export const prisma =
  globalForPrisma.prisma ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${DB_FILE}` }) });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
