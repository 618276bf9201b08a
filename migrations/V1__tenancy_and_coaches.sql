-- Tenants and users are provisioned on first sight of a valid token.
-- Times are fixed-width ISO-8601 UTC text (InstantConverter), so text order is time order.
CREATE TABLE tenants (
    id          TEXT PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,   -- value of the configured tenant claim
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    tenant_id    TEXT NOT NULL REFERENCES tenants (id),
    subject      TEXT NOT NULL,         -- the token's sub: the id the identity provider knows
    display_name TEXT,
    email        TEXT,
    roles        TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    UNIQUE (tenant_id, subject)
);

-- A coach belongs to the tenant it was created in. A private user coach has an owner;
-- a system coach has none and is visible per its visibility (tenant, private = assigned only,
-- global = every tenant).
CREATE TABLE coaches (
    id             TEXT PRIMARY KEY,
    tenant_id      TEXT NOT NULL REFERENCES tenants (id),
    owner_id       TEXT REFERENCES users (id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    system_prompt  TEXT NOT NULL,
    category       TEXT NOT NULL CHECK (category IN ('training', 'nutrition', 'recovery', 'recipes', 'analysis', 'custom')),
    tags           TEXT NOT NULL DEFAULT '[]',
    sample_prompts TEXT NOT NULL DEFAULT '[]',
    token_count    INTEGER NOT NULL,
    is_system      INTEGER NOT NULL DEFAULT 0 CHECK (is_system IN (0, 1)),
    visibility     TEXT NOT NULL CHECK (visibility IN ('private', 'tenant', 'global')),
    usage_count    INTEGER NOT NULL DEFAULT 0,  -- aggregate over all users, for admins
    created_by     TEXT REFERENCES users (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK ((is_system = 0 AND owner_id IS NOT NULL AND visibility = 'private')
        OR (is_system = 1 AND owner_id IS NULL))
);
CREATE INDEX coaches_owner ON coaches (owner_id);
CREATE INDEX coaches_tenant_system ON coaches (tenant_id, is_system, visibility);
CREATE INDEX coaches_global ON coaches (visibility) WHERE visibility = 'global';

-- Per-user state, one row per (user, coach) the user has touched.
CREATE TABLE coach_user_state (
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    coach_id     TEXT NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    is_favorite  INTEGER NOT NULL DEFAULT 0 CHECK (is_favorite IN (0, 1)),
    is_hidden    INTEGER NOT NULL DEFAULT 0 CHECK (is_hidden IN (0, 1)),
    usage_count  INTEGER NOT NULL DEFAULT 0,
    last_used_at TEXT,
    PRIMARY KEY (user_id, coach_id)
);
CREATE INDEX coach_user_state_coach ON coach_user_state (coach_id);

-- The primary key makes "exactly one active coach per user" hold by construction;
-- activation is a single upsert.
CREATE TABLE active_coaches (
    user_id      TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    coach_id     TEXT NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    activated_at TEXT NOT NULL
);
CREATE INDEX active_coaches_coach ON active_coaches (coach_id);

-- System coaches with visibility 'private' are seen only by the users they are assigned to.
CREATE TABLE coach_assignments (
    coach_id    TEXT NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    assigned_by TEXT REFERENCES users (id),
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (coach_id, user_id)
);
CREATE INDEX coach_assignments_user ON coach_assignments (user_id);
