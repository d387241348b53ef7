import { AppError } from "../platform/errors.js";
import type { BodyLimit } from "../platform/http/body-limit.js";
import { UPLOAD_MEGABYTES } from "./indicators.types.js";

/** The size limit of a survey results file (the workspace page and the API): 413 naming the limit. */
export const SURVEY_UPLOAD_LIMIT: BodyLimit = {
  path: /^(\/arbete\/[^/]+\/trygghet\/import|\/api\/v1\/partnerships\/[^/]+\/indicators\/import)$/,
  maxBytes: UPLOAD_MEGABYTES * 1024 * 1024 + 64 * 1024,
  error: () => new AppError("payload_too_large", { entity: "survey_file", max: UPLOAD_MEGABYTES }),
};
