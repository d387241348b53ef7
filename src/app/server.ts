import { createServer } from "node:http";
import { getRequestListener, type ServerType } from "@hono/node-server";
import { loadDemo } from "../demo/load-demo.js";
import { startAdminSocket } from "../platform/backup/admin-socket.js";
import { systemClock } from "../platform/clock.js";
import type { Config } from "../platform/config.js";
import { type Database, openDatabase } from "../platform/db/client.js";
import { isDatabaseEmpty } from "../platform/db/inspect.js";
import { migrate } from "../platform/db/migrate.js";
import { startScheduler } from "../platform/jobs/scheduler.js";
import type { Logger } from "../platform/log.js";
import { createSmtpTransport } from "../platform/mail/transport.js";
import { createPublicSnapshot, type PublicSnapshot } from "../publishing/public-snapshot.js";
import { createApp } from "./create-app.js";
import { JOBS, scheduleDailyJobs } from "./jobs.js";

export interface RunningServer {
  port: number;
  database: Database;
  /**
   * Stops accepting connections, lets in-flight requests and the running job finish, then closes
   * the database (releasing the data-directory lock). Resolves when all of that is done.
   */
  close(): Promise<void>;
  /** Ends every open connection now (when `close` takes longer than the shutdown allows). */
  abortConnections(): void;
}

/**
 * Opens the database (taking the data-directory lock on PGlite), applies migrations, loads the
 * demo into an empty embedded database when DEMO is on, starts listening and starts the job
 * scheduler (every JOBS_INTERVAL_SECONDS; stopped by `close`).
 */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  try {
    const { applied } = await migrate(database);
    if (applied.length > 0) log.info(`Migreringar körda: ${applied.join(", ")}`);
    if (config.demo && database.kind === "pglite" && (await isDatabaseEmpty(database.db))) {
      await loadDemo(database.db);
      log.info("Demodata laddad: Linköping, Skäggetorp 2017");
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  // Public pages are served from a snapshot that every process drops when the database says
  // something public changed (triggers NOTIFY 'public_changed'; see publishing/public-snapshot.ts).
  const snapshot = createPublicSnapshot();
  let unlisten: () => Promise<void>;
  try {
    unlisten = await database.listen("public_changed", () => snapshot.invalidate());
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = createApp({ db: database.db, config, log, snapshot });
  const server = await listen(app.fetch, snapshot, config);
  const port = addressPort(server) ?? config.port;
  // On PGlite this process holds the data directory: backups are made through its admin socket.
  const admin =
    config.database.kind === "pglite"
      ? await startAdminSocket({ database, dataDir: config.database.dataDir, log })
      : null;
  log.info(`Medborgarlöfte lyssnar på http://localhost:${port} (${database.kind}: ${database.location})`);
  const mailTransport = config.mail.provider === "smtp" ? createSmtpTransport(config.mail.url) : null;
  const scheduler = startScheduler({
    db: database.db,
    jobs: JOBS,
    daily: scheduleDailyJobs,
    deps: { config, clock: systemClock, log, mailTransport },
  });
  return {
    port,
    database,
    async close() {
      // Stop accepting first; in-flight requests and the running job finish side by side.
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([stopped, scheduler.stop(), admin?.close()]);
      await unlisten();
      await database.close();
    },
    abortConnections() {
      if ("closeAllConnections" in server) server.closeAllConnections();
    },
  };
}

/** `node:http` with the snapshot's hits answered before Hono (no Request/Response objects for them). */
function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  snapshot: PublicSnapshot,
  config: Config,
): Promise<ServerType> {
  const app = getRequestListener(fetch);
  return new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      if (!snapshot.serveNode(req, res)) void app(req, res);
    });
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve(server));
  });
}

function addressPort(server: ServerType): number | null {
  const address = server.address();
  return address && typeof address === "object" ? address.port : null;
}
