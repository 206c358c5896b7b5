export { AdminSummarySetting } from './AdminSummarySetting';
export { SummaryPanel, type SummaryPanelProps } from './SummaryPanel';
