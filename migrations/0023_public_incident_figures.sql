ALTER TABLE "incident_situations" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incident_situations" ADD CONSTRAINT "incident_situations_published_check" CHECK ("incident_situations"."published_at" is null or "incident_situations"."state" = 'shared');--> statement-breakpoint
-- CUSTOM SQL (re-append when regenerating)
-- A lägesbild reaches residents only while it is published: compiling drafts, assessing and sharing
-- change nothing public, so only a row published before or after the change drops the snapshot.
CREATE FUNCTION public_changed_incident_situation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND OLD.published_at IS NOT NULL) OR (TG_OP <> 'DELETE' AND NEW.published_at IS NOT NULL) THEN
    PERFORM pg_notify('public_changed', '');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER incident_situations_public_changed AFTER INSERT OR UPDATE OR DELETE ON incident_situations
  FOR EACH ROW EXECUTE FUNCTION public_changed_incident_situation();
--> statement-breakpoint
CREATE TRIGGER incident_situations_public_changed_truncate AFTER TRUNCATE ON incident_situations
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
