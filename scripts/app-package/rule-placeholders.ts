import type { Problem, Rule } from './app-package.js';
import { findPlaceholders } from './placeholders.js';

/** No `${{NAME}}` may survive into the package: Teams would show it, or reject the value. */
export const placeholderRule: Rule = ({ files }) => {
  const problems: Problem[] = [];
  for (const [name, bytes] of files) {
    if (!name.endsWith('.json')) continue;
    for (const placeholder of findPlaceholders(bytes.toString('utf8'))) {
      problems.push({ rule: 'placeholders', message: `${name} still contains \${{${placeholder}}}` });
    }
  }
  return problems;
};
