import pg from "pg";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { openDatabase } from "./client.js";
import { parseDatabaseUrl, redactDatabaseUrl } from "./connection-string.js";

const none = { env: {}, osUser: "kim", socketDirExists: true };

describe("parseDatabaseUrl (libpq's forms)", () => {
  it("reads a full URI", () => {
    expect(parseDatabaseUrl("postgres://alice:s%40cret@db.example:6543/mbl?sslmode=require", none)).toEqual({
      host: "db.example",
      port: 6543,
      database: "mbl",
      user: "alice",
      password: "s@cret",
      ssl: { rejectUnauthorized: false },
    });
  });

  it("reads postgres:///db?host=/socket/dir with the OS user", () => {
    expect(parseDatabaseUrl("postgres:///mbl?host=/var/run/postgresql", none)).toEqual({
      host: "/var/run/postgresql",
      port: 5432,
      database: "mbl",
      user: "kim",
      ssl: false,
    });
  });

  it("reads postgresql://user@/db?host=/path (empty host, socket in the query)", () => {
    const c = parseDatabaseUrl("postgresql://alice@/mbl?host=%2Ftmp%2Fpg&port=5433", none);
    expect(c).toMatchObject({ host: "/tmp/pg", port: 5433, database: "mbl", user: "alice" });
  });

  it("reads an IPv6 host and the first of several hosts", () => {
    expect(parseDatabaseUrl("postgres://[::1]:5433/x", none)).toMatchObject({ host: "::1", port: 5433 });
    expect(parseDatabaseUrl("postgres://a:1,b:2/x", none)).toMatchObject({ host: "a", port: 1 });
  });

  it("reads keyword/value strings with quoting", () => {
    expect(
      parseDatabaseUrl("host=/var/run/postgresql dbname=mbl user = bob password='it\\'s a secret'", none),
    ).toEqual({
      host: "/var/run/postgresql",
      port: 5432,
      database: "mbl",
      user: "bob",
      password: "it's a secret",
      ssl: false,
    });
  });

  it("falls back to PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, then libpq's defaults", () => {
    const env = { PGHOST: "pg.internal", PGPORT: "6000", PGUSER: "svc", PGPASSWORD: "pw", PGDATABASE: "d" };
    expect(parseDatabaseUrl("postgres://", { ...none, env })).toEqual({
      host: "pg.internal",
      port: 6000,
      database: "d",
      user: "svc",
      password: "pw",
      ssl: false,
    });
    // What the string says wins over the environment.
    expect(parseDatabaseUrl("dbname=mbl user=alice", { ...none, env })).toMatchObject({
      host: "pg.internal",
      user: "alice",
      database: "mbl",
    });
    // No host anywhere: the default socket directory, or localhost where it does not exist.
    expect(parseDatabaseUrl("postgres:///mbl", none).host).toBe("/var/run/postgresql");
    expect(parseDatabaseUrl("postgres:///mbl", { ...none, socketDirExists: false }).host).toBe("localhost");
    // No database: named like the user.
    expect(parseDatabaseUrl("postgres://alice@h", none).database).toBe("alice");
  });

  it("refuses what libpq refuses, naming the problem", () => {
    expect(() => parseDatabaseUrl("mysql://x/y", none)).toThrow(/postgres:\/\//);
    expect(() => parseDatabaseUrl("postgres://h/db?colour=red", none)).toThrow(/okänd parameter colour/);
    expect(() => parseDatabaseUrl("postgres://h:99999/db", none)).toThrow(/ogiltig port/);
    expect(() => parseDatabaseUrl("host=h password='open", none)).toThrow(/citattecknet/);
    expect(() => parseDatabaseUrl("postgres://h/db?sslmode=maybe", none)).toThrow(/sslmode/);
  });

  it("is what the configuration checks", () => {
    expect(loadConfig({ DATABASE_URL: "postgres:///x?host=/var/run/postgresql" }).database.kind).toBe(
      "postgres",
    );
    expect(() => loadConfig({ DATABASE_URL: "mysql://x/y" })).toThrow(/DATABASE_URL/);
  });

  it("masks passwords in both forms", () => {
    expect(redactDatabaseUrl("postgres://a:secret@h/db")).toBe("postgres://a:***@h/db");
    expect(redactDatabaseUrl("postgres://a@h/db?password=secret&x=1")).toBe(
      "postgres://a@h/db?password=***&x=1",
    );
    expect(redactDatabaseUrl("host=h password='a b' dbname=d")).toBe("host=h password=*** dbname=d");
  });
});

describe("connecting with the socket forms", () => {
  // PostgreSQL runs on this machine with its socket in /var/run/postgresql (as in CI).
  it.each([
    "postgres:///postgres?host=/var/run/postgresql",
    "postgresql://postgres@/postgres?host=/var/run/postgresql",
    "host=/var/run/postgresql dbname=postgres user=postgres",
  ])("%s connects", async (url) => {
    const database = await openDatabase({ kind: "postgres", url });
    try {
      const result = await database.db.execute("select current_database() as db");
      expect((result as unknown as pg.QueryResult).rows[0]).toEqual({ db: "postgres" });
      expect(database.location).toMatch(/@\/var\/run\/postgresql\/postgres$/);
    } finally {
      await database.close();
    }
  });
});
