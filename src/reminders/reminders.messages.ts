import { defineMessages } from "../platform/i18n/define.js";

/** Interface texts of the reminders module. */
export const remindersMessages = defineMessages({}, {});
