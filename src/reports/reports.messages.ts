import { defineMessages } from "../platform/i18n/define.js";

/** Interface texts of the reports module. */
export const reportsMessages = defineMessages({}, {});
