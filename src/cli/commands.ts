// Each command loads what it uses when it runs (dynamic imports below): `promises` does not load
// the web server, documents (docx), spreadsheets (exceljs), the browser (playwright-core), OpenID
// or mail; only `serve` loads the whole application.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import type { Config } from "../platform/config.js";
import type { Database } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import { pickText } from "../platform/i18n/localized-text.js";
import type { Logger } from "../platform/log.js";
import { SYSTEM_VIEWER } from "../platform/viewer.js";
import type { DocumentFormat } from "../reports/build-document.js";
import type { SetupProblem } from "../setup/setup-file.js";

export interface CommandContext {
  config: Config;
  log: Logger;
  /** Print machine-readable JSON instead of a table. */
  json: boolean;
  /** `--check`: validate only (setup:apply). */
  check?: boolean;
  /** Positional arguments after the command name (only for commands in ARGUMENT_COMMANDS). */
  args?: string[];
  /** String options (--kind, --period, --format, --out, --edition). */
  options?: Partial<
    Record<
      | "kind"
      | "period"
      | "format"
      | "out"
      | "edition"
      | "slug"
      | "name"
      | "municipality"
      | "police"
      | "county"
      | "partnership"
      | "email"
      | "issuer"
      | "client-id"
      | "secret"
      | "domains"
      | "scopes"
      | "email-claim"
      | "email-verified-claim"
      | "name-claim"
      | "to"
      | "partnerships"
      | "years",
      string
    >
  >;
}

/** Commands that take positional arguments and options. */
export const ARGUMENT_COMMANDS: ReadonlySet<string> = new Set([
  "report",
  "partnership:create",
  "admin:create",
  "admin:invite",
  "sso:add",
  "sso:enable",
  "sso:disable",
  "backup",
  "restore",
  "move",
  "synth",
  "setup:apply",
  "setup:example",
]);

type Command = (ctx: CommandContext) => Promise<number>;

/** What the invitation commands print: the link goes by mail too (the outbox), valid 7 days. */
function invitedText(email: string, link: string): string {
  return `${email} är inbjuden. Inbjudan ligger i utkorgen. Länken (gäller i 7 dagar, en gång):\n${link}`;
}

export const HELP = `Medborgarlöfte – medborgarlöften från underlag till återrapportering.

Användning: medborgarlofte <kommando> [--json]

Kommandon:
  serve      Starta webbservern (PORT, standard 3000).
  migrate    Kör databasens migreringar.
  demo       Ladda demodata (Linköping, Skäggetorp 2017). Gör inget om den redan finns.
  promises   Lista medborgarlöften med den referens som andra kommandon tar.
  db:check   Visa schemaversion och antal rader per tabell.
  jobs:run   Kör bakgrundsjobben en gång nu (påminnelser, e-post), t.ex. från cron när
             JOBS_INTERVAL_SECONDS=0.
  partnership:create --slug linkoping --name NAMN --municipality KOMMUN --police LPO [--county LÄN]
             Lägg upp en ny samverkan: kommunen och lokalpolisområdet som parter.
  admin:invite E-POST --name NAMN
             Bjud in en systemadministratör för installationen (så får en tom installation
             sin första). Inbjudan läggs i utkorgen och länken skrivs ut; den gäller i 7 dagar.
             Systemadministratören lägger upp samverkan och bjuder in deras administratörer
             under /arbete/system.
  admin:create --partnership linkoping --email E-POST --name NAMN
             Bjud in en administratör för en samverkan. Inbjudan läggs i utkorgen och länken
             skrivs ut.
  sso:add --name "Linköpings kommun" --issuer URL --client-id ID --secret env:OIDC_SECRET_X
          --domains linkoping.se [--partnership linkoping] [--scopes "openid email profile"]
          [--email-claim email] [--email-verified-claim email_verified] [--name-claim name]
             Lägg till en inloggningstjänst (OpenID Connect). Utan --partnership gäller den
             hela installationen. Hemligheten anges bara som referens (env:… eller file:…).
  sso:list   Lista inloggningstjänsterna (id, samverkan, om hemligheten finns).
  sso:enable ID / sso:disable ID
             Slå på eller stäng av en inloggningstjänst.
  report <löfte> [--partnership SLUG] --kind aterrapportering|period|protokollsutdrag
             [--period 2017-T2] [--edition N] --format html|docx|pdf --out FIL
             Skriv återrapporteringen, en periodrapport eller ett protokollsutdrag av en
             beslutad utgåva som fil. Avbryter med slutkod 1 och en lista över vad som
             saknas om underlaget är ofullständigt. --partnership behövs när flera
             samverkningar har ett löfte med samma referens.

  setup:example [--format yaml|json]
             Skriv ut en komplett exempelfil för en samverkans uppsättning (parter, enheter,
             personer, områden med GeoJSON, mål, överenskommelse, konton att bjuda in).
  setup:apply FIL [--check]
             Läs en uppsättningsfil (JSON eller YAML; - läser från standard in) och för in den
             i en enda transaktion. En andra körning ändrar ingenting. --check kontrollerar
             bara. Fel anges med sökväg i filen, t.ex. parties[3].kind.

  backup FIL  Skriv en säkerhetskopia av hela databasen (gzip). Fungerar medan servern kör;
             på PGlite går den genom den körande servern.
  restore FIL Läs in en säkerhetskopia i en tom databas (PGlite eller PostgreSQL).
  move --to postgres://användare@värd/databas
             Flytta en inbäddad installation (DATA_DIR) till en tom PostgreSQL-databas och
             kontrollera antal rader och kontrollsummor i båda innan den säger klart.

  synth --partnerships 290 --years 10
             Skapa en syntetisk nationell datamängd för prestandamätning (markerad som
             syntetisk: slug och referenser börjar med "syntetisk-"). Inte för riktiga data.

Databasen är PGlite i DATA_DIR (standard ./data), eller PostgreSQL om DATABASE_URL är satt.

Slutkoder: 0 klart, 1 fel, 2 fel användning eller konfiguration, 3 datakatalogen används av
en annan process, 4 en migrering misslyckades.
`;

