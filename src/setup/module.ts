import { AppError } from "../platform/errors.js";
import { MAX_GEOJSON_BYTES } from "../platform/maps/geojson.js";
import type { AppModule } from "../platform/module.js";
import { setupMessages } from "./setup.messages.js";
import { setupPages } from "./setup.pages.js";
import { setupApi } from "./setup.routes.js";

const tooLarge = () =>
  new AppError("payload_too_large", { entity: "boundary", max: MAX_GEOJSON_BYTES / 1024 });

/**
 * A partnership's own setup: parties, units, people, areas (with GeoJSON boundaries drawn as
 * maps), council goal sets and agreements, in the workspace and the API, and the setup file.
 */
export const setupModule: AppModule = {
  name: "setup",
  api: setupApi,
  pages: setupPages,
  messages: setupMessages,
  menu: [
    {
      path: (slug) => `/arbete/${slug}/installningar`,
      label: "setup.nav",
      roles: ["administrator", "coordinator"],
      order: 90,
    },
  ],
  /** Boundary uploads (2 MB and the form around it); a setup file may carry several boundaries. */
  bodyLimits: [
    {
      path: /^\/arbete\/[^/]+\/installningar\/omraden(\/[^/]+\/grans)?$/,
      maxBytes: MAX_GEOJSON_BYTES + 64 * 1024,
      error: tooLarge,
    },
    {
      path: /^\/api\/v1\/partnerships\/[^/]+\/setup\/areas(\/[^/]+\/boundary)?$/,
      maxBytes: MAX_GEOJSON_BYTES + 64 * 1024,
      error: tooLarge,
    },
    { path: /^\/api\/v1\/partnerships\/[^/]+\/setup$/, maxBytes: 8 * MAX_GEOJSON_BYTES, error: tooLarge },
  ],
};
