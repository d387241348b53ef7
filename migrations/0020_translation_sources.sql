CREATE TABLE "translation_sources" (
	"promise_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"field" text NOT NULL,
	"locale" text NOT NULL,
	"source_hash" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "translation_sources_entity_type_entity_id_field_locale_pk" PRIMARY KEY("entity_type","entity_id","field","locale"),
	CONSTRAINT "translation_sources_entity_check" CHECK ("translation_sources"."entity_type" in ('promise', 'commitment', 'follow_up')),
	CONSTRAINT "translation_sources_locale_check" CHECK ("translation_sources"."locale" in ('en', 'ar', 'so', 'lattlast'))
);
--> statement-breakpoint
ALTER TABLE "translation_sources" ADD CONSTRAINT "translation_sources_promise_id_promises_id_fk" FOREIGN KEY ("promise_id") REFERENCES "public"."promises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "translation_sources_promise_idx" ON "translation_sources" USING btree ("promise_id");
--> statement-breakpoint
-- CUSTOM SQL (re-append when regenerating)
-- A saved translation lands in the content row (promises, commitments, follow_ups), whose triggers
-- notify 'public_changed'; the source hashes notify too, so a change here alone also refreshes.
CREATE TRIGGER translation_sources_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON translation_sources
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
