import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("mail, jobs and public URL configuration", () => {
  it("defaults: outbox only, a tick a minute, links to localhost on the port", () => {
    const config = loadConfig({ PORT: "8080" });
    expect(config.mail).toEqual({ provider: "outbox", from: "medborgarlofte@localhost" });
    expect(config.jobsIntervalSeconds).toBe(60);
    expect(config.publicUrl).toBe("http://localhost:8080");
    expect(config.publicUrlConfigured).toBe(false);
    expect(config.openData).toEqual({ publisher: null, contactEmail: "medborgarlofte@localhost" });
  });

  it("open data: PUBLIC_URL set is known; publisher and contact from OPEN_DATA_*, else MAIL_FROM", () => {
    const config = loadConfig({ PUBLIC_URL: "https://loften.example.se", MAIL_FROM: "noreply@example.se" });
    expect(config.publicUrlConfigured).toBe(true);
    expect(config.openData.contactEmail).toBe("noreply@example.se");
    const named = loadConfig({
      OPEN_DATA_PUBLISHER: "Exempelstads kommun",
      OPEN_DATA_CONTACT: "data@example.se",
    });
    expect(named.openData).toEqual({ publisher: "Exempelstads kommun", contactEmail: "data@example.se" });
    expect(() => loadConfig({ OPEN_DATA_CONTACT: "inte en adress" })).toThrow(/OPEN_DATA_CONTACT/);
  });

  it("SMTP_URL chooses the SMTP provider; PUBLIC_URL loses its trailing slash", () => {
    const config = loadConfig({
      SMTP_URL: "smtp://user:pass@mail.example.se:587",
      MAIL_FROM: "noreply@example.se",
      PUBLIC_URL: "https://loften.example.se/",
      JOBS_INTERVAL_SECONDS: "0",
    });
    expect(config.mail).toEqual({
      provider: "smtp",
      url: "smtp://user:pass@mail.example.se:587",
      from: "noreply@example.se",
    });
    expect(config.publicUrl).toBe("https://loften.example.se");
    expect(config.jobsIntervalSeconds).toBe(0);
  });

  it.each([
    ["SMTP_URL", "http://mail.example.se"],
    ["MAIL_FROM", "inte en adress"],
    ["PUBLIC_URL", "ftp://example.se"],
    ["JOBS_INTERVAL_SECONDS", "-1"],
    ["JOBS_INTERVAL_SECONDS", "ofta"],
    ["JOBS_INTERVAL_SECONDS", "1.5"],
    ["PORT", "70000"],
    ["PORT", "80a"],
    ["DEMO", "kanske"],
    ["LOG_LEVEL", "verbose"],
    ["DEFAULT_LOCALE", "de"],
    ["BACKUP_KEEP", "0"],
  ])("refuses %s=%s and names the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it("reads flags, levels and numbers, and reports every bad variable at once", () => {
    const config = loadConfig({
      DEMO: "no",
      TRUST_PROXY: "1",
      LOG_LEVEL: "warn",
      PORT: " 8081 ",
      BACKUP_KEEP: "3",
    });
    expect([config.demo, config.trustProxy, config.logLevel, config.port, config.backup.keep]).toEqual([
      false,
      true,
      "warn",
      8081,
      3,
    ]);
    expect(() => loadConfig({ PORT: "x", DEMO: "kanske" })).toThrow(
      "Ogiltig konfiguration:\n  PORT: ska vara ett portnummer\n  DEMO: ska vara true eller false",
    );
  });
});
