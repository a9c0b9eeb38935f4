-- The audit trail is append-only, enforced by the database (issue 19): an UPDATE or DELETE of an
-- AuditEvent row is refused whoever asks, the application included. The function body spells its
-- statement end as the escape \073 because the migration runner splits scripts at every semicolon.
CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''The audit trail is append-only: % of an audit event is refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END';

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
