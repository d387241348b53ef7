import { type ServerType, serve } from "@hono/node-server";
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
  const app = createApp({ db: database.db, config, log });
  const server = await listen(app.fetch, config);
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
      await database.close();
    },
    abortConnections() {
      if ("closeAllConnections" in server) server.closeAllConnections();
    },
  };
}

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  config: Config,
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: config.port, hostname: config.host }, () => resolve(server));
    server.once("error", reject);
  });
}

function addressPort(server: ServerType): number | null {
  const address = server.address();
  return address && typeof address === "object" ? address.port : null;
}
