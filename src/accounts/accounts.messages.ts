import { defineMessages } from "../platform/i18n/define.js";

/** Interface texts of the accounts module. */
export const accountsMessages = defineMessages({}, {});
