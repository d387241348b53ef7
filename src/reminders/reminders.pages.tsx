import { Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema } from "../platform/http/schemas.js";
import { requireWorkspace } from "../workspace/workspace-context.js";
import { getOutboxMail, listOutbox } from "./outbox.service.js";
import { OutboxMailPage, OutboxPage } from "./views/outbox-page.js";

/** Pages of the reminders module: the outbox, for the partnership's administrators. */
export const remindersPages = new Hono<AppEnv>()
  .get("/arbete/:partnership/utkorg", async (c) => {
    const ws = await requireWorkspace(c);
    const mails = await listOutbox({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
    });
    return c.html(
      <OutboxPage
        ctx={ws.ctx}
        partnershipName={ws.partnership.name}
        slug={ws.partnership.slug}
        nav={ws.nav}
        mails={mails}
        provider={c.get("config").mail.provider}
      />,
    );
  })
  .get("/arbete/:partnership/utkorg/:mailId", async (c) => {
    const ws = await requireWorkspace(c);
    const mailId = parseInput(IdSchema, c.req.param("mailId"), { code: "invalid_id", param: "mailId" });
    const mail = await getOutboxMail({
      db: c.get("db"),
      viewer: ws.principal,
      partnershipId: ws.partnership.id,
      mailId,
    });
    return c.html(
      <OutboxMailPage
        ctx={ws.ctx}
        partnershipName={ws.partnership.name}
        slug={ws.partnership.slug}
        nav={ws.nav}
        mail={mail}
      />,
    );
  });
