import type { AppModule } from "../platform/module.js";
import { openDataMessages } from "./opendata.messages.js";
import { openDataPages } from "./opendata.pages.js";

/**
 * Open data: the published promises, points, approved follow-ups and progress as CSV and JSON,
 * Atom feeds, the DCAT-AP-SE catalogue, sitemap.xml and robots.txt, and the page that explains
 * them. It reads only through the publishing boundary's readers and has no policy of its own:
 * everything it shows is public by `publishing.policy.ts`.
 */
export const openDataModule: AppModule = {
  name: "opendata",
  pages: openDataPages,
  messages: openDataMessages,
};
