CREATE TABLE "safety_walks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"walked_on" date NOT NULL,
	"route" text DEFAULT '' NOT NULL,
	"residents" integer DEFAULT 0 NOT NULL,
	"youth" integer DEFAULT 0 NOT NULL,
	"property_owners" integer DEFAULT 0 NOT NULL,
	"staff" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safety_walks_participants_check" CHECK ("safety_walks"."residents" >= 0 and "safety_walks"."youth" >= 0 and "safety_walks"."property_owners" >= 0 and "safety_walks"."staff" >= 0)
);
--> statement-breakpoint
CREATE TABLE "walk_finding_photos" (
	"finding_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"data" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "walk_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"walk_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"category" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_public" boolean DEFAULT false NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"address" text,
	"responsible_party_id" uuid NOT NULL,
	"unit_id" uuid,
	"status" text DEFAULT 'new' NOT NULL,
	"rejection_reason" text,
	"target_date" date NOT NULL,
	"status_changed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "walk_findings_category_check" CHECK ("walk_findings"."category" in ('lighting', 'vegetation', 'litter', 'vandalism', 'traffic', 'other')),
	CONSTRAINT "walk_findings_status_check" CHECK ("walk_findings"."status" in ('new', 'in_progress', 'done', 'rejected')),
	CONSTRAINT "walk_findings_rejection_check" CHECK ("walk_findings"."status" <> 'rejected' or coalesce(length("walk_findings"."rejection_reason"), 0) > 0),
	CONSTRAINT "walk_findings_place_check" CHECK (("walk_findings"."latitude" is null) = ("walk_findings"."longitude" is null) and ("walk_findings"."latitude" is not null or "walk_findings"."address" is not null))
);
--> statement-breakpoint
ALTER TABLE "safety_walks" ADD CONSTRAINT "safety_walks_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_walks" ADD CONSTRAINT "safety_walks_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_finding_photos" ADD CONSTRAINT "walk_finding_photos_finding_id_walk_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."walk_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_findings" ADD CONSTRAINT "walk_findings_walk_id_safety_walks_id_fk" FOREIGN KEY ("walk_id") REFERENCES "public"."safety_walks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_findings" ADD CONSTRAINT "walk_findings_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_findings" ADD CONSTRAINT "walk_findings_responsible_party_id_parties_id_fk" FOREIGN KEY ("responsible_party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_findings" ADD CONSTRAINT "walk_findings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "safety_walks_partnership_idx" ON "safety_walks" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "walk_findings_walk_idx" ON "walk_findings" USING btree ("walk_id");--> statement-breakpoint
CREATE INDEX "walk_findings_partnership_idx" ON "walk_findings" USING btree ("partnership_id","status");
--> statement-breakpoint
-- CUSTOM SQL (re-append when regenerating)
CREATE TRIGGER safety_walks_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON safety_walks
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER walk_findings_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON walk_findings
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
