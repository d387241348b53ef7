import { defineMessages } from "../platform/i18n/define.js";

/** Interface texts of the workspace module. */
export const workspaceMessages = defineMessages({}, {});
