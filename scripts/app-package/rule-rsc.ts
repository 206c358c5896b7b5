import { isJsonObject, type Problem, type Rule, valueAtPath } from './app-package.js';
import { documentedRscPermissions } from './rsc-permissions.js';

/** Resource-specific consent: only documented permissions, each with a type it supports. */
export const rscRule: Rule = ({ manifest }) => {
  const requested = valueAtPath(manifest, 'authorization.permissions.resourceSpecific');
  if (!Array.isArray(requested)) return [];
  const problems: Problem[] = [];
  for (const [index, permission] of requested.entries()) {
    if (!isJsonObject(permission)) continue;
    const { name, type } = permission;
    const where = `authorization.permissions.resourceSpecific[${index}]`;
    const supportedTypes = typeof name === 'string' ? documentedRscPermissions.get(name) : undefined;
    if (!supportedTypes) {
      problems.push({
        rule: 'rsc',
        message: `${where}: "${String(name)}" is not a documented RSC permission`,
      });
    } else if (!supportedTypes.includes(type as never)) {
      problems.push({
        rule: 'rsc',
        message: `${where}: "${name}" cannot be "${String(type)}"; it supports ${supportedTypes.join(' and ')}`,
      });
    }
  }
  return problems;
};
