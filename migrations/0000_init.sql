CREATE TABLE "agreement_focus_problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_party_id_pk" PRIMARY KEY("agreement_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"signed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_range_check" CHECK ("agreements"."valid_to" is null or "agreements"."valid_to" >= "agreements"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "area_classifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"classification" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "area_classifications_kind_check" CHECK ("area_classifications"."classification" in ('vulnerable', 'risk', 'especially_vulnerable')),
	CONSTRAINT "area_classifications_range_check" CHECK ("area_classifications"."valid_to" is null or "area_classifications"."valid_to" >= "area_classifications"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" text DEFAULT 'district' NOT NULL,
	"name" text NOT NULL,
	"geojson" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "areas_name_unique" UNIQUE("partnership_id","name"),
	CONSTRAINT "areas_kind_check" CHECK ("areas"."kind" in ('municipality', 'district', 'place'))
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"partnership_id" uuid,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "demo_markers" (
	"table_name" text NOT NULL,
	"row_id" text NOT NULL,
	"field" text NOT NULL,
	"note" text NOT NULL,
	CONSTRAINT "demo_markers_table_name_row_id_field_pk" PRIMARY KEY("table_name","row_id","field")
);
--> statement-breakpoint
CREATE TABLE "follow_up_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"follow_up_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_measurements_unique" UNIQUE("follow_up_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"status" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"narrative" jsonb,
	"author_id" uuid,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_commitment_period_unique" UNIQUE("commitment_id","period_id"),
	CONSTRAINT "follow_ups_status_check" CHECK ("follow_ups"."status" in ('not_started', 'in_progress', 'done', 'partly_done', 'not_done', 'not_applicable')),
	CONSTRAINT "follow_ups_state_check" CHECK ("follow_ups"."state" in ('draft', 'submitted', 'returned', 'approved')),
	CONSTRAINT "follow_ups_approved_check" CHECK (("follow_ups"."state" = 'approved') = ("follow_ups"."approved_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "council_goal_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"body" text NOT NULL,
	"name" jsonb NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_goal_sets_years_check" CHECK ("council_goal_sets"."to_year" >= "council_goal_sets"."from_year")
);
--> statement-breakpoint
CREATE TABLE "council_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"text" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_goals_number_unique" UNIQUE("set_id","number")
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parties_name_unique" UNIQUE("partnership_id","name"),
	CONSTRAINT "parties_kind_check" CHECK ("parties"."kind" in ('municipality', 'police', 'other'))
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"municipality_name" text NOT NULL,
	"period_scheme" text DEFAULT 'tertial' NOT NULL,
	"deadline_offset_days" integer DEFAULT 14 NOT NULL,
	"default_locale" text DEFAULT 'sv' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnerships_slug_unique" UNIQUE("slug"),
	CONSTRAINT "partnerships_scheme_check" CHECK ("partnerships"."period_scheme" in ('tertial', 'quarter', 'half')),
	CONSTRAINT "partnerships_deadline_check" CHECK ("partnerships"."deadline_offset_days" between 0 and 90),
	CONSTRAINT "partnerships_slug_check" CHECK ("partnerships"."slug" ~ '^[a-z0-9][a-z0-9-]{0,62}$')
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"unit_id" uuid,
	"name" text NOT NULL,
	"title" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_name_unique" UNIQUE("party_id","name")
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"year" integer NOT NULL,
	"index" integer NOT NULL,
	"code" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"deadline" date NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_periods_code_unique" UNIQUE("partnership_id","code"),
	CONSTRAINT "reporting_periods_scheme_check" CHECK ("reporting_periods"."scheme" in ('tertial', 'quarter', 'half')),
	CONSTRAINT "reporting_periods_range_check" CHECK ("reporting_periods"."ends_on" >= "reporting_periods"."starts_on" and "reporting_periods"."deadline" >= "reporting_periods"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "commitment_goals" (
	"commitment_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "commitment_goals_commitment_id_goal_id_pk" PRIMARY KEY("commitment_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "commitment_parties" (
	"commitment_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"role" text DEFAULT 'responsible' NOT NULL,
	CONSTRAINT "commitment_parties_commitment_id_party_id_pk" PRIMARY KEY("commitment_id","party_id"),
	CONSTRAINT "commitment_parties_role_check" CHECK ("commitment_parties"."role" in ('responsible', 'contributor'))
);
--> statement-breakpoint
CREATE TABLE "commitment_units" (
	"commitment_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "commitment_units_commitment_id_unit_id_pk" PRIMARY KEY("commitment_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"promise_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"number" integer NOT NULL,
	"text" jsonb NOT NULL,
	"responsible_kind" text NOT NULL,
	"weight" double precision DEFAULT 1 NOT NULL,
	"carried_from_id" uuid,
	"carry_over" text,
	"carry_over_reason" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_number_unique" UNIQUE("promise_id","number"),
	CONSTRAINT "commitments_external_id_unique" UNIQUE("promise_id","external_id"),
	CONSTRAINT "commitments_kind_check" CHECK ("commitments"."responsible_kind" in ('joint', 'municipality', 'police', 'other')),
	CONSTRAINT "commitments_carry_over_check" CHECK ("commitments"."carry_over" is null or "commitments"."carry_over" in ('carry', 'close')),
	CONSTRAINT "commitments_weight_check" CHECK ("commitments"."weight" > 0),
	CONSTRAINT "commitments_number_check" CHECK ("commitments"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "promise_areas" (
	"promise_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	CONSTRAINT "promise_areas_promise_id_area_id_pk" PRIMARY KEY("promise_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "promise_parties" (
	"promise_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	CONSTRAINT "promise_parties_promise_id_party_id_pk" PRIMARY KEY("promise_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "promises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"agreement_id" uuid,
	"ref" text NOT NULL,
	"title" jsonb NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"background" jsonb,
	"how_made" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promises_ref_unique" UNIQUE("ref"),
	CONSTRAINT "promises_status_check" CHECK ("promises"."status" in ('draft', 'in_consultation', 'signed', 'published', 'following_up', 'reported_back', 'closed')),
	CONSTRAINT "promises_years_check" CHECK ("promises"."to_year" >= "promises"."from_year" and "promises"."from_year" between 2000 and 2100),
	CONSTRAINT "promises_ref_check" CHECK ("promises"."ref" ~ '^[a-z0-9][a-z0-9-]{0,79}$')
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" jsonb NOT NULL,
	"unit" text NOT NULL,
	"target_value" double precision NOT NULL,
	"direction" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_position_unique" UNIQUE("commitment_id","position"),
	CONSTRAINT "targets_direction_check" CHECK ("targets"."direction" in ('at_least', 'at_most', 'exactly'))
);
--> statement-breakpoint
CREATE TABLE "report_backs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"promise_id" uuid NOT NULL,
	"edition" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"registration_number" text,
	"title" jsonb NOT NULL,
	"addressee" text NOT NULL,
	"issuing_unit" text NOT NULL,
	"dated_on" date,
	"matter" jsonb,
	"background" jsonb,
	"gender_equality" jsonb,
	"publication_note" jsonb,
	"committee_note" jsonb,
	"goals_intro" jsonb,
	"mbl_statement" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_backs_edition_unique" UNIQUE("promise_id","edition"),
	CONSTRAINT "report_backs_status_check" CHECK ("report_backs"."status" in ('draft', 'consultation', 'to_committee', 'to_board', 'decided', 'published'))
);
--> statement-breakpoint
CREATE TABLE "report_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"body" text NOT NULL,
	"mode" text DEFAULT 'collaborated' NOT NULL,
	"stance" text,
	"comment" text,
	"consulted_on" date,
	CONSTRAINT "report_consultations_mode_check" CHECK ("report_consultations"."mode" in ('collaborated', 'prepared')),
	CONSTRAINT "report_consultations_stance_check" CHECK ("report_consultations"."stance" is null or "report_consultations"."stance" in ('endorses', 'rejects', 'no_objection'))
);
--> statement-breakpoint
CREATE TABLE "report_decision_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" jsonb NOT NULL,
	CONSTRAINT "report_decision_items_position_unique" UNIQUE("report_id","position")
);
--> statement-breakpoint
CREATE TABLE "report_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"body" text NOT NULL,
	"decided_on" date NOT NULL,
	"paragraph" text,
	"text" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_distribution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"recipient" text NOT NULL,
	CONSTRAINT "report_distribution_position_unique" UNIQUE("report_id","position")
);
--> statement-breakpoint
CREATE TABLE "report_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"url" text NOT NULL,
	"label" text,
	CONSTRAINT "report_links_position_unique" UNIQUE("report_id","position")
);
--> statement-breakpoint
CREATE TABLE "report_signatories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"title" text,
	CONSTRAINT "report_signatories_position_unique" UNIQUE("report_id","position")
);
--> statement-breakpoint
ALTER TABLE "agreement_focus_problems" ADD CONSTRAINT "agreement_focus_problems_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_classifications" ADD CONSTRAINT "area_classifications_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_measurements" ADD CONSTRAINT "follow_up_measurements_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_measurements" ADD CONSTRAINT "follow_up_measurements_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_approved_by_id_people_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_goal_sets" ADD CONSTRAINT "council_goal_sets_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_goals" ADD CONSTRAINT "council_goals_set_id_council_goal_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."council_goal_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_goals" ADD CONSTRAINT "commitment_goals_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_goals" ADD CONSTRAINT "commitment_goals_goal_id_council_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."council_goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_parties" ADD CONSTRAINT "commitment_parties_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_parties" ADD CONSTRAINT "commitment_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_units" ADD CONSTRAINT "commitment_units_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_units" ADD CONSTRAINT "commitment_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_promise_id_promises_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."promises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_carried_from_id_commitments_id_fk" FOREIGN KEY ("carried_from_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promise_areas" ADD CONSTRAINT "promise_areas_promise_id_promises_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."promises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promise_areas" ADD CONSTRAINT "promise_areas_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promise_parties" ADD CONSTRAINT "promise_parties_promise_id_promises_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."promises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promise_parties" ADD CONSTRAINT "promise_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_backs" ADD CONSTRAINT "report_backs_promise_id_promises_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."promises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_consultations" ADD CONSTRAINT "report_consultations_report_id_report_backs_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report_backs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_decision_items" ADD CONSTRAINT "report_decision_items_report_id_report_backs_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report_backs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_decisions" ADD CONSTRAINT "report_decisions_report_id_report_backs_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report_backs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_distribution" ADD CONSTRAINT "report_distribution_report_id_report_backs_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report_backs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_links" ADD CONSTRAINT "report_links_report_id_report_backs_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report_backs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_signatories" ADD CONSTRAINT "report_signatories_report_id_report_backs_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report_backs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_focus_problems_agreement_idx" ON "agreement_focus_problems" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "agreements_partnership_idx" ON "agreements" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "area_classifications_area_idx" ON "area_classifications" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_partnership_idx" ON "audit_events" USING btree ("partnership_id","seq");--> statement-breakpoint
CREATE INDEX "follow_ups_period_idx" ON "follow_ups" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "council_goals_set_idx" ON "council_goals" USING btree ("set_id");--> statement-breakpoint
CREATE INDEX "parties_partnership_idx" ON "parties" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "people_partnership_idx" ON "people" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "units_party_idx" ON "units" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "commitments_carried_from_idx" ON "commitments" USING btree ("carried_from_id");--> statement-breakpoint
CREATE INDEX "promises_partnership_idx" ON "promises" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "report_consultations_report_idx" ON "report_consultations" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_decisions_report_idx" ON "report_decisions" USING btree ("report_id");