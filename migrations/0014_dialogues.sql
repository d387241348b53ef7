CREATE TABLE "dialogue_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"category" text NOT NULL,
	"place" text,
	"statement" text NOT NULL,
	"raised_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_findings_category_check" CHECK ("dialogue_findings"."category" in ('otrygghet', 'narkotika', 'skadegorelse', 'ungdomsbrott', 'trafik', 'nedskrapning', 'belysning', 'vald', 'annat')),
	CONSTRAINT "dialogue_findings_raised_check" CHECK ("dialogue_findings"."raised_by" >= 1)
);
--> statement-breakpoint
CREATE TABLE "dialogue_organisers" (
	"dialogue_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	CONSTRAINT "dialogue_organisers_dialogue_id_party_id_pk" PRIMARY KEY("dialogue_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "dialogue_participants" (
	"dialogue_id" uuid NOT NULL,
	"gender" text NOT NULL,
	"age_band" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "dialogue_participants_dialogue_id_gender_age_band_pk" PRIMARY KEY("dialogue_id","gender","age_band"),
	CONSTRAINT "dialogue_participants_gender_check" CHECK ("dialogue_participants"."gender" in ('women', 'men', 'other')),
	CONSTRAINT "dialogue_participants_age_check" CHECK ("dialogue_participants"."age_band" in ('0-15', '16-24', '25-44', '45-64', '65+', 'unknown')),
	CONSTRAINT "dialogue_participants_count_check" CHECK ("dialogue_participants"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "dialogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"area_id" uuid NOT NULL,
	"method" text NOT NULL,
	"venue" text,
	"public" boolean DEFAULT false NOT NULL,
	"feedback_on" date,
	"feedback_how" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogues_kind_check" CHECK ("dialogues"."kind" in ('staff', 'citizen')),
	CONSTRAINT "dialogues_method_check" CHECK ("dialogues"."method" in ('meeting', 'survey', 'walk', 'door_knocking', 'digital')),
	CONSTRAINT "dialogues_feedback_check" CHECK (("dialogues"."feedback_on" is null) = ("dialogues"."feedback_how" is null) and ("dialogues"."feedback_on" is null or "dialogues"."feedback_on" >= "dialogues"."held_on"))
);
--> statement-breakpoint
CREATE TABLE "finding_commitments" (
	"finding_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finding_commitments_finding_id_commitment_id_pk" PRIMARY KEY("finding_id","commitment_id")
);
--> statement-breakpoint
ALTER TABLE "dialogue_findings" ADD CONSTRAINT "dialogue_findings_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_organisers" ADD CONSTRAINT "dialogue_organisers_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_organisers" ADD CONSTRAINT "dialogue_organisers_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_participants" ADD CONSTRAINT "dialogue_participants_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_commitments" ADD CONSTRAINT "finding_commitments_finding_id_dialogue_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."dialogue_findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_commitments" ADD CONSTRAINT "finding_commitments_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_findings_dialogue_idx" ON "dialogue_findings" USING btree ("dialogue_id");--> statement-breakpoint
CREATE INDEX "dialogues_partnership_idx" ON "dialogues" USING btree ("partnership_id","held_on");--> statement-breakpoint
CREATE INDEX "finding_commitments_commitment_idx" ON "finding_commitments" USING btree ("commitment_id");
--> statement-breakpoint
-- CUSTOM SQL (re-append when regenerating)
CREATE TRIGGER dialogues_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogues
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER dialogue_organisers_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_organisers
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER dialogue_participants_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_participants
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER dialogue_findings_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_findings
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER finding_commitments_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON finding_commitments
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
