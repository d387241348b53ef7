import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.database.close());

interface OpenApiDocument {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
}

const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });

describe("health and OpenAPI", () => {
  it("answers /healthz when the database answers", async () => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("publishes an OpenAPI 3.1 document generated from the route schemas", async () => {
    const res = await get("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as OpenApiDocument;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/partnerships",
        "/partnerships/{partnershipId}",
        "/promises",
        "/promises/{promiseId}",
        "/promises/{promiseId}/follow-ups",
        "/promises/{promiseId}/progress",
        "/commitments/{commitmentId}",
      ]),
    );
  });
});

describe("every route of the OpenAPI document", async () => {
  const { app, database } = await createTestApp({ demo: false });
  const doc = (await (await app.request("/api/v1/openapi.json")).json()) as OpenApiDocument;
  await database.close();
  const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      path,
      method,
      params: (op.parameters ?? []).filter((p) => p.in === "path"),
    })),
  );
  // Read routes addressed by ids only (write routes and routes with other path parameters, e.g. a
  // period code, have their own tests).
  const withIds = routes.filter(
    (r) => r.method === "get" && r.params.length > 0 && r.params.every((p) => p.name.endsWith("Id")),
  );

  it("has routes with path ids to check", () => {
    expect(withIds.length).toBeGreaterThanOrEqual(8);
  });

  for (const route of withIds) {
    const fill = (value: string) =>
      `${doc.servers[0]?.url}${route.path.replace(/\{\w+\}/g, encodeURIComponent(value))}`;
    const call = (path: string) => t.app.request(path, { method: route.method.toUpperCase() });

    it(`${route.method.toUpperCase()} ${route.path} answers a malformed id with 400 and a message`, async () => {
      for (const bad of [
        "abc",
        "123",
        "3f1c2a9e-5b7d-4e2f-9a61-0c8d4b2e7f1",
        "'; drop table promises; --",
        "ö",
      ]) {
        const res = await call(fill(bad));
        expect(res.status, bad).toBe(400);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("invalid_id");
        expect(body.error.message).toContain("har fel form");
      }
    });

    it(`${route.method.toUpperCase()} ${route.path} answers an unknown id with 404 and a message`, async () => {
      const res = await call(fill(randomUUID()));
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("not_found");
      expect(body.error.message.length).toBeGreaterThan(10);
    });
  }
});

describe("errors", () => {
  it("answers unknown API paths with a JSON 404", async () => {
    const res = await get("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("answers bad query parameters with 400, naming the parameter", async () => {
    for (const query of ["year=abc", "year=1800", "status=flying", "partnershipId=nope"]) {
      const res = await get(`/api/v1/promises?${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("invalid_query");
      expect(body.error.message).toContain(query.split("=")[0]);
    }
  });

  it("speaks English to clients that ask for it", async () => {
    const res = await get("/api/v1/promises/abc", { "Accept-Language": "en-GB,en;q=0.9" });
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/is malformed/);
  });

  it("never answers with a 500 or a stack trace, even for odd requests", async () => {
    const odd = [
      "/api/v1/promises?period=2017-T9",
      "/api/v1/promises/%E0%A4%A",
      "/loften/%00",
      `/loften/${"a".repeat(500)}`,
      "/api/v1/partnerships/%20",
      "/?lang=xx",
    ];
    for (const path of odd) {
      const res = await get(path);
      expect(res.status, path).toBeLessThan(500);
      expect(await res.text(), path).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    expect(t.loggedErrors).toEqual([]);
  });

  it("sets security headers with a script-free content security policy", async () => {
    const res = await get("/");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("request body limit", () => {
  it("refuses a body over 1 MB with 413 before sign-in reads the form, streamed or not", async () => {
    const big = `email=a%40b.se&password=${"x".repeat(1024 * 1024)}`;
    const withLength = await t.app.request("/logga-in", {
      method: "POST",
      body: big,
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(big.length) },
    });
    expect(withLength.status).toBe(413);
    const streamed = await t.app.request("/api/v1/promises", {
      method: "POST",
      body: new Blob([big]).stream(),
      duplex: "half",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe("payload_too_large");
  });
});
