import type { LocalizedText, Person } from '../../api/types';

/** Response shapes of the insights endpoints (api/src/http/routes/{insights,checkins,analytics}.ts). */

export type Assessment = 'strength' | 'weakness' | 'mixed' | 'not_enough_data';

/** すっきり度 as the manager sees it: a band over complete batches of 3 ratings, never an average. */
export type ClarityBand = 'low' | 'middle' | 'high';

export interface ResponseFeedback {
  expectedResponseId: string;
  label: LocalizedText;
  ratings: number;
  yes: number;
  partly: number;
  no: number;
  fitRate: number | null;
  fitScore: number | null;
  assessment: Assessment;
  sessions: number;
  clarityBand: ClarityBand | null;
}

export interface StageRef {
  index: number;
  id: string;
  name: LocalizedText;
}

export interface StageSummary {
  current: StageRef;
  answeredAt: string;
  trend: 'up' | 'down' | 'steady' | 'unknown';
  history: Array<{ index: number; answeredAt: string }>;
}

export interface Advice {
  expectedResponseId: string;
  label: LocalizedText;
  text: LocalizedText;
  rung: 'trust_building' | 'growth';
  rungName: LocalizedText;
  stage: StageRef | null;
  skills: Array<{ id: string; name: LocalizedText; practice: LocalizedText }>;
}

export interface MyInsights {
  window: { from: string; months: string[] };
  managesPairs: boolean;
  sessions: number;
  clarityBand: ClarityBand | null;
  responses: ResponseFeedback[];
  strengths: string[];
  weaknesses: string[];
  members: Array<{
    pairId: string;
    member: Person;
    stage: StageSummary | null;
    sessions: number;
    clarityBand: ClarityBand | null;
    responses: ResponseFeedback[];
    worked: string[];
    didNotWork: string[];
  }>;
  trend: Array<{
    month: string;
    sessions: number;
    clarityBand: ClarityBand | null;
    ratings: number;
    fitRate: number | null;
  }>;
  advice: Advice[];
}

export interface CheckinView {
  id: string;
  answeredAt: string;
  /** Null for the manager when the member did not share the check-in. */
  stage: StageRef | null;
  sharedWithManager: boolean;
  answers: number[] | null;
  explanation: LocalizedText | null;
  blockingStatements: number[] | null;
}

export interface CheckinList {
  myRole: 'manager' | 'member';
  statements: LocalizedText[];
  stages: Array<StageRef & { statements: number[] }>;
  nextAllowedAt: string | null;
  canCheckIn: boolean;
  summary: StageSummary | null;
  checkins: CheckinView[];
}

export interface Figure {
  value: number | null;
  suppressed: boolean;
}

export interface AnalyticsRow {
  period: string;
  people: number | null;
  suppressed: boolean;
  completionRate: Figure;
  dueSessions: number | null;
  averageIntervalDays: Figure;
  preparationRate: Figure;
  averageClarity: Figure;
  fitRates: Array<{ expectedResponseId: string } & Figure>;
  stageDistribution: { counts: number[]; suppressed: boolean } | null;
}

export interface UnitAnalytics {
  unit: { key: string; kind: 'department' | 'team' | 'tenant'; name: string; label: LocalizedText };
  total: AnalyticsRow;
  months: AnalyticsRow[];
}

export interface AdminAnalytics {
  asOf: string;
  months: string[];
  minGroupSize: number;
  expectedResponses: Array<{ id: string; label: LocalizedText }>;
  tenant: UnitAnalytics;
  units: UnitAnalytics[];
}
