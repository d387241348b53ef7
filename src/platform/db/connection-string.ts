import { existsSync } from "node:fs";
import { userInfo } from "node:os";

/**
 * Where and as whom to connect to PostgreSQL, read from DATABASE_URL the way libpq reads a
 * connection string, so that what works for `psql` works here:
 *
 * - URIs: `postgres://user:secret@host:5432/db?sslmode=require`, `postgres:///db?host=/var/run/postgresql`,
 *   `postgresql://user@/db?host=/path` (an empty host, with the socket directory in `host=`);
 * - keyword/value strings: `host=/var/run/postgresql dbname=db user=alice password='a b'`.
 *
 * What the string leaves out comes from PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD, then
 * libpq's defaults: the Unix socket in /var/run/postgresql (Debian's; `localhost` where it does
 * not exist), port 5432, the operating-system user's name, and a database named like the user.
 * A host beginning with `/` is a socket directory.
 */
export interface PgConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
  /** From sslmode: false (disable/allow/prefer), or TLS with or without certificate checks. */
  ssl: false | { rejectUnauthorized: boolean };
  applicationName?: string;
  connectTimeoutSeconds?: number;
}

export class ConnectionStringError extends Error {
  override name = "ConnectionStringError";
}

const KEYWORDS = new Set([
  "host",
  "port",
  "dbname",
  "user",
  "password",
  "sslmode",
  "application_name",
  "connect_timeout",
]);

