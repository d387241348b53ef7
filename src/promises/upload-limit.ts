import { AppError } from "../platform/errors.js";
import type { BodyLimit } from "../platform/http/body-limit.js";
import { LIMITS } from "./editor.types.js";

/**
 * The size limit of spreadsheet uploads (the import page and the API): 413 with a message naming
 * the limit. Declared in the module and applied by the app before authentication reads the body.
 */
export const SPREADSHEET_UPLOAD_LIMIT: BodyLimit = {
  path: /^(\/arbete\/[^/]+\/loften\/[^/]+|\/api\/v1\/promises\/[^/]+)\/import$/,
  maxBytes: LIMITS.uploadMegabytes * 1024 * 1024,
  error: () => new AppError("payload_too_large", { entity: "spreadsheet", max: LIMITS.uploadMegabytes }),
};
