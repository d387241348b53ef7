ALTER TABLE "parties" DROP CONSTRAINT "parties_kind_check";--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "owner_party_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_owner_party_id_parties_id_fk" FOREIGN KEY ("owner_party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_short_name_unique" UNIQUE("partnership_id","short_name");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_name_unique" UNIQUE("party_id","name");--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_kind_check" CHECK ("parties"."kind" in ('municipality', 'police', 'region', 'housing_company', 'property_owner', 'association', 'school', 'other'));