import { accountsMessages } from "../../accounts/accounts.messages.js";
import { editorMessages } from "../../promises/editor.messages.js";
import { remindersMessages } from "../../reminders/reminders.messages.js";
import { reportsMessages } from "../../reports/reports.messages.js";
import { workspaceMessages } from "../../workspace/workspace.messages.js";
import { en as coreEn } from "./en.js";
import { sv as coreSv } from "./sv.js";

/**
 * The full catalogs: the core texts (public pages, errors, statuses) plus each module's texts.
 * A module adds its file here once.
 */
const modules = [
  accountsMessages,
  workspaceMessages,
  editorMessages,
  remindersMessages,
  reportsMessages,
] as const;

export type MessageKey =
  | keyof typeof coreSv
  | keyof typeof accountsMessages.sv
  | keyof typeof workspaceMessages.sv
  | keyof typeof editorMessages.sv
  | keyof typeof remindersMessages.sv
  | keyof typeof reportsMessages.sv;

export const svCatalog = Object.assign({}, coreSv, ...modules.map((m) => m.sv)) as Record<MessageKey, string>;
export const enCatalog = Object.assign({}, coreEn, ...modules.map((m) => m.en)) as Record<MessageKey, string>;
