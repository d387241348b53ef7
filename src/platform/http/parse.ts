import type { z } from "zod";
import { AppError, type ErrorCode } from "../errors.js";

/**
 * Validates one input outside the OpenAPI routes (pages) with the same schemas, throwing the
 * same AppError the API would.
 *
 * @example
 * const ref = parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  failure: { code: ErrorCode; param: string },
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError(failure.code, { param: failure.param, value: String(value ?? "") });
  return parsed.data;
}
