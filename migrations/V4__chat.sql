-- Chat: conversations and their messages (per user), the cost ledger of model calls, tenant budgets.

CREATE TABLE conversations (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX conversations_user ON conversations (user_id, updated_at);

CREATE TABLE chat_messages (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    content         TEXT NOT NULL,
    route           TEXT,
    model           TEXT,
    tools_called    TEXT NOT NULL DEFAULT '[]',   -- JSON list of tool names
    offline         INTEGER NOT NULL DEFAULT 0 CHECK (offline IN (0, 1)),
    reply_to        TEXT REFERENCES chat_messages (id) ON DELETE CASCADE,
    created_at      TEXT NOT NULL
);
CREATE INDEX chat_messages_conversation ON chat_messages (conversation_id, created_at);
-- one answer per user message, whatever retries happen
CREATE UNIQUE INDEX chat_messages_one_answer ON chat_messages (reply_to) WHERE reply_to IS NOT NULL;

-- One row per model call (a tool loop makes several per message; round numbers them).
CREATE TABLE llm_calls (
    id                  TEXT PRIMARY KEY,
    tenant_id           TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id             TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    conversation_id     TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    message_id          TEXT NOT NULL,            -- the user message being answered
    round               INTEGER NOT NULL,
    route               TEXT NOT NULL,
    model               TEXT NOT NULL,
    prompt_tokens       INTEGER NOT NULL DEFAULT 0,
    prompt_tokens_local INTEGER NOT NULL DEFAULT 0,
    completion_tokens   INTEGER NOT NULL DEFAULT 0,
    cost_usd            REAL NOT NULL DEFAULT 0,
    latency_ms          INTEGER NOT NULL DEFAULT 0,
    tools_called        TEXT NOT NULL DEFAULT '[]',
    outcome             TEXT NOT NULL,            -- ok, error, offline
    created_at          TEXT NOT NULL,
    UNIQUE (message_id, round)
);
CREATE INDEX llm_calls_tenant_time ON llm_calls (tenant_id, created_at);
CREATE INDEX llm_calls_user_time ON llm_calls (user_id, created_at);

-- A tenant's own budgets in USD; null = the configured default.
CREATE TABLE chat_budgets (
    tenant_id           TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    user_daily_usd      REAL,
    user_monthly_usd    REAL,
    tenant_daily_usd    REAL,
    tenant_monthly_usd  REAL,
    updated_at          TEXT NOT NULL
);
