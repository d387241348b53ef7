import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";

/** A raw report, or the list of them: `mine` when every report in it is the viewer's own. */
export interface ReportsResource extends InPartnership {
  mine: boolean;
}

/** A weekly lägesbild: shared ones are read by every member, drafts by those who compile. */
export interface SituationResource extends InPartnership {
  shared: boolean;
}

const COMPILERS = { coordinator: true, police_coordinator: true } as const;

/**
 * Weekly incident reports (EST). Raw reports are data about crime (GDPR art. 10): they are read
 * by the samordnare, the kommunpolis and the administratör, and by a händelserapportör only their
 * own; every other member sees aggregates only (the shared lägesbild, with counts below 5 hidden).
 * Nobody outside the partnership learns any of this exists.
 */
export const incidentsPolicy = definePolicy<{
  report: InPartnership;
  readReports: ReportsResource;
  readSituation: SituationResource;
  compile: InPartnership;
  assess: InPartnership;
  share: InPartnership;
  publishSituation: InPartnership;
  configure: InPartnership;
  exportCounts: InPartnership;
}>("incidents", {
  /** Reporting an incident: the händelserapportör, for the party (organisation) of their role. */
  report: partnershipRule({ roles: { incident_reporter: true }, public: "hidden" }),
  readReports: partnershipRule({
    roles: {
      administrator: true,
      ...COMPILERS,
      incident_reporter: (_grant, r) => r.mine,
    },
    public: "hidden",
  }),
  readSituation: partnershipRule({
    roles: {
      administrator: true,
      ...COMPILERS,
      reporter: (_g, r) => r.shared,
      reader: (_g, r) => r.shared,
      communicator: (_g, r) => r.shared,
      incident_reporter: (_g, r) => r.shared,
    },
    public: "hidden",
  }),
  /** Compiling a week's lägesbild now (the Monday job does it for last week). */
  compile: partnershipRule({ roles: COMPILERS, public: "hidden" }),
  /** Writing the assessment of a lägesbild. */
  assess: partnershipRule({ roles: COMPILERS, public: "hidden" }),
  /** Sharing a lägesbild with every member of the partnership. */
  share: partnershipRule({ roles: { coordinator: true }, public: "hidden" }),
  /**
   * Publishing a shared lägesbild's figures to residents, and withdrawing them: its own act, by the
   * samordnare only (sharing with the partnership is not publishing). Residents then see the week's
   * counts per category, every count from 1 to 4 as "färre än 5" (`publishing/public-incidents.ts`).
   */
  publishSituation: partnershipRule({ roles: { coordinator: true }, public: "hidden" }),
  /** The category list, the reporting rhythm and the retention. */
  configure: partnershipRule({ roles: { administrator: true, coordinator: true }, public: "hidden" }),
  /** The weekly counts as CSV (counts below 5 hidden): aggregates, so every member. */
  exportCounts: partnershipRule({ roles: EVERY_ROLE, public: "hidden" }),
});
