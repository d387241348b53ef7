/**
 * The layering rules `npm run check` enforces (`npm run deps`). ARCHITECTURE.md explains them:
 * platform knows no module; only the composition root (src/app) and the CLI assemble modules;
 * pages, API routes and views reach data through services, never through repositories; no
 * import circles.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import circle: split the shared part out or turn one direction around.",
      from: {},
      to: { circular: true },
    },
    {
      name: "platform-imports-no-module",
      severity: "error",
      comment: "platform/ holds shared mechanisms with no domain knowledge; modules plug in through src/app.",
      from: { path: "^src/platform/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^src/", pathNot: "^src/platform/" },
    },
    {
      name: "only-the-root-assembles",
      severity: "error",
      comment: "Only src/app (the composition root), the CLI and tests import src/app.",
      from: { path: "^src/", pathNot: ["^src/app/", "^src/cli/", "\\.test\\.tsx?$"] },
      to: { path: "^src/app/" },
    },
    {
      name: "pages-routes-views-use-services",
      severity: "error",
      comment: "A page, an API route or a view calls a service; repositories are the services' business.",
      from: { path: ["\\.pages\\.tsx?$", "\\.routes\\.tsx?$", "/views/"] },
      to: { path: "\\.repository\\.ts$" },
    },
    {
      name: "open-data-reads-through-publishing",
      severity: "error",
      comment:
        "Open data reads only through the publishing boundary's readers (published data only): no repository, table or database access of its own.",
      from: { path: "^src/opendata/", pathNot: "\\.test\\.tsx?$" },
      to: { path: ["\\.repository\\.ts$", "\\.schema\\.ts$", "^src/platform/db/"] },
    },
    {
      name: "product-code-imports-no-tests",
      severity: "error",
      comment: "Test helpers are for tests.",
      from: { path: "^src/", pathNot: "\\.test\\.tsx?$" },
      to: { path: ["^test/", "\\.test\\.tsx?$"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^dist/", "node_modules"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
