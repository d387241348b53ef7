ALTER TABLE "promises" DROP CONSTRAINT "promises_ref_unique";--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD COLUMN "reminder_days_before" integer;--> statement-breakpoint
ALTER TABLE "promises" ADD COLUMN "starts_on" date;--> statement-breakpoint
ALTER TABLE "promises" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_partnership_ref_unique" UNIQUE("partnership_id","ref");--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_reminder_check" CHECK ("reporting_periods"."reminder_days_before" is null or "reporting_periods"."reminder_days_before" between 0 and 60);--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_span_check" CHECK ("promises"."ends_on" is null or "promises"."starts_on" is null or "promises"."ends_on" >= "promises"."starts_on");