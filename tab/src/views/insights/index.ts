/** The insights views; the lead links them into the routes (see the report). */
export { AdminAnalytics } from './AdminAnalytics';
export { FitHintText } from './FitHintText';
export { ManagerInsights } from './ManagerInsights';
export { MemberCheckin } from './MemberCheckin';
