import { DEMO_PARTNERSHIP_ID } from "../src/demo/load-demo.js";
import { AREA, PARTY, UNIT } from "../src/demo/skaggetorp-2017-ids.js";
import type { Db } from "../src/platform/db/client.js";
import { addCommitment } from "../src/promises/edit-commitments.js";
import { createPromise } from "../src/promises/edit-promise.js";
import type { CommitmentFields, PromiseFields } from "../src/promises/editor.types.js";
import { principal } from "./principals.js";

export const coordinator = principal("coordinator");

export const promiseFields = (over: Partial<PromiseFields> = {}): PromiseFields => ({
  title: "Testlöfte",
  fromYear: 2019,
  toYear: 2019,
  background: "",
  howMade: "",
  areaIds: [AREA.skaggetorp],
  partyIds: [PARTY.municipality, PARTY.police],
  ...over,
});

export const pointFields = (
  kind: CommitmentFields["responsibleKind"],
  over: Partial<CommitmentFields> = {},
): CommitmentFields => ({
  text: `En ${kind}-punkt`,
  responsibleKind: kind,
  responsiblePartyIds:
    kind === "joint"
      ? [PARTY.municipality, PARTY.police]
      : kind === "police"
        ? [PARTY.police]
        : [PARTY.municipality],
  contributorPartyIds: [],
  unitIds: kind === "police" ? [UNIT.communityPolice] : [],
  goalIds: [],
  weight: 1,
  targets: [],
  ...over,
});

let counter = 0;

/** A fresh draft promise in the demo partnership with a municipality, a police and a joint point. */
export async function freshDraft(db: Db) {
  counter += 1;
  const ref = `test-${process.pid}-${counter}`;
  const promise = await createPromise({
    db,
    viewer: coordinator,
    partnershipId: DEMO_PARTNERSHIP_ID,
    ref,
    fields: promiseFields(),
  });
  const municipality = await addCommitment({
    db,
    viewer: coordinator,
    promiseId: promise.id,
    fields: pointFields("municipality"),
  });
  const police = await addCommitment({
    db,
    viewer: coordinator,
    promiseId: promise.id,
    fields: pointFields("police"),
  });
  const joint = await addCommitment({
    db,
    viewer: coordinator,
    promiseId: promise.id,
    fields: pointFields("joint"),
  });
  return { promise, points: { municipality, police, joint } };
}
