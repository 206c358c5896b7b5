import type { ResponseOf } from '../../api/contract';

/** The insights endpoints' shapes (api/src/http/routes/{insights,checkins,analytics}.ts), from the contract. */

export type MyInsights = ResponseOf<'/api/v1/insights/me'>;
export type ResponseFeedback = MyInsights['responses'][number];
export type Assessment = ResponseFeedback['assessment'];
/** すっきり度 as the manager sees it: a band over complete batches of 3 ratings, never an average. */
export type ClarityBand = NonNullable<ResponseFeedback['clarityBand']>;
export type Advice = MyInsights['advice'][number];
export type StageSummary = NonNullable<MyInsights['members'][number]['stage']>;
export type StageRef = StageSummary['current'];

export type CheckinList = ResponseOf<'/api/v1/pairs/{pairId}/checkins'>;
/** `stage` is null for the manager when the member did not share the check-in. */
export type CheckinView = CheckinList['checkins'][number];

export type AdminAnalytics = ResponseOf<'/api/v1/admin/analytics'>;
export type UnitAnalytics = AdminAnalytics['tenant'];
export type AnalyticsRow = UnitAnalytics['total'];
export type Figure = AnalyticsRow['completionRate'];
