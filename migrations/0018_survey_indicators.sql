CREATE TABLE "survey_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"lower_is_better" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_indicators_name_unique" UNIQUE("partnership_id","name"),
	CONSTRAINT "survey_indicators_kind_check" CHECK ("survey_indicators"."kind" in ('index', 'percent')),
	CONSTRAINT "survey_indicators_lower_check" CHECK ("survey_indicators"."lower_is_better" in (0, 1))
);
--> statement-breakpoint
CREATE TABLE "survey_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"gender" text NOT NULL,
	"age_band" text DEFAULT 'alla' NOT NULL,
	"value" double precision NOT NULL,
	"respondents" integer,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_values_cell_unique" UNIQUE("indicator_id","area_id","year","gender","age_band"),
	CONSTRAINT "survey_values_gender_check" CHECK ("survey_values"."gender" in ('women', 'men', 'all')),
	CONSTRAINT "survey_values_year_check" CHECK ("survey_values"."year" between 1990 and 2100),
	CONSTRAINT "survey_values_respondents_check" CHECK ("survey_values"."respondents" is null or "survey_values"."respondents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "survey_indicators" ADD CONSTRAINT "survey_indicators_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_values" ADD CONSTRAINT "survey_values_indicator_id_survey_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."survey_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_values" ADD CONSTRAINT "survey_values_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_values_area_idx" ON "survey_values" USING btree ("area_id");
--> statement-breakpoint
-- CUSTOM SQL (re-append when regenerating)
CREATE TRIGGER survey_indicators_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON survey_indicators
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER survey_values_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON survey_values
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
