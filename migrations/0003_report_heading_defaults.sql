CREATE TABLE "report_defaults" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"addressee" text DEFAULT 'kommunstyrelsen' NOT NULL,
	"issuing_unit" text DEFAULT '' NOT NULL,
	"issuing_subunit" text,
	"officer_name" text,
	"officer_title" text,
	"officer_phone" text,
	"officer_email" text,
	"mbl_statement" text,
	"consultations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signatories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"distribution" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"logo_type" text,
	"logo_data" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_backs" ADD COLUMN "issuing_subunit" text;--> statement-breakpoint
ALTER TABLE "report_backs" ADD COLUMN "officer_name" text;--> statement-breakpoint
ALTER TABLE "report_backs" ADD COLUMN "officer_title" text;--> statement-breakpoint
ALTER TABLE "report_backs" ADD COLUMN "officer_phone" text;--> statement-breakpoint
ALTER TABLE "report_backs" ADD COLUMN "officer_email" text;--> statement-breakpoint
ALTER TABLE "report_backs" ADD COLUMN "correction_reason" jsonb;--> statement-breakpoint
ALTER TABLE "report_backs" ADD COLUMN "replaced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "report_decisions" ADD COLUMN "step" text DEFAULT 'board' NOT NULL;--> statement-breakpoint
ALTER TABLE "report_defaults" ADD CONSTRAINT "report_defaults_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_decisions" ADD CONSTRAINT "report_decisions_step_check" CHECK ("report_decisions"."step" in ('committee', 'board'));