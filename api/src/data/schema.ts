import type { ColumnType, Generated } from 'kysely';

/** Timestamps are written as Date or ISO string and always read back as Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface TenantTable {
  id: string;
  display_name: string | null;
  created_at: Generated<Timestamp>;
}

export interface UserTable {
  tenant_id: string;
  /** The Entra object id (`oid`), unique within a tenant. */
  id: string;
  display_name: string;
  email: string | null;
  locale: string | null;
  department: string | null;
  is_admin: boolean;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface PairTable {
  tenant_id: string;
  id: string;
  manager_id: string;
  member_id: string;
  created_at: Generated<Timestamp>;
}

export type SessionStatusColumn = 'planned' | 'live' | 'ended';

export interface SessionTable {
  tenant_id: string;
  id: string;
  pair_id: string;
  scheduled_start: Timestamp;
  scheduled_end: Timestamp;
  status: SessionStatusColumn;
  teams_chat_id: string | null;
  join_url: string | null;
  graph_event_id: string | null;
  graph_online_meeting_id: string | null;
  next_session_id: string | null;
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface Database {
  tenants: TenantTable;
  users: UserTable;
  pairs: PairTable;
  sessions: SessionTable;
}