const SSL_MODES = new Set(["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]);

/** The Unix-socket directory libpq on Debian uses when no host is given. */
export const DEFAULT_SOCKET_DIR = "/var/run/postgresql";

export interface ConnectionDefaults {
  env?: Record<string, string | undefined>;
  osUser?: string;
  /** Whether the default socket directory exists (tests pin it). */
  socketDirExists?: boolean;
}

/** Parses a DATABASE_URL (URI or keyword/value form); throws ConnectionStringError naming the problem. */
export function parseDatabaseUrl(input: string, defaults: ConnectionDefaults = {}): PgConnection {
  const text = input.trim();
  if (text === "") throw new ConnectionStringError("är tom");
  const given = /^postgres(ql)?:\/\//.test(text) ? parseUri(text) : parseKeywordValue(text);
  for (const key of Object.keys(given)) {
    if (!KEYWORDS.has(key)) throw new ConnectionStringError(`okänd parameter ${key}`);
  }
  const env = defaults.env ?? process.env;
  const pick = (key: string, envName: string) => nonEmpty(given[key]) ?? nonEmpty(env[envName]);
  // libpq accepts a comma-separated list of hosts and ports; we connect to the first.
  const host =
    pick("host", "PGHOST")?.split(",")[0] ??
    ((defaults.socketDirExists ?? existsSync(DEFAULT_SOCKET_DIR)) ? DEFAULT_SOCKET_DIR : "localhost");
  const portText = pick("port", "PGPORT")?.split(",")[0] ?? "5432";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535)
    throw new ConnectionStringError(`ogiltig port ${portText}`);
  const user = pick("user", "PGUSER") ?? defaults.osUser ?? osUserName();
  const database = pick("dbname", "PGDATABASE") ?? user;
  const password = pick("password", "PGPASSWORD");
  const sslmode = pick("sslmode", "PGSSLMODE") ?? "prefer";
  if (!SSL_MODES.has(sslmode)) throw new ConnectionStringError(`ogiltigt sslmode ${sslmode}`);
  const timeout = given.connect_timeout;
  if (timeout !== undefined && !/^\d+$/.test(timeout))
    throw new ConnectionStringError(`ogiltigt connect_timeout ${timeout}`);
  return {
    host,
    port,
    database,
    user,
    ...(password !== undefined ? { password } : {}),
    ssl:
      sslmode === "require"
        ? { rejectUnauthorized: false }
        : sslmode === "verify-ca" || sslmode === "verify-full"
          ? { rejectUnauthorized: true }
          : false,
    ...(given.application_name ? { applicationName: given.application_name } : {}),
    ...(timeout !== undefined && Number(timeout) > 0 ? { connectTimeoutSeconds: Number(timeout) } : {}),
  };
}

/** `user@host:port/database` — for messages; never the password. */
export function describeConnection(c: PgConnection): string {
  return `${c.user}@${c.host}${c.host.startsWith("/") ? "" : `:${c.port}`}/${c.database}`;
}

/** The connection string with its password masked, for messages (both forms). */
export function redactDatabaseUrl(input: string): string {
  return input
    .replace(/^(postgres(?:ql)?:\/\/[^:@/?]*):[^@/?]*@/, "$1:***@")
    .replace(/([?&]password=)[^&]*/g, "$1***")
    .replace(/(^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S*)/g, "$1password=***");
}

function parseUri(text: string): Record<string, string> {
  const match = /^postgres(?:ql)?:\/\/(?:([^@/?#]*)@)?([^/?#]*)(?:\/([^?#]*))?(?:\?([^#]*))?$/.exec(text);
  if (!match) throw new ConnectionStringError("är ingen giltig postgres://-adress");
  const [, userinfo, hostspec, path, query] = match;
  const out: Record<string, string> = {};
  if (userinfo) {
    const colon = userinfo.indexOf(":");
    const user = decode(colon === -1 ? userinfo : userinfo.slice(0, colon));
    if (user) out.user = user;
    if (colon !== -1) out.password = decode(userinfo.slice(colon + 1));
  }
  if (hostspec) {
    // host[:port], [ipv6][:port]; several comma-separated: the first.
    const first = hostspec.split(",")[0] ?? "";
    const hp = /^(?:\[([^\]]+)\]|([^:]*))(?::(\d*))?$/.exec(first);
    if (!hp) throw new ConnectionStringError(`ogiltig värd ${first}`);
    const host = decode(hp[1] ?? hp[2] ?? "");
    if (host) out.host = host;
    if (hp[3]) out.port = hp[3];
  }
  if (path) out.dbname = decode(path);
  for (const pair of (query ?? "").split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    if (eq === -1) throw new ConnectionStringError(`parametern ${pair} saknar värde`);
    const key = decode(pair.slice(0, eq));
    // Query parameters override the parts before them, as in libpq.
    out[key] = decode(pair.slice(eq + 1).replace(/\+/g, " "));
  }
  return out;
}

function parseKeywordValue(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    while (i < n && /\s/.test(text[i] ?? "")) i++;
  };
  skipSpace();
  if (!/^[a-z_]+\s*=/.test(text.slice(i)))
    throw new ConnectionStringError("ska vara en postgres://-adress eller nyckel=värde (host=… dbname=…)");
  while (i < n) {
    const key = /^[a-z_]+/.exec(text.slice(i))?.[0];
    if (!key) throw new ConnectionStringError(`oväntat tecken vid position ${i + 1}`);
    i += key.length;
    skipSpace();
    if (text[i] !== "=") throw new ConnectionStringError(`${key} saknar =`);
    i++;
    skipSpace();
    let value = "";
    if (text[i] === "'") {
      i++;
      for (;;) {
        if (i >= n) throw new ConnectionStringError(`${key}: citattecknet avslutas inte`);
        const ch = text[i] ?? "";
        if (ch === "\\" && i + 1 < n) {
          value += text[i + 1];
          i += 2;
        } else if (ch === "'") {
          i++;
          break;
        } else {
          value += ch;
          i++;
        }
      }
    } else {
      while (i < n && !/\s/.test(text[i] ?? "")) {
        const ch = text[i] ?? "";
        if (ch === "\\" && i + 1 < n) {
          value += text[i + 1];
          i += 2;
        } else {
          value += ch;
          i++;
        }
      }
    }
    out[key] = value;
    skipSpace();
  }
  return out;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new ConnectionStringError(`ogiltig procentkodning i ${part}`);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.LOGNAME ?? "postgres";
  }
}
