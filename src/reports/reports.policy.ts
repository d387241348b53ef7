/**
 * Who may do what with a partnership's reports (the återrapportering and the period reports), in
 * one table (see platform/policy.ts). Every role of the partnership reads them. The samordnare
 * (coordinator) edits the report's formal parts and moves it through the decision chain; the
 * administratör administers accounts and settings, not the political decision chain. Residents
 * read published reports through `publishing/`, never through these services.
 */
import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";

export const reportsPolicy = definePolicy<{
  read: InPartnership;
  editFormalParts: InPartnership;
  moveChain: InPartnership;
  editDefaults: InPartnership;
}>("reports", {
  /** The reports with their checks, previews and downloads (drafts included). */
  read: partnershipRule({ roles: EVERY_ROLE, public: "hidden" }),
  /** The report-back's narrative sections and registration number, while it is not decided. */
  editFormalParts: partnershipRule({ roles: { coordinator: true }, public: "hidden" }),
  /** The decision chain: send on, record consultations and the decision, correct a decided report. */
  moveChain: partnershipRule({ roles: { coordinator: true }, public: "hidden" }),
  /**
   * The partnership's defaults for new report-backs (heading, consultation bodies, signatories,
   * distribution, links, MBL) and its logo: settings, so the administratör too.
   */
  editDefaults: partnershipRule({ roles: { coordinator: true, administrator: true }, public: "hidden" }),
});
