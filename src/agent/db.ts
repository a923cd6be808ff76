import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The agent firewall's SQLite database: one file (`--db`) holds tool pins, the approvals queue,
 * issued credentials and, when the shared audit module is not used, audit events. Several
 * processes open it at once (a proxy waiting for an approval, `rampart approvals approve` deciding
 * it), so it runs in WAL mode with a busy timeout.
 */
export type AgentDatabase = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS agent_approvals (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  tool TEXT NOT NULL,
  server TEXT NOT NULL,
  principal TEXT NOT NULL,
  session TEXT NOT NULL,
  policies TEXT NOT NULL,
  reason TEXT NOT NULL,
  args_json TEXT NOT NULL,
  args_hash TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  deadline INTEGER NOT NULL,
  on_expire TEXT NOT NULL,
  decided_at INTEGER,
  decided_by TEXT,
  decision_reason TEXT
);
CREATE INDEX IF NOT EXISTS agent_approvals_status ON agent_approvals (status, created_at);
CREATE TABLE IF NOT EXISTS agent_pins (
  server TEXT NOT NULL,
  tool TEXT NOT NULL,
  hash TEXT NOT NULL,
  definition TEXT NOT NULL,
  pending_hash TEXT,
  pending_definition TEXT,
  approval_id TEXT,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (server, tool)
);
CREATE TABLE IF NOT EXISTS agent_credentials (
  jti TEXT PRIMARY KEY,
  tool TEXT NOT NULL,
  principal TEXT NOT NULL,
  args_hash TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
);
`;

/** Opens (and creates) the database; `:memory:` gives a private in-memory one. */
export function openAgentDatabase(path: string): AgentDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  return db;
}
