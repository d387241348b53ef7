DROP INDEX "promises_partnership_idx";--> statement-breakpoint
DROP INDEX "promises_newest_idx";--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "contact_phone" text;--> statement-breakpoint
CREATE INDEX "partnerships_county_idx" ON "partnerships" USING btree ("county","name");--> statement-breakpoint
CREATE INDEX "partnerships_municipality_idx" ON "partnerships" USING btree ("municipality_name");--> statement-breakpoint
CREATE INDEX "partnerships_name_idx" ON "partnerships" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "promises_partnership_year_idx" ON "promises" USING btree ("partnership_id","from_year" DESC NULLS FIRST,"ref");--> statement-breakpoint
CREATE INDEX "promises_list_idx" ON "promises" USING btree ("from_year" DESC NULLS FIRST,"ref","id");