-- The published snapshot (src/publishing/public-snapshot.ts): every server process LISTENs on
-- 'public_changed' and drops its rendered public pages when a transaction that changed something
-- residents may see commits (NOTIFY is delivered at commit, once per transaction and payload).
-- Follow-ups, their measurements and links notify only when an approved follow-up is involved:
-- drafts, submissions and returns are never public, so saving them keeps the snapshot.
-- A new table that feeds public pages needs a trigger here too.
CREATE FUNCTION public_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('public_changed', '');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION public_changed_follow_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND OLD.state = 'approved') OR (TG_OP <> 'DELETE' AND NEW.state = 'approved') THEN
    PERFORM pg_notify('public_changed', '');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION public_changed_follow_up_part() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  fid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.follow_up_id ELSE NEW.follow_up_id END;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.id = fid AND f.state <> 'approved') THEN
    PERFORM pg_notify('public_changed', '');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER partnerships_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partnerships
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER parties_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON parties
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER units_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER people_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER areas_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON areas
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER area_classifications_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON area_classifications
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER reporting_periods_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reporting_periods
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER council_goal_sets_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON council_goal_sets
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER council_goals_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON council_goals
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER agreements_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreements
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER agreement_parties_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_parties
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER agreement_focus_problems_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agreement_focus_problems
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER promises_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promises
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER promise_areas_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promise_areas
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER promise_parties_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promise_parties
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER commitments_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON commitments
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER commitment_parties_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON commitment_parties
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER commitment_units_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON commitment_units
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER commitment_goals_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON commitment_goals
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER targets_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON targets
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER demo_markers_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON demo_markers
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER report_backs_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_backs
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER report_decision_items_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_decision_items
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER report_consultations_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_consultations
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER report_decisions_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_decisions
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER report_signatories_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_signatories
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER report_distribution_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_distribution
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER report_links_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_links
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER report_attachments_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_attachments
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER report_defaults_public_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_defaults
  FOR EACH STATEMENT EXECUTE FUNCTION public_changed_notify();
--> statement-breakpoint
CREATE TRIGGER follow_ups_public_changed AFTER INSERT OR UPDATE OR DELETE ON follow_ups
  FOR EACH ROW EXECUTE FUNCTION public_changed_follow_up();
--> statement-breakpoint
CREATE TRIGGER follow_up_measurements_public_changed AFTER INSERT OR UPDATE OR DELETE ON follow_up_measurements
  FOR EACH ROW EXECUTE FUNCTION public_changed_follow_up_part();
--> statement-breakpoint
CREATE TRIGGER follow_up_links_public_changed AFTER INSERT OR UPDATE OR DELETE ON follow_up_links
  FOR EACH ROW EXECUTE FUNCTION public_changed_follow_up_part();
