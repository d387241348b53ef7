CREATE TABLE "incident_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"subcategories" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_categories_key_unique" UNIQUE("partnership_id","key"),
	CONSTRAINT "incident_categories_key_check" CHECK ("incident_categories"."key" ~ '^[a-z0-9][a-z0-9-]{0,39}$')
);
--> statement-breakpoint
CREATE TABLE "incident_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"reporter_account_id" uuid,
	"party_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"week" text NOT NULL,
	"area_id" uuid,
	"place_text" text,
	"lon" double precision,
	"lat" double precision,
	"category_key" text NOT NULL,
	"subcategory" text,
	"description" text NOT NULL,
	"warnings" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_reports_week_check" CHECK ("incident_reports"."week" ~ '^[0-9]{4}-W[0-9]{2}$'),
	CONSTRAINT "incident_reports_position_check" CHECK (("incident_reports"."lon" is null) = ("incident_reports"."lat" is null))
);
--> statement-breakpoint
CREATE TABLE "incident_settings" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"rhythm" text DEFAULT 'weekly' NOT NULL,
	"retention_months" integer DEFAULT 12 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_settings_rhythm_check" CHECK ("incident_settings"."rhythm" in ('weekly', 'biweekly')),
	CONSTRAINT "incident_settings_retention_check" CHECK ("incident_settings"."retention_months" between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "incident_situations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"week" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"data" jsonb NOT NULL,
	"compiled_at" timestamp with time zone NOT NULL,
	"assessment" text DEFAULT '' NOT NULL,
	"shared_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_situations_week_unique" UNIQUE("partnership_id","week"),
	CONSTRAINT "incident_situations_state_check" CHECK ("incident_situations"."state" in ('draft', 'shared')),
	CONSTRAINT "incident_situations_week_check" CHECK ("incident_situations"."week" ~ '^[0-9]{4}-W[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "incident_weekly_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"week" text NOT NULL,
	"area_id" uuid,
	"category_key" text NOT NULL,
	"count" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_weekly_counts_cell_unique" UNIQUE NULLS NOT DISTINCT("partnership_id","week","area_id","category_key"),
	CONSTRAINT "incident_weekly_counts_count_check" CHECK ("incident_weekly_counts"."count" > 0)
);
--> statement-breakpoint
ALTER TABLE "role_grants" DROP CONSTRAINT "role_grants_role_check";--> statement-breakpoint
ALTER TABLE "role_grants" DROP CONSTRAINT "role_grants_party_check";--> statement-breakpoint
ALTER TABLE "incident_categories" ADD CONSTRAINT "incident_categories_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_reporter_account_id_accounts_id_fk" FOREIGN KEY ("reporter_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_settings" ADD CONSTRAINT "incident_settings_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_situations" ADD CONSTRAINT "incident_situations_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_weekly_counts" ADD CONSTRAINT "incident_weekly_counts_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_weekly_counts" ADD CONSTRAINT "incident_weekly_counts_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_reports_partnership_week_idx" ON "incident_reports" USING btree ("partnership_id","week");--> statement-breakpoint
CREATE INDEX "incident_reports_reporter_idx" ON "incident_reports" USING btree ("reporter_account_id");--> statement-breakpoint
CREATE INDEX "incident_reports_occurred_idx" ON "incident_reports" USING btree ("occurred_at");--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_role_check" CHECK ("role_grants"."role" in ('administrator', 'coordinator', 'police_coordinator', 'reporter', 'reader', 'communicator', 'incident_reporter'));--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_party_check" CHECK (("role_grants"."role" in ('reporter', 'incident_reporter')) = ("role_grants"."party_id" is not null));