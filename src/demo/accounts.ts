import { insertAccount, insertGrant } from "../accounts/accounts.repository.js";
import { hashPassword } from "../accounts/password.js";
import { insertDemoMarkers } from "../platform/markers/markers.repository.js";
import type { Role } from "../platform/viewer.js";
import type { DemoPart } from "./demo-part.js";
import { DEMO_PARTNERSHIP_ID, PARTY, PERSON, UNIT } from "./skaggetorp-2017-ids.js";

/**
 * Demo accounts: one per role in the demo partnership, all with the same published password,
 * signed in at once (no forced change). They exist only in demo data; every value is marked.
 */
export const DEMO_PASSWORD = "demo-losenord-2017";

export interface DemoAccount {
  id: string;
  grantId: string;
  email: string;
  name: string;
  personId: string | null;
  role: Role;
  partyId: string | null;
  unitIds: string[];
}

export const DEMO_ACCOUNTS = {
  administrator: {
    id: "d7d94985-8cd7-4961-aff3-79c71208617e",
    grantId: "b3f11ad5-5f07-4c62-a5b1-a49328a53568",
    email: "administrator@demo.medborgarlofte.se",
    name: "Maja Demoadmin",
    personId: null,
    role: "administrator",
    partyId: null,
    unitIds: [],
  },
  coordinator: {
    id: "a0eca4bb-eeda-4ced-8d8a-c085b578409b",
    grantId: "94a41fd0-d1a5-4183-9af8-08cc10d578a7",
    email: "samordnare@demo.medborgarlofte.se",
    name: "Lena Exempelsson",
    personId: PERSON.districtCoordinator,
    role: "coordinator",
    partyId: null,
    unitIds: [],
  },
  policeCoordinator: {
    id: "fc59bcee-7c26-4659-9bb3-72186007a55f",
    grantId: "21cf2120-5bb8-41ae-9004-6a481a361da2",
    email: "kommunpolis@demo.medborgarlofte.se",
    name: "Omar Demosson",
    personId: PERSON.communityOfficer,
    role: "police_coordinator",
    partyId: null,
    unitIds: [],
  },
  cultureReporter: {
    id: "3b9b03cf-6833-46c6-863f-484f50a06d89",
    grantId: "1affba1b-b86d-4108-9d13-4b5c5541ff34",
    email: "rapportor.kultur@demo.medborgarlofte.se",
    name: "Sofia Testberg",
    personId: PERSON.cultureReporter,
    role: "reporter",
    partyId: PARTY.municipality,
    unitIds: [UNIT.cultureAndLeisure],
  },
  policeReporter: {
    id: "81b45456-0845-499c-8473-7e5af6b9e8a9",
    grantId: "9ccdc20f-ae29-4b3c-b259-b06e0507ef65",
    email: "rapportor.polis@demo.medborgarlofte.se",
    name: "Ali Polisrapportör",
    personId: null,
    role: "reporter",
    partyId: PARTY.police,
    unitIds: [],
  },
  reader: {
    id: "54fe3b7a-722f-441e-8ce0-5dad3809d721",
    grantId: "913a76f0-e6ad-41ba-96da-63b9b623ce73",
    email: "lasare@demo.medborgarlofte.se",
    name: "Nils Läsare",
    personId: null,
    role: "reader",
    partyId: null,
    unitIds: [],
  },
  communicator: {
    id: "8b426749-a03d-46d2-90cd-b980d55f243c",
    grantId: "0bbaefe4-db6c-46b3-806a-d0cec49b4997",
    email: "kommunikator@demo.medborgarlofte.se",
    name: "Ella Kommunikatör",
    personId: null,
    role: "communicator",
    partyId: null,
    unitIds: [],
  },
  incidentReporter: {
    id: "2c7e9a41-6f3b-4d25-8e1a-93b0c4d7f512",
    grantId: "e4a8b2c6-1d3f-4a57-b9e0-7c2d5f8a1b34",
    email: "handelserapportor@demo.medborgarlofte.se",
    name: "Hanna Händelsesson",
    personId: null,
    role: "incident_reporter",
    partyId: PARTY.municipality,
    unitIds: [],
  },
} as const satisfies Record<string, DemoAccount>;

/**
 * The demo installation's system administrator: no role in any partnership; sets up partnerships
 * and invites their administrators (/arbete/system). Same published password.
 */
export const DEMO_SYSTEM_ADMINISTRATOR = {
  id: "5e0c4f7a-3b8d-4c1e-9f2a-6d7b8c9e0a1f",
  email: "system@demo.medborgarlofte.se",
  name: "Sam Systemadmin",
} as const;

const NOTE = "Demokonto: finns bara i demodata; lösenordet är publicerat i README";

/**
 * The demo part: inserts the accounts and their roles. The password is hashed once per load. The
 * load's one "demo.loaded" audit event covers these rows (same transaction).
 */
let pendingHash: Promise<string> | null = null;

export const loadDemoAccounts: DemoPart = async (tx) => {
  const passwordHash = await (pendingHash ?? hashPassword(DEMO_PASSWORD));
  pendingHash = null;
  const markers: { tableName: string; rowId: string; field: string; note: string }[] = [];
  for (const a of Object.values(DEMO_ACCOUNTS) as DemoAccount[]) {
    await insertAccount(tx, {
      id: a.id,
      email: a.email,
      name: a.name,
      personId: a.personId,
      passwordHash,
      mustChangePassword: false,
    });
    await insertGrant(
      tx,
      {
        id: a.grantId,
        accountId: a.id,
        partnershipId: DEMO_PARTNERSHIP_ID,
        role: a.role,
        partyId: a.partyId,
      },
      a.unitIds,
    );
    for (const field of ["email", "name", "password_hash"])
      markers.push({ tableName: "accounts", rowId: a.id, field, note: NOTE });
    markers.push({ tableName: "role_grants", rowId: a.grantId, field: "role", note: NOTE });
  }
  const sys = DEMO_SYSTEM_ADMINISTRATOR;
  await insertAccount(tx, { ...sys, passwordHash, mustChangePassword: false, systemAdministrator: true });
  for (const field of ["email", "name", "password_hash", "system_administrator"])
    markers.push({ tableName: "accounts", rowId: sys.id, field, note: NOTE });
  await insertDemoMarkers(tx, markers);
};

// The one scrypt hash of the load runs on the thread pool while the dataset is being inserted.
loadDemoAccounts.prepare = () => {
  pendingHash = hashPassword(DEMO_PASSWORD);
  pendingHash.catch(() => {}); // awaited (and reported) in the part itself
};