async function withDatabase(
  ctx: CommandContext,
  work: (database: Database) => Promise<number>,
): Promise<number> {
  const [{ openDatabase }, { migrate }] = await Promise.all([
    import("../platform/db/client.js"),
    import("../platform/db/migrate.js"),
  ]);
  const database = await openDatabase(ctx.config.database);
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

/** How long a shutdown (SIGTERM/SIGINT) may wait for in-flight requests and the running job. */
const SHUTDOWN_TIMEOUT_MS = 25_000;

const print = (line: string) => process.stdout.write(`${line}\n`);

export const COMMANDS = {
  async serve(ctx) {
    const { startServer } = await import("../app/server.js");
    const server = await startServer(ctx.config, ctx.log);
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    ctx.log.info(
      `${signal}: stänger – tar inte emot nya anslutningar, låter pågående anrop och jobb bli klara`,
    );
    // A second signal, or the timeout, ends what is still open instead of waiting for it.
    let forced = false;
    const force = (why: string) => {
      if (forced) return;
      forced = true;
      ctx.log.error(`${why}: avbryter öppna anslutningar`);
      server.abortConnections();
      // A job that does not end either: leave anyway (the exit handler releases the lock).
      setTimeout(() => process.exit(1), 5000).unref();
    };
    const onSecond = () => force("Andra signalen");
    process.once("SIGINT", onSecond);
    process.once("SIGTERM", onSecond);
    const timer = setTimeout(
      () => force(`Inte klart efter ${SHUTDOWN_TIMEOUT_MS / 1000} s`),
      SHUTDOWN_TIMEOUT_MS,
    );
    try {
      await server.close();
      const { closeSharedPdfProvider } = await import("../platform/pdf/pdf.js");
      await closeSharedPdfProvider();
    } finally {
      clearTimeout(timer);
      process.off("SIGINT", onSecond);
      process.off("SIGTERM", onSecond);
    }
    ctx.log.info(forced ? "Stängd efter avbrott" : "Stängd");
    return forced ? 1 : 0;
  },

  async migrate(ctx) {
    const [{ openDatabase }, { migrate }] = await Promise.all([
      import("../platform/db/client.js"),
      import("../platform/db/migrate.js"),
    ]);
    const database = await openDatabase(ctx.config.database);
    try {
      const result = await migrate(database);
      if (ctx.json) print(JSON.stringify(result));
      else if (result.applied.length === 0) print(`Databasen är redan aktuell (${result.current}).`);
      else
        print(
          `Körde ${result.applied.length} migreringar: ${result.applied.join(", ")}. Nu på ${result.current}.`,
        );
      return 0;
    } finally {
      await database.close();
    }
  },

  demo: (ctx) =>
    withDatabase(ctx, async (database) => {
      const { loadDemo } = await import("../demo/load-demo.js");
      const result = await loadDemo(database.db);
      if (ctx.json) print(JSON.stringify(result));
      else
        print(
          result.loaded
            ? "Demodata laddad: Linköping, Skäggetorp 2017."
            : "Demodata fanns redan; inget ändrades.",
        );
      return 0;
    }),

  promises: (ctx) =>
    withDatabase(ctx, async (database) => {
      const { listPromises } = await import("../promises/list-promises.js");
      const promises = await listPromises({ db: database.db, viewer: SYSTEM_VIEWER });
      if (ctx.json) {
        print(
          JSON.stringify(
            promises.map(({ ref, id, title, fromYear, toYear, status, commitmentCount }) => ({
              ref,
              id,
              title: title.sv,
              fromYear,
              toYear,
              status,
              commitmentCount,
            })),
          ),
        );
        return 0;
      }
      if (promises.length === 0) {
        print("Inga medborgarlöften ännu. Ladda demodata med: medborgarlofte demo");
        return 0;
      }
      const rows = promises.map((p) => [
        p.ref,
        p.fromYear === p.toYear ? String(p.fromYear) : `${p.fromYear}–${p.toYear}`,
        p.status,
        String(p.commitmentCount),
        pickText(p.title, "sv").text,
      ]);
      printTable(["REFERENS", "ÅR", "LÄGE", "PUNKTER", "TITEL"], rows);
      return 0;
    }),

  "db:check": (ctx) =>
    withDatabase(ctx, async (database) => {
      const [{ appliedMigrations, readMigrations }, { countRowsPerTable }] = await Promise.all([
        import("../platform/db/migrate.js"),
        import("../platform/db/inspect.js"),
      ]);
      const applied = [...(await appliedMigrations(database)).keys()];
      const pending = readMigrations().filter((m) => !applied.includes(m.name));
      const counts = await countRowsPerTable(database.db);
      if (ctx.json) {
        print(
          JSON.stringify({
            database: database.kind,
            location: database.location,
            schemaVersion: applied.at(-1) ?? null,
            pending: pending.length,
            tables: counts,
          }),
        );
        return 0;
      }
      print(`Databas: ${database.kind} (${database.location})`);
      print(
        `Schemaversion: ${applied.at(-1) ?? "ingen"} (${applied.length} migreringar, ${pending.length} väntar)`,
      );
      printTable(
        ["TABELL", "RADER"],
        counts.map((c) => [c.table, String(c.rows)]),
      );
      return 0;
    }),

  "jobs:run": (ctx) =>
    withDatabase(ctx, async (database) => {
      const { config, log } = ctx;
      const [{ JOBS, scheduleDailyJobs }, { runDueJobs }, { systemClock }] = await Promise.all([
        import("../app/jobs.js"),
        import("../platform/jobs/runner.js"),
        import("../platform/clock.js"),
      ]);
      const mailTransport =
        config.mail.provider === "smtp"
          ? (await import("../platform/mail/transport.js")).createSmtpTransport(config.mail.url)
          : null;
      const deps = { config, log, clock: systemClock, mailTransport };
      await scheduleDailyJobs(database.db, deps.clock, config);
      const result = await runDueJobs({ db: database.db, jobs: JOBS, deps, workerId: `cli-${process.pid}` });
      if (ctx.json) print(JSON.stringify(result));
      else print(`Körde ${result.done} jobb; ${result.failed} misslyckades (försöks igen senare).`);
      return result.failed > 0 ? 1 : 0;
    }),
  report: reportCommand,
  backup: async (ctx) => (await import("./backup-commands.js")).backupCommand(ctx),
  restore: async (ctx) => (await import("./backup-commands.js")).restoreCommand(ctx),
  move: async (ctx) => (await import("./backup-commands.js")).moveCommand(ctx),
  synth: (ctx) => {
    const { partnerships = "290", years = "10", ...rest } = ctx.options ?? {};
    const given = Object.entries(rest).filter(([, v]) => v !== undefined);
    if (!/^[1-9]\d*$/.test(partnerships) || !/^[1-9]\d*$/.test(years) || given.length || ctx.args?.length) {
      process.stderr.write("Användning: medborgarlofte synth --partnerships 290 --years 10\n");
      return Promise.resolve(2);
    }
    return withDatabase(ctx, async (database) => {
      const { synthesize } = await import("../demo/synth.js");
      const result = await synthesize(database.db, {
        partnerships: Number(partnerships),
        years: Number(years),
        progress: (done, total) => process.stderr.write(`Syntetiska samverkansområden: ${done}/${total}\n`),
      });
      if (ctx.json) print(JSON.stringify(result));
      else
        print(
          `Skapade ${result.partnerships} syntetiska samverkansområden på ${(result.ms / 1000).toFixed(1)} s: ${Object.entries(
            result.rows,
          )
            .map(([table, n]) => `${table} ${n}`)
            .join(", ")}.`,
        );
      return 0;
    });
  },

  "setup:example": (ctx) => {
    const format = ctx.options?.format ?? "yaml";
    if ((format !== "yaml" && format !== "json") || ctx.args?.length) {
      process.stderr.write("Användning: medborgarlofte setup:example [--format yaml|json]\n");
      return Promise.resolve(2);
    }
    return import("../setup/setup-example.js").then(({ setupExample }) => {
      process.stdout.write(setupExample(format));
      return 0;
    });
  },

  "setup:apply": async (ctx) => {
    const [path, ...more] = ctx.args ?? [];
    const given = Object.keys(ctx.options ?? {}).filter(
      (k) => ctx.options?.[k as keyof typeof ctx.options] !== undefined,
    );
    if (!path || more.length > 0 || given.length > 0) {
      process.stderr.write(
        "Användning: medborgarlofte setup:apply FIL [--check]   (FIL - läser standard in)\n",
      );
      return 2;
    }
    let text: string;
    try {
      text = path === "-" ? readFileSync(0, "utf8") : readFileSync(path, "utf8");
    } catch {
      process.stderr.write(`Fel: kan inte läsa filen ${path}.\n`);
      return 2;
    }
    const [{ readSetupFile }, { applySetup }] = await Promise.all([
      import("../setup/setup-file.js"),
      import("../setup/apply-setup.js"),
    ]);
    try {
      const file = readSetupFile(text);
      return await withDatabase(ctx, async (database) => {
        const result = await applySetup({
          db: database.db,
          viewer: SYSTEM_VIEWER,
          mail: { config: ctx.config },
          file,
          check: ctx.check ?? false,
        });
        if (ctx.json) print(JSON.stringify(result));
        else if (result.changes.length === 0)
          print(`Samverkan ${result.slug}: allt stämmer redan med filen; inget ändrades.`);
        else {
          print(
            ctx.check
              ? `Filen är giltig. Detta skulle ändras i ${result.slug} (${result.changes.length}):`
              : `Samverkan ${result.slug}: ${result.changes.length} ändringar införda:`,
          );
          for (const change of result.changes) print(`  ${change}`);
        }
        return 0;
      });
    } catch (error) {
      if (error instanceof AppError && error.code === "setup_invalid") {
        const problems = error.details as SetupProblem[];
        process.stderr.write(`Uppsättningsfilen har ${problems.length} fel; ingenting ändrades:\n`);
        for (const p of problems) process.stderr.write(`  ${p.path ? `${p.path}: ` : ""}${p.message}\n`);
        return 1;
      }
      throw error;
    }
  },

  "partnership:create": (ctx) => {
    const { slug, name, municipality, police, county } = ctx.options ?? {};
    if (!slug || !name || !municipality || !police || ctx.args?.length) {
      process.stderr.write(
        "Användning: medborgarlofte partnership:create --slug linkoping --name NAMN --municipality KOMMUN --police LPO [--county LÄN]\n",
      );
      return Promise.resolve(2);
    }
    return withDatabase(ctx, async (database) => {
      const { createPartnership } = await import("../partnerships/create-partnership.js");
      const created = await createPartnership({
        db: database.db,
        viewer: SYSTEM_VIEWER,
        input: { slug, name, municipalityName: municipality, policeName: police, county },
      });
      if (ctx.json) print(JSON.stringify(created));
      else
        print(
          `Samverkan ${created.slug} är upplagd. Bjud in en administratör under /arbete/system eller: medborgarlofte admin:create --partnership ${created.slug} --email … --name …`,
        );
      return 0;
    });
  },

  "admin:create": (ctx) => {
    const { partnership, email, name } = ctx.options ?? {};
    if (!partnership || !email || !name || ctx.args?.length) {
      process.stderr.write(
        "Användning: medborgarlofte admin:create --partnership linkoping --email E-POST --name NAMN\n",
      );
      return Promise.resolve(2);
    }
    return withDatabase(ctx, async (database) => {
      const [{ findPartnershipBySlug }, { createPartnershipAccount }] = await Promise.all([
        import("../partnerships/partnerships.repository.js"),
        import("../accounts/administer-accounts.js"),
      ]);
      const found = await findPartnershipBySlug(database.db, partnership);
      if (!found) throw new AppError("not_found", { entity: "partnership", value: partnership });
      const { link } = await createPartnershipAccount({
        db: database.db,
        viewer: SYSTEM_VIEWER,
        partnershipId: found.id,
        mail: { config: ctx.config },
        email,
        name,
        personId: null,
        firstRole: { role: "administrator", partyId: null, unitIds: [] },
      });
      if (ctx.json) print(JSON.stringify({ email, link }));
      else print(invitedText(email, link));
      return 0;
    });
  },

  "admin:invite": (ctx) => {
    const email = ctx.args?.[0] ?? ctx.options?.email;
    const name = ctx.options?.name;
    if (!email || !name || (ctx.args?.length ?? 0) > 1) {
      process.stderr.write("Användning: medborgarlofte admin:invite E-POST --name NAMN\n");
      return Promise.resolve(2);
    }
    return withDatabase(ctx, async (database) => {
      const { inviteSystemAdministrator } = await import("../system/system-admin.js");
      const { link } = await inviteSystemAdministrator({
        db: database.db,
        viewer: SYSTEM_VIEWER,
        mail: { config: ctx.config },
        email,
        name,
      });
      if (ctx.json) print(JSON.stringify({ email, link }));
      else print(invitedText(email, link));
      return 0;
    });
  },

  "sso:add": (ctx) => {
    const o = ctx.options ?? {};
    if (!o.name || !o.issuer || !o["client-id"] || !o.secret || !o.domains || ctx.args?.length) {
      process.stderr.write(
        "Användning: medborgarlofte sso:add --name NAMN --issuer URL --client-id ID --secret env:OIDC_SECRET_X --domains kommun.se [--partnership SLUG]\n",
      );
      return Promise.resolve(2);
    }
    return withDatabase(ctx, async (database) => {
      const [{ findPartnershipBySlug }, { addProvider }] = await Promise.all([
        import("../partnerships/partnerships.repository.js"),
        import("../accounts/sso/manage-providers.js"),
      ]);
      const found = o.partnership ? await findPartnershipBySlug(database.db, o.partnership) : null;
      if (o.partnership && !found)
        throw new AppError("not_found", { entity: "partnership", value: o.partnership });
      const { id } = await addProvider({
        db: database.db,
        viewer: SYSTEM_VIEWER,
        partnershipId: found?.id ?? null,
        input: {
          name: o.name ?? "",
          issuer: o.issuer ?? "",
          clientId: o["client-id"] ?? "",
          clientSecretRef: o.secret ?? "",
          allowedDomains: o.domains ?? "",
          scopes: o.scopes ?? "",
          emailClaim: o["email-claim"] ?? "",
          emailVerifiedClaim: o["email-verified-claim"] ?? "",
          nameClaim: o["name-claim"] ?? "",
          selfService: false,
        },
      });
      if (ctx.json) print(JSON.stringify({ id }));
      else print(`Inloggningstjänsten ${o.name} är tillagd (id ${id}).`);
      return 0;
    });
  },
  "sso:list": (ctx) =>
    withDatabase(ctx, async (database) => {
      const { listProvidersForCli } = await import("../accounts/sso/manage-providers.js");
      const providers = await listProvidersForCli({
        db: database.db,
        viewer: SYSTEM_VIEWER,
        config: ctx.config,
      });
      if (ctx.json) print(JSON.stringify(providers));
      else
        for (const p of providers)
          print(
            `${p.id}  ${p.enabled ? "på " : "av "} ${p.name} (${p.installationWide ? "hela installationen" : "en samverkan"}) ${p.issuer} ${p.clientSecretRef}${p.secretFound ? "" : " – hemligheten saknas"}`,
          );
      return 0;
    }),
  "sso:enable": (ctx) => switchProvider(ctx, true),
  "sso:disable": (ctx) => switchProvider(ctx, false),
} satisfies Record<string, Command>;

function switchProvider(ctx: CommandContext, enabled: boolean): Promise<number> {
  const [id, ...extra] = ctx.args ?? [];
  if (!id || extra.length > 0 || Object.values(ctx.options ?? {}).some((v) => v !== undefined)) {
    process.stderr.write(
      `Användning: medborgarlofte sso:${enabled ? "enable" : "disable"} ID (se sso:list)\n`,
    );
    return Promise.resolve(2);
  }
  return withDatabase(ctx, async (database) => {
    const { setProviderEnabledFromCli } = await import("../accounts/sso/manage-providers.js");
    const name = await setProviderEnabledFromCli({
      db: database.db,
      viewer: SYSTEM_VIEWER,
      providerId: id,
      enabled,
    });
    print(`${name} är ${enabled ? "påslagen" : "avstängd"}.`);
    return 0;
  });
}

export type CommandName = keyof typeof COMMANDS;

/** The formats of `report --format` (checked before anything is loaded). */
const REPORT_FORMATS = ["html", "docx", "pdf"] as const satisfies readonly DocumentFormat[];

async function reportCommand(ctx: CommandContext): Promise<number> {
  const [ref, ...extra] = ctx.args ?? [];
  const { kind, period, format, out, edition, partnership } = ctx.options ?? {};
  const usage = (problem: string) => {
    process.stderr.write(
      `${problem}\nAnvändning: medborgarlofte report <löfte> [--partnership SLUG] --kind aterrapportering|period|protokollsutdrag [--period 2017-T2] [--edition N] --format html|docx|pdf --out FIL\n`,
    );
    return 2;
  };
  if (!ref || extra.length) return usage("Ange ett löfte (referensen från medborgarlofte promises).");
  if (kind !== "aterrapportering" && kind !== "period" && kind !== "protokollsutdrag")
    return usage("--kind ska vara aterrapportering, period eller protokollsutdrag.");
  if (!format || !(REPORT_FORMATS as readonly string[]).includes(format))
    return usage("--format ska vara html, docx eller pdf.");
  if (!out) return usage("Ange filen att skriva med --out.");
  if (edition !== undefined && !/^[1-9]\d*$/.test(edition)) return usage("--edition ska vara ett heltal.");
  return withDatabase(ctx, async (database) => {
    // The command line is the system viewer: it reads every partnership's reports.
    const db = database.db;
    // References are unique per partnership: --partnership picks one; without it, a reference two
    // partnerships use is refused with a message that asks for it.
    const { findPartnershipBySlug } = await import("../partnerships/partnerships.repository.js");
    const found = partnership ? await findPartnershipBySlug(db, partnership) : null;
    if (partnership && !found) throw new AppError("not_found", { entity: "partnership", value: partnership });
    const key = found ? { ref, partnershipId: found.id } : { ref };
    const { buildReportBack, buildProtocolExtract, buildPeriodReport, renderDocument } = await import(
      "../reports/build-document.js"
    );
    const built =
      kind === "aterrapportering"
        ? await buildReportBack({
            db,
            viewer: SYSTEM_VIEWER,
            ...key,
            edition: edition ? Number(edition) : undefined,
          })
        : kind === "protokollsutdrag"
          ? await buildProtocolExtract({
              db,
              viewer: SYSTEM_VIEWER,
              ...key,
              edition: edition ? Number(edition) : undefined,
            })
          : await buildPeriodReport({ db, viewer: SYSTEM_VIEWER, ...key, period });
    const errors = built.issues.filter((i) => i.severity === "error");
    for (const issue of built.issues) {
      process.stderr.write(
        `${issue.severity === "error" ? "FEL" : "VARNING"} [${issue.code}] ${issue.message}\n`,
      );
    }
    if (errors.length > 0) {
      process.stderr.write(`Underlaget är ofullständigt: ${errors.length} fel. Ingen fil skrevs.\n`);
      return 1;
    }
    const { sharedPdfProvider } = await import("../platform/pdf/pdf.js");
    const pdf = sharedPdfProvider(ctx.config.chromiumPath);
    try {
      const bytes = await renderDocument(built.model, format as DocumentFormat, () => pdf);
      writeFileSync(out, bytes);
    } finally {
      await pdf.close();
    }
    if (ctx.json) print(JSON.stringify({ out, bytes: statSync(out).size, issues: built.issues }));
    else print(`Skrev ${out} (${built.model.meta.title}).`);
    return 0;
  });
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  ");
  print(line(header));
  for (const row of rows) print(line(row));
}
