-- Budget reservations: a chat turn reserves its worst-case cost before each model call and settles the real
-- cost into llm_calls afterwards. Portable SQL (SQLite now, PostgreSQL later): no SQLite-only functions, and
-- DOUBLE PRECISION rather than REAL, which is float4 on PostgreSQL.

-- One row per tenant, updated first in every reservation transaction: the row lock that serialises a tenant's
-- reservations across connections and instances (on SQLite the IMMEDIATE transaction already serialises writers).
CREATE TABLE chat_budget_locks (
    tenant_id   TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    version     BIGINT NOT NULL DEFAULT 0
);

-- Money held by turns in progress; a crashed turn's row stops counting at expires_at and is deleted later.
CREATE TABLE chat_reservations (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amount_usd  DOUBLE PRECISION NOT NULL CHECK (amount_usd >= 0),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX chat_reservations_tenant ON chat_reservations (tenant_id, expires_at);
