/** Fixed ids of the live 2026 demo round (generated once with crypto.randomUUID(); never change them). */
export const ROUND_2026_PROMISE = "e0397af0-1210-4b02-949c-7749b5dcbc11";
export const ROUND_2026_REF = "skaggetorp-2026";

/** Points of the 2026 promise by number. */
export const ROUND_2026_POINT = {
  1: "5ac216a3-63e8-460f-91cb-559c11216814",
  2: "33d00939-63cf-4958-8bf4-7d7669b74462",
  3: "efe2f929-6161-475d-bc4f-890a591f09eb",
  4: "597a77b0-26e3-4a34-9607-f54a846f2dfd",
  5: "c82f143c-7eaa-478d-b036-35ae8ef94f6d",
} as const;

export const ROUND_2026_TARGET = {
  safetyWalks: "10fd19c4-2f02-4186-b12e-924a745ee37a",
  eveningsOpen: "f9a148cb-7120-4132-9955-5c8a7a8a5223",
  patrolEvenings: "eb55cc31-1549-4b19-bc90-6520f67e07fc",
} as const;

/** Periods 2026-T1–T3. */
export const ROUND_2026_PERIOD = {
  1: "2ed3de36-f435-4667-9a13-e07dc2f1a433",
  2: "2ac40c15-e08d-4417-b67a-563ac8b3dd8b",
  3: "9af53f63-b191-4ce2-a57e-ef013483522d",
} as const;

/** Follow-ups of T1 and T2 (approved) by point number, and the three of T3 under way. */
export const ROUND_2026_FOLLOW_UP = {
  t1: {
    1: "e842005e-c757-4be8-9d43-427a686d3081",
    2: "b99c2aef-8659-49f5-8e3d-44f2a1a3163b",
    3: "b06100cb-b821-433d-8fea-53fc2f681d0c",
    4: "a657c841-ed6f-4fda-8a2b-56fd3f5a23f6",
    5: "a090577c-b617-47ac-bae3-4d21bf2aebcb",
  },
  t2: {
    1: "6303c802-18b8-4457-a962-8d20d8d855f9",
    2: "8276051b-a136-46f8-aafd-ca42ddfd38fe",
    3: "8f87f3f7-8edd-4190-895a-925618b14c94",
    4: "4e293830-465b-41d3-a479-5ac53488ecb7",
    5: "fe0e0656-8ed8-4e75-87b9-620896c7934b",
  },
  /** T3: point 1 submitted, point 2 returned, point 3 draft; 4 and 5 not started. */
  t3Submitted: "fd992f38-4dce-44fa-ab80-e9ac1af9a7e2",
  t3Returned: "d488ef81-fa73-446c-aa2f-5aa0e1e839b8",
  t3Draft: "ba44729b-ae78-4237-ac1b-6c4d6ccaba7e",
} as const;
