import { type Problem, type Rule, stringLeaves } from './app-package.js';

/** Any absolute URL with a scheme, e.g. https://…, http://…, api://… */
const absoluteUrlPattern = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

// `$schema` names the published schema, which Teams never loads inside the app.
const pathsThatAreNotAppUrls = new Set(['$schema']);

/**
 * Every web URL in the manifest must be https, and Teams only lets the app load pages from
 * hosts listed in validDomains, so each https host must be covered by an entry there.
 * Other schemes (api://, brk-multihub://) are identifiers, not pages, and are left alone.
 */
export const urlRule: Rule = ({ manifest }) => {
  const problems: Problem[] = [];
  const validDomains = Array.isArray(manifest.validDomains)
    ? manifest.validDomains.filter((entry): entry is string => typeof entry === 'string')
    : [];
  for (const entry of validDomains) {
    const entryProblem = validDomainEntryProblem(entry);
    if (entryProblem) problems.push({ rule: 'urls', message: `validDomains "${entry}": ${entryProblem}` });
  }
  for (const [path, value] of stringLeaves(manifest)) {
    if (pathsThatAreNotAppUrls.has(path) || !absoluteUrlPattern.test(value)) continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push({ rule: 'urls', message: `${path}: "${value}" is not a valid URL` });
      continue;
    }
    if (url.protocol === 'http:') {
      problems.push({ rule: 'urls', message: `${path}: "${value}" must use https` });
    } else if (url.protocol === 'https:' && !validDomains.some((entry) => domainCovers(entry, url))) {
      problems.push({ rule: 'urls', message: `${path}: host "${url.host}" is not in validDomains` });
    }
  }
  return problems;
};

function validDomainEntryProblem(entry: string): string | undefined {
  if (entry.includes('/')) return 'must be a host name, without scheme or path';
  // Teams refuses wildcards over whole top-level domains such as *.com.
  if (entry.startsWith('*.') && !entry.slice(2).includes('.'))
    return 'wildcard covers a whole top-level domain';
  return undefined;
}

/** `example.com`, `example.com:8443` (that port only) and `*.example.com` (any subdomain). */
export function domainCovers(entry: string, url: URL): boolean {
  const domain = entry.toLowerCase();
  if (domain.startsWith('*.')) return url.hostname.endsWith(domain.slice(1));
  return domain.includes(':') ? domain === url.host : domain === url.hostname;
}
