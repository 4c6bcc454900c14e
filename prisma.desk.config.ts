import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { deskDatabaseUrl } from "./lib/desk/database-url";

// The desk's database: `npm run desk:migrate` applies prisma/desk/migrations to DESK_DATABASE_URL.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "desk", "schema.prisma"),
  migrations: { path: path.join("prisma", "desk", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url: deskDatabaseUrl() }),
});
