export { TranscriptPanel, type TranscriptPanelProps } from './TranscriptPanel';
