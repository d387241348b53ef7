import { bodyLimit } from "hono/body-limit";
import { AppError } from "../platform/errors.js";
import { LIMITS } from "./editor.types.js";

/** The size limit of spreadsheet uploads (pages and API): 413 with a message naming the limit. */
export const uploadLimit = bodyLimit({
  maxSize: LIMITS.uploadMegabytes * 1024 * 1024,
  onError: () => {
    throw new AppError("payload_too_large", { entity: "spreadsheet", max: LIMITS.uploadMegabytes });
  },
});
