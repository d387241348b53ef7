import { defineConfig } from "drizzle-kit";

/** Migrations are generated from the schema files and committed; `npm run db:drift` fails on drift. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/**/*.schema.ts",
  out: process.env.DRIZZLE_OUT ?? "./migrations",
});
