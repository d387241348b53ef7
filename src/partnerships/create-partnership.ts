import { z } from "zod";
import type { Db } from "../platform/db/client.js";
import { databaseErrorOf } from "../platform/db/db-error.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { isReservedSegment } from "../publishing/public-paths.js";
import { partnershipsPolicy } from "./partnerships.policy.js";
import { insertPartnership, insertParty } from "./partnerships.repository.js";

export const CreatePartnershipInputSchema = z.object({
  // A slug is the first segment of the partnership's public addresses: not one the application
  // uses (isReservedSegment covers every first segment the app registers, "system" included).
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .refine((slug) => !isReservedSegment(slug)),
  name: z.string().trim().min(1).max(200),
  municipalityName: z.string().trim().min(1).max(200),
  policeName: z.string().trim().min(1).max(200),
  county: z.string().trim().max(100).optional(),
});

export type CreatePartnershipInput = z.input<typeof CreatePartnershipInputSchema>;

/**
 * Sets up a new partnership (the tenant): the municipality and its local police area as its two
 * first parties, with the default tertial scheme. The first step of an installation without demo
 * data; the administrator comes next (invited by the system administrator, or `medborgarlofte admin:create`).
 */
export async function createPartnership(options: {
  db: Db;
  viewer: Viewer;
  input: CreatePartnershipInput;
}): Promise<{ id: string; slug: string }> {
  partnershipsPolicy.authorize(options.viewer, "create", undefined);
  const parsed = CreatePartnershipInputSchema.safeParse(options.input);
  if (!parsed.success) {
    const param = String(parsed.error.issues[0]?.path[0] ?? "");
    throw new AppError("invalid_body", {
      param,
      value: String(options.input[param as keyof CreatePartnershipInput] ?? ""),
    });
  }
  const input = parsed.data;
  try {
    return await mutate(options.db, actorOf(options.viewer), async (tx, audit) => {
      const partnership = await insertPartnership(tx, {
        slug: input.slug,
        name: input.name,
        municipalityName: input.municipalityName,
        county: input.county || null,
      });
      const municipality = await insertParty(tx, {
        partnershipId: partnership.id,
        kind: "municipality",
        name: input.municipalityName,
        shortName: "Kommunen",
      });
      const police = await insertParty(tx, {
        partnershipId: partnership.id,
        kind: "police",
        name: input.policeName,
        shortName: "Polisen",
      });
      audit({
        action: "partnership.created",
        entityType: "partnership",
        entityId: partnership.id,
        partnershipId: partnership.id,
        after: { ...input, parties: [municipality.id, police.id] },
      });
      return { id: partnership.id, slug: partnership.slug };
    });
  } catch (error) {
    if (databaseErrorOf(error)?.code === "23505") {
      throw new AppError("conflict", { entity: "partnership", value: input.slug });
    }
    throw error;
  }
}
