import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { principal } from "../../test/principals.js";

/**
 * Every operation of the OpenAPI document, whatever its method, called by a signed-in coordinator
 * (who may reach every route): malformed ids are 400, unknown ids 404 (or 400 when the body is
 * wrong first), and nothing is ever a 500.
 */
interface OpenApiDocument {
  servers: { url: string }[];
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>
  >;
}

let t: TestApp;
let doc: OpenApiDocument;
beforeAll(async () => {
  // Also a system administrator, so that the installation's routes reach their id lookups too.
  t = await createTestApp({ as: { ...principal("coordinator"), systemAdministrator: true } });
  doc = (await (await t.app.request("/api/v1/openapi.json")).json()) as OpenApiDocument;
});
afterAll(() => t.database.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      path,
      method: method.toUpperCase(),
      params: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
      hasBody: op.requestBody !== undefined,
    })),
  );

function url(path: string, values: (name: string) => string): string {
  return `${doc.servers[0]?.url}${path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values(name)))}`;
}

const call = (method: string, path: string, hasBody: boolean) =>
  t.app.request(path, {
    method,
    ...(hasBody ? { body: "{}", headers: { "Content-Type": "application/json" } } : {}),
  });

describe("every operation of the OpenAPI document", () => {
  it("covers the read and the write routes", () => {
    const ops = operations();
    expect(ops.filter((o) => o.method !== "GET").length).toBeGreaterThanOrEqual(5);
    expect(ops.filter((o) => o.params.length > 0).length).toBeGreaterThanOrEqual(15);
  });

  it("answers a malformed id in any path parameter with 400 and a JSON message", async () => {
    for (const op of operations().filter((o) => o.params.length > 0)) {
      for (const [i, bad] of [
        "abc",
        "3f1c2a9e-5b7d-4e2f-9a61-0c8d4b2e7f1",
        "'; drop table promises; --",
      ].entries()) {
        // A partnership's slug is lower-case letters, digits and dashes: these are malformed slugs.
        const badSlug = ["ABC", "-abc", "'; drop table promises; --"][i] as string;
        const res = await call(
          op.method,
          url(op.path, (name) => (name === "slug" ? badSlug : bad)),
          op.hasBody,
        );
        expect(res.status, `${op.method} ${op.path} ${bad}`).toBe(400);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.message.length, `${op.method} ${op.path}`).toBeGreaterThan(10);
      }
    }
  });

  it("answers unknown ids with 404 (400 when the body is refused first), never 500", async () => {
    for (const op of operations().filter((o) => o.params.length > 0)) {
      const res = await call(
        op.method,
        url(op.path, (name) =>
          name === "period"
            ? "2017-T1"
            : name === "week"
              ? "2026-W31"
              : name === "year"
                ? "2017"
                : randomUUID(),
        ),
        op.hasBody,
      );
      const expected = op.hasBody ? [400, 404] : [404];
      expect(expected, `${op.method} ${op.path} → ${res.status}`).toContain(res.status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code, `${op.method} ${op.path}`).toMatch(/^[a-z_]+$/);
    }
    expect(t.loggedErrors).toEqual([]);
  });
});
