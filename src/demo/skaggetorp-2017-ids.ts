/**
 * Fixed ids of the Skäggetorp 2017 demo: the same on every load, so links, tests and screenshots
 * can name them. Generated once with crypto.randomUUID(); never change them.
 */

/** The demo partnership; its presence means the demo is loaded. */
export const DEMO_PARTNERSHIP_ID = "6048d8df-e754-4b43-84e8-816268806009";

/** The demo promise's reference. */
export const DEMO_PROMISE_REF = "skaggetorp-2017";

export const PARTY = {
  municipality: "66e27564-a81a-4da9-a7cb-b20ee6466dd5",
  police: "59f5964b-f37f-4e49-965a-a32bb75d8f6d",
  sportsFederation: "6017dc73-5d60-4edc-933d-b3fa48205a7b",
  safetyCouncil: "72cdf1aa-154e-4610-91ab-73531b7be978",
  vartNygard: "c5be39e2-5f10-4fc0-bf0b-780118c9402a",
  propertyOwners: "4587fbcb-2d03-4223-b7d1-a7698fa3ab26",
} as const;

export const UNIT = {
  executiveOffice: "1e584659-db17-4a64-93c2-2cc8425a079a",
  securityUnit: "e9693e91-8001-41f3-9372-aa2ed2ca4224",
  cultureAndLeisure: "152d352d-b42a-4227-9e1f-71ac313bd657",
  careOffice: "a2853fd1-6003-4d57-9163-bc873c94d009",
  educationOffice: "47d6a35f-9cae-4a8c-9b7c-c2f542ac2623",
  environmentAndPlanning: "8781066d-7566-4fe4-a186-930e17905145",
  fieldWork: "5e5494d5-f468-48ae-b055-7def21f62eb2",
  skaggetorpSchool: "34e7c7ad-3844-4329-800b-8f35e28cb73c",
  youthCentre: "7feee3c6-6255-433a-86c5-bc44fd2eeff8",
  ungPuls: "d9ceba90-6905-40e0-b27e-eab27e0bc5c7",
  bridgeBuilders: "cb0ad0f9-3af2-4d6a-b619-7eea02337e78",
  communityPolice: "d24dfc9b-2c50-48ba-8f96-b12b9e205959",
} as const;

export const PERSON = {
  hakansson: "8813c01b-1721-4429-95f1-3b964ceacf91",
  borin: "538aa57e-2e9d-4e08-887a-5ad789801c7e",
  districtCoordinator: "ba229aa6-95e8-42c2-b5a1-f74e1164c66e",
  communityOfficer: "3d1bd4e8-5afb-439f-8c79-3af7379f7180",
  cultureReporter: "4a007eca-51cd-419e-8f32-f1c2f31e5109",
  educationReporter: "7d30ba93-4b3c-43fd-b2ef-54716ee312f4",
  planningReporter: "dce1ff9b-5452-4ee3-9557-dddd91d7f2e6",
} as const;

export const AREA = {
  linkoping: "ad1b48cb-ef0c-43aa-a0b1-260a8a4f9b1d",
  skaggetorp: "2f8c5b64-7db1-4ab4-a293-1f8aede63fde",
} as const;

export const GOAL_SET = "a56664e6-3516-47a1-ba0a-2f8c2b36f03b";
export const GOAL = {
  three: "fd473759-f197-40d0-bee8-a711747c2a66",
  seven: "5e0a3340-2435-42cc-9146-70da0f708f7a",
} as const;

export const AGREEMENT = "97300571-6e53-4431-82f0-418848531fa9";
export const PROMISE = "116f37f3-c2ec-4171-af21-1d09c6ab93f3";

/** Commitments by their number in the promise. */
export const COMMITMENT = {
  1: "e03ddf4b-feb8-4262-9be0-62486aede996",
  2: "544d6979-0707-4697-beea-324854f8b257",
  3: "19abda10-2a95-4a42-9671-5f8e4e0681cb",
  4: "08ffa751-b12f-4319-a4fc-933dc897a22c",
  5: "8001d87a-aec2-4795-a056-6b0c24a8b225",
  6: "796a80fb-38a9-4e6a-ad93-b5d25f487a2d",
  7: "7d244c8c-1a3f-49ed-bb19-0c9cfe6f7a44",
  8: "62cb0dba-a1eb-4df4-a616-bddff1762e8e",
} as const;

export const TARGET = {
  safetyWalks: "dff5edfe-e352-4b5c-af67-28bc0603c18d",
  openingDays: "ff6a353f-f50e-44a6-8cbf-c8b58bffc7b2",
  trafficControls: "dff88bc1-8548-4042-a550-41020299b190",
} as const;

/** Reporting periods 2017-T1, -T2, -T3 by tertial. */
export const PERIOD = {
  1: "44b97044-debf-4f9c-b63f-f9e53ac2b699",
  2: "48a9c9e8-1064-4e9f-b992-1cfaf0ca0042",
  3: "8350b8c2-f0fd-4065-ae1e-5015ed9c34aa",
} as const;

export const REPORT_BACK = "c1b5723e-4300-4e95-a05b-85a5b86b7a29";
