import { once } from "node:events";
import { chmodSync, rmSync } from "node:fs";
import { createServer, request, type ServerResponse } from "node:http";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Database } from "../db/client.js";
import type { Logger } from "../log.js";
import { BackupError } from "./format.js";
import { exportLines, withSnapshot } from "./snapshot.js";

/**
 * The embedded database's local admin endpoint. A running server holds the PGlite data directory
 * (platform/db/lock.ts), so a backup of it must be made by the server: it answers `GET /backup`
 * on a Unix socket in the data directory and streams the backup lines (uncompressed; the CLI
 * compresses them into the file).
 *
 * Why a Unix socket and not loopback TCP with a token: the file system is the access control — the
 * socket is created with mode 0600 inside DATA_DIR, so only the account that owns the data (and
 * could read the database files anyway) can connect; nothing listens on a network port, no secret
 * has to be written, rotated or kept out of logs, and a reverse proxy cannot forward to it by mistake.
 */
export const ADMIN_SOCKET = "admin.sock";

/** Unix socket paths are limited to about 108 bytes; longer DATA_DIRs get no admin socket. */
const MAX_SOCKET_PATH = 100;

export function adminSocketPath(dataDir: string): string {
  return join(dataDir, ADMIN_SOCKET);
}

export interface AdminSocket {
  path: string;
  close(): Promise<void>;
}

/** Starts the admin socket of a server running on PGlite (the caller holds the directory lock). */
export async function startAdminSocket(options: {
  database: Database;
  dataDir: string;
  log: Logger;
}): Promise<AdminSocket | null> {
  const path = adminSocketPath(options.dataDir);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) {
    options.log.info(
      `Ingen adminsocket: sökvägen ${path} är för lång för en Unix-socket; säkerhetskopiera med servern stoppad`,
    );
    return null;
  }
  // We hold the directory lock, so a socket file left here is a dead server's.
  rmSync(path, { force: true });
  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/backup") {
      void streamBackup(options, res);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Okänd adminbegäran\n");
  });
  const previous = process.umask(0o177);
  try {
    server.listen(path);
    await once(server, "listening");
  } finally {
    process.umask(previous);
  }
  chmodSync(path, 0o600);
  return {
    path,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(path, { force: true });
    },
  };
}

async function streamBackup(
  options: { database: Database; log: Logger },
  res: ServerResponse,
): Promise<void> {
  const started = Date.now();
  res.writeHead(200, { "content-type": "application/x-ndjson; charset=utf-8" });
  let gone = false;
  res.on("close", () => {
    gone = !res.writableFinished;
  });
  try {
    const end = await withSnapshot(options.database.db, (tx) =>
      exportLines(tx, {
        source: options.database.kind,
        now: new Date(),
        emit: async (line) => {
          if (gone) throw new Error("klienten kopplade ner");
          if (!res.write(`${line}\n`)) await Promise.race([once(res, "drain"), once(res, "close")]);
        },
      }),
    );
    res.end();
    options.log.info(
      `Säkerhetskopia via adminsocketen: ${end.tables} tabeller, ${end.rows} rader på ${Date.now() - started} ms`,
    );
  } catch (error) {
    options.log.error("Säkerhetskopian via adminsocketen avbröts", error);
    res.destroy();
  }
}

/**
 * Asks the server running on `dataDir` for a backup and hands each line to `onLine`. Returns false
 * when no server answers on the socket (none is running, or it is too old to have one).
 */
export async function backupThroughServer(
  dataDir: string,
  onLine: (line: string) => Promise<void>,
): Promise<boolean> {
  const path = adminSocketPath(dataDir);
  const response = await new Promise<import("node:http").IncomingMessage | null>((resolve, reject) => {
    const req = request({ socketPath: path, path: "/backup", method: "GET" }, resolve);
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve(null);
      else reject(error);
    });
    req.end();
  });
  if (!response) return false;
  if (response.statusCode !== 200) {
    response.resume();
    throw new BackupError(`Servern svarade ${response.statusCode} på adminsocketen ${path}`);
  }
  let aborted = false;
  response.on("aborted", () => {
    aborted = true;
  });
  response.on("error", () => {
    aborted = true;
  });
  const lines = createInterface({ input: response, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) await onLine(line);
  if (aborted || !response.complete)
    throw new BackupError("Servern avbröt säkerhetskopieringen; se serverns logg");
  return true;
}
