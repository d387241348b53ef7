ALTER TABLE "follow_ups" ALTER COLUMN "status" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "submitted_by_account_id" uuid;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "four_eyes" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_status_chosen_check" CHECK ("follow_ups"."status" is not null or "follow_ups"."state" = 'draft');