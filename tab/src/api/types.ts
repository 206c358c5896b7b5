/** Mirror of the server contract under /api/v1 (the design's "API surface"; extend, never rename). */

export type Role = 'manager' | 'member';
export type SessionStatus = 'planned' | 'live' | 'ended';
export type LocalizedText = { ja: string; en: string };

export interface ClientConfig {
  authMode: 'dev' | 'entra';
  entra: { clientId: string; apiScope: string } | null;
}

export interface DevUser {
  id: string;
  displayName: string;
  email: string;
  locale: 'ja' | 'en';
  roles: Array<'manager' | 'member' | 'admin'>;
  description: LocalizedText;
}

export interface DevToken {
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
}

export interface Me {
  id: string;
  tenantId: string;
  displayName: string;
  email: string;
  isAdmin: boolean;
}

export interface Person {
  id: string;
  displayName: string;
  email: string;
}

export interface SessionSummary {
  id: string;
  pairId: string;
  status: SessionStatus;
  /** ISO 8601. */
  scheduledStart: string;
  /** ISO 8601. */
  scheduledEnd: string;
}

export interface Pair {
  id: string;
  myRole: Role;
  manager: Person;
  member: Person;
  nextSession: SessionSummary | null;
  lastSession: SessionSummary | null;
}

export interface SessionDetail {
  id: string;
  pairId: string;
  status: SessionStatus;
  scheduledStart: string;
  scheduledEnd: string;
  manager: Person;
  member: Person;
  myRole: Role;
  joinUrl: string | null;
  nextSessionId: string | null;
}

export interface CatalogEntry {
  id: string;
  label: LocalizedText;
  description: LocalizedText | null;
  retired: boolean;
}

export interface Catalog {
  themes: CatalogEntry[];
  expectedResponses: CatalogEntry[];
  diceFaces: CatalogEntry[];
}

export interface NewSession {
  scheduledStart: string;
  scheduledEnd: string;
}
