-- A counter that every change to what list_coaches shows moves forward, in the same transaction as the
-- change, so a cached listing can tell it is stale with one single-row read. Triggers rather than the
-- application bumping it: no write path (a new feature, a migration, the sqlite3 shell) can forget it.
CREATE TABLE coach_data_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO coach_data_version (id, version) VALUES (1, 0);

CREATE TRIGGER coaches_inserted AFTER INSERT ON coaches
BEGIN UPDATE coach_data_version SET version = version + 1; END;
CREATE TRIGGER coaches_updated AFTER UPDATE ON coaches
BEGIN UPDATE coach_data_version SET version = version + 1; END;
CREATE TRIGGER coaches_deleted AFTER DELETE ON coaches
BEGIN UPDATE coach_data_version SET version = version + 1; END;

CREATE TRIGGER coach_user_state_inserted AFTER INSERT ON coach_user_state
BEGIN UPDATE coach_data_version SET version = version + 1; END;
CREATE TRIGGER coach_user_state_updated AFTER UPDATE ON coach_user_state
BEGIN UPDATE coach_data_version SET version = version + 1; END;
CREATE TRIGGER coach_user_state_deleted AFTER DELETE ON coach_user_state
BEGIN UPDATE coach_data_version SET version = version + 1; END;

CREATE TRIGGER active_coaches_inserted AFTER INSERT ON active_coaches
BEGIN UPDATE coach_data_version SET version = version + 1; END;
CREATE TRIGGER active_coaches_updated AFTER UPDATE ON active_coaches
BEGIN UPDATE coach_data_version SET version = version + 1; END;
CREATE TRIGGER active_coaches_deleted AFTER DELETE ON active_coaches
BEGIN UPDATE coach_data_version SET version = version + 1; END;

CREATE TRIGGER coach_assignments_inserted AFTER INSERT ON coach_assignments
BEGIN UPDATE coach_data_version SET version = version + 1; END;
CREATE TRIGGER coach_assignments_updated AFTER UPDATE ON coach_assignments
BEGIN UPDATE coach_data_version SET version = version + 1; END;
CREATE TRIGGER coach_assignments_deleted AFTER DELETE ON coach_assignments
BEGIN UPDATE coach_data_version SET version = version + 1; END;

-- A listing shows its owner's subject.
CREATE TRIGGER users_subject_updated AFTER UPDATE OF subject ON users
BEGIN UPDATE coach_data_version SET version = version + 1; END;
CREATE TRIGGER users_deleted AFTER DELETE ON users
BEGIN UPDATE coach_data_version SET version = version + 1; END;
