export { theme } from 'virtual:fluent-theme/dark';
