CREATE TABLE "action_measure_commitments" (
	"measure_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	CONSTRAINT "action_measure_commitments_measure_id_commitment_id_pk" PRIMARY KEY("measure_id","commitment_id")
);
--> statement-breakpoint
CREATE TABLE "action_measure_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"status" text NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_measure_follow_ups_unique" UNIQUE("measure_id","period_id"),
	CONSTRAINT "action_measure_follow_ups_status_check" CHECK ("action_measure_follow_ups"."status" in ('not_started', 'in_progress', 'done', 'partly_done', 'not_done', 'not_applicable'))
);
--> statement-breakpoint
CREATE TABLE "action_measure_problems" (
	"measure_id" uuid NOT NULL,
	"problem_id" uuid NOT NULL,
	CONSTRAINT "action_measure_problems_measure_id_problem_id_pk" PRIMARY KEY("measure_id","problem_id")
);
--> statement-breakpoint
CREATE TABLE "action_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"responsible_party_id" uuid,
	"due_on" date,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"area_id" uuid,
	"analysis" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"police_figures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"plan_summary" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_year_unique" UNIQUE("partnership_id","year"),
	CONSTRAINT "assessments_year_check" CHECK ("assessments"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "action_measure_commitments" ADD CONSTRAINT "action_measure_commitments_measure_id_action_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."action_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measure_commitments" ADD CONSTRAINT "action_measure_commitments_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measure_follow_ups" ADD CONSTRAINT "action_measure_follow_ups_measure_id_action_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."action_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measure_follow_ups" ADD CONSTRAINT "action_measure_follow_ups_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measure_problems" ADD CONSTRAINT "action_measure_problems_measure_id_action_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."action_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measure_problems" ADD CONSTRAINT "action_measure_problems_problem_id_assessment_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."assessment_problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measures" ADD CONSTRAINT "action_measures_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_measures" ADD CONSTRAINT "action_measures_responsible_party_id_parties_id_fk" FOREIGN KEY ("responsible_party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_problems" ADD CONSTRAINT "assessment_problems_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_problems" ADD CONSTRAINT "assessment_problems_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_measure_problems_problem_idx" ON "action_measure_problems" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "action_measures_assessment_idx" ON "action_measures" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "assessment_problems_assessment_idx" ON "assessment_problems" USING btree ("assessment_id");