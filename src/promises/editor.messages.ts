import { defineMessages } from "../platform/i18n/define.js";

/** Interface texts of the editor module. */
export const editorMessages = defineMessages({}, {});
