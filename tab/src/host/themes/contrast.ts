export { theme } from 'virtual:fluent-theme/contrast';
