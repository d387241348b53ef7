CREATE TABLE "walk_settings" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"photo_retention_months" integer DEFAULT 12 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "walk_settings_photo_retention_check" CHECK ("walk_settings"."photo_retention_months" between 1 and 120)
);
--> statement-breakpoint
ALTER TABLE "walk_settings" ADD CONSTRAINT "walk_settings_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;