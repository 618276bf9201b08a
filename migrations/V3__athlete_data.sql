-- Athlete data: profile, activities (with per-km splits and best efforts as JSON), plans, check-ins,
-- import jobs. Every row belongs to one user; queries are always scoped by user_id.

CREATE TABLE athlete_profiles (
    user_id                 TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sex                     TEXT CHECK (sex IN ('male', 'female')),
    birth_date              TEXT,
    max_hr                  INTEGER CHECK (max_hr BETWEEN 100 AND 250),
    resting_hr              INTEGER CHECK (resting_hr BETWEEN 25 AND 120),
    threshold_hr            INTEGER CHECK (threshold_hr BETWEEN 80 AND 240),
    threshold_pace_s_per_km REAL CHECK (threshold_pace_s_per_km BETWEEN 120 AND 900),
    weight_kg               REAL CHECK (weight_kg BETWEEN 25 AND 250),
    preferred_units         TEXT NOT NULL DEFAULT 'metric' CHECK (preferred_units IN ('metric', 'imperial')),
    time_zone               TEXT NOT NULL DEFAULT 'UTC',
    updated_at              TEXT NOT NULL
);

CREATE TABLE activities (
    id                  TEXT PRIMARY KEY,
    user_id             TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    start_time          TEXT NOT NULL,          -- UTC instant, fixed-width
    time_zone           TEXT NOT NULL,          -- the athlete's zone at import, for the local day
    local_date          TEXT NOT NULL,          -- yyyy-mm-dd in that zone
    sport               TEXT NOT NULL,
    name                TEXT NOT NULL,
    distance_m          REAL NOT NULL CHECK (distance_m >= 0),
    moving_s            REAL NOT NULL CHECK (moving_s >= 0),
    elapsed_s           REAL NOT NULL CHECK (elapsed_s >= 0),
    elevation_gain_m    REAL NOT NULL DEFAULT 0,
    avg_hr              REAL,
    max_hr              REAL,
    avg_speed_mps       REAL NOT NULL DEFAULT 0,
    workout_type        TEXT NOT NULL DEFAULT 'other',
    is_race             INTEGER NOT NULL DEFAULT 0 CHECK (is_race IN (0, 1)),
    splits              TEXT NOT NULL DEFAULT '[]',
    best_efforts        TEXT NOT NULL DEFAULT '[]',
    source_format       TEXT NOT NULL,
    source_hash         TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    UNIQUE (user_id, source_hash)
);
CREATE INDEX activities_user_start ON activities (user_id, start_time);

CREATE TABLE training_plans (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    goal_race_date  TEXT,
    goal_distance_m REAL,
    is_active       INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at      TEXT NOT NULL
);
-- at most one active plan per user
CREATE UNIQUE INDEX training_plans_one_active ON training_plans (user_id) WHERE is_active = 1;

CREATE TABLE planned_workouts (
    id                       TEXT PRIMARY KEY,
    plan_id                  TEXT NOT NULL REFERENCES training_plans (id) ON DELETE CASCADE,
    date                     TEXT NOT NULL,
    type                     TEXT NOT NULL,
    title                    TEXT NOT NULL,
    target_distance_m        REAL,
    target_duration_s        REAL,
    target_pace_s_per_km     REAL
);
CREATE INDEX planned_workouts_plan_date ON planned_workouts (plan_id, date);

CREATE TABLE check_ins (
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    sleep_hours  REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    hrv          REAL CHECK (hrv BETWEEN 0 AND 300),
    resting_hr   REAL CHECK (resting_hr BETWEEN 20 AND 150),
    soreness     REAL CHECK (soreness BETWEEN 0 AND 10),
    stress       REAL CHECK (stress BETWEEN 0 AND 10),
    rpe          REAL CHECK (rpe BETWEEN 0 AND 10),
    motivation   REAL CHECK (motivation BETWEEN 0 AND 10),
    PRIMARY KEY (user_id, date)
);

CREATE TABLE import_jobs (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    total        INTEGER NOT NULL DEFAULT 0,
    processed    INTEGER NOT NULL DEFAULT 0,
    imported     INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0,
    failed       INTEGER NOT NULL DEFAULT 0,
    results      TEXT NOT NULL DEFAULT '[]',    -- per-file outcome: name, status, reason, activity ids
    error        TEXT,
    created_at   TEXT NOT NULL,
    finished_at  TEXT
);
CREATE INDEX import_jobs_user ON import_jobs (user_id, created_at);
