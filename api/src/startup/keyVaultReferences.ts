/**
 * App Service resolves app settings written as Key Vault references
 * (`@Microsoft.KeyVault(SecretUri=…)` or `@Microsoft.KeyVault(VaultName=…;SecretName=…)`) with the
 * app's managed identity. On a first deployment the identity's "Key Vault Secrets User" role may not
 * have propagated yet when the app starts: App Service then hands the reference text itself to the
 * process, and Taiwa would stop on an invalid DATABASE_URL until someone restarted it.
 *
 * So before reading its configuration Taiwa resolves any reference still left, itself, the way App
 * Service does: a token for Key Vault from the managed identity endpoint (IDENTITY_ENDPOINT with
 * the X-IDENTITY-HEADER secret), then Key Vault's Get Secret. Refusals while the role propagates
 * (401, 403, 404, throttling, 5xx, network) are retried with growing waits, up to a deadline.
 */

import { managedIdentityOf, requestIdentityToken } from '../azure/managedIdentity.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface KeyVaultResolveOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** How long to keep trying before giving up (RBAC propagation can take up to ten minutes). */
  deadlineMs?: number;
  log?: (message: string) => void;
  /** Which vault URLs may receive the managed identity's token: https Azure Key Vault hosts by default. */
  trustVault?: (url: URL) => boolean;
}

export class KeyVaultReferenceError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'KeyVaultReferenceError';
  }
}

const REFERENCE = /^@Microsoft\.KeyVault\((.*)\)\s*$/i;
/** Key Vault's DNS suffixes in the public and sovereign clouds; the token audience is `https://vault.<suffix>`. */
const VAULT_SUFFIXES = [
  'vault.azure.net',
  'vault.azure.cn',
  'vault.usgovcloudapi.net',
  'vault.microsoftazure.de',
];
const FIRST_WAIT_MS = 2_000;
const LONGEST_WAIT_MS = 60_000;
const DEFAULT_DEADLINE_MS = 15 * 60_000;

export function isKeyVaultReference(value: string | undefined): boolean {
  return value !== undefined && REFERENCE.test(value);
}

/** The secret's URL a reference names, or null when it is not a reference Taiwa understands. */
export function secretUrlOf(value: string): URL | null {
  const inner = REFERENCE.exec(value)?.[1];
  if (inner === undefined) return null;
  const parts = new Map<string, string>();
  for (const part of inner.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) parts.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  const secretUri = parts.get('secreturi');
  try {
    if (secretUri !== undefined) return new URL(secretUri);
    const vault = parts.get('vaultname');
    const name = parts.get('secretname');
    if (vault === undefined || name === undefined) return null;
    const version = parts.get('secretversion');
    return new URL(
      `https://${vault}.vault.azure.net/secrets/${encodeURIComponent(name)}${version === undefined ? '' : `/${encodeURIComponent(version)}`}`,
    );
  } catch {
    return null;
  }
}

const azureVaultHost = (url: URL) =>
  url.protocol === 'https:' && VAULT_SUFFIXES.some((suffix) => url.hostname.endsWith(`.${suffix}`));

/** `https://vault.azure.net` for `x.vault.azure.net`: the resource the managed identity token is for. */
function vaultResource(url: URL): string {
  const suffix = VAULT_SUFFIXES.find((candidate) => url.hostname.endsWith(`.${candidate}`));
  return suffix === undefined ? url.origin : `https://${suffix}`;
}

class Retry extends Error {}

/**
 * A copy of `env` with every Key Vault reference replaced by its secret. Without references it
 * returns `env` untouched and makes no request (local runs, containers, tests).
 */
export async function resolveKeyVaultReferences(
  env: Env,
  options: KeyVaultResolveOptions = {},
): Promise<Env> {
  const pending = Object.entries(env).filter(([, value]) => isKeyVaultReference(value));
  if (pending.length === 0) return env;

  const http = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const trust = options.trustVault ?? azureVaultHost;
  const log = options.log ?? (() => {});
  const identity = managedIdentityOf(env);
  const deadline = now() + (options.deadlineMs ?? DEFAULT_DEADLINE_MS);

  const resolved: Record<string, string | undefined> = { ...env };
  const tokens = new Map<string, string>();

  async function token(resource: string, variable: string): Promise<string> {
    const cached = tokens.get(resource);
    if (cached !== undefined) return cached;
    if (identity === null) {
      throw new KeyVaultReferenceError(
        variable,
        'is an unresolved Key Vault reference and this process has no managed identity (IDENTITY_ENDPOINT, IDENTITY_HEADER) to resolve it with',
      );
    }
    const { accessToken } = await requestIdentityToken(identity, resource, http).catch((error: unknown) => {
      // Refused while the identity or its role propagates: try again, as for Key Vault's refusals.
      throw new Retry(error instanceof Error ? error.message : String(error));
    });
    tokens.set(resource, accessToken);
    return accessToken;
  }

  async function read(variable: string, secretUrl: URL): Promise<string> {
    const url = new URL(secretUrl);
    url.searchParams.set('api-version', '7.4');
    const response = await http(url, {
      headers: { Authorization: `Bearer ${await token(vaultResource(secretUrl), variable)}` },
    }).catch(() => null);
    if (response === null) throw new Retry('Key Vault did not answer');
    if (!response.ok) {
      // 403 while the role assignment propagates; 404 if the secret is being created; 429, 5xx.
      if ([401, 403, 404, 408, 429].includes(response.status) || response.status >= 500)
        throw new Retry(`Key Vault answered ${response.status}`);
      throw new KeyVaultReferenceError(variable, `Key Vault refused the reference with ${response.status}`);
    }
    const body = (await response.json()) as { value?: unknown };
    if (typeof body.value !== 'string')
      throw new KeyVaultReferenceError(variable, 'Key Vault sent no secret value');
    return body.value;
  }

  for (const [variable, value] of pending) {
    const secretUrl = secretUrlOf(value ?? '');
    if (secretUrl === null)
      throw new KeyVaultReferenceError(variable, 'is a Key Vault reference Taiwa cannot read');
    if (!trust(secretUrl)) {
      throw new KeyVaultReferenceError(
        variable,
        `names ${secretUrl.origin}, which is not an Azure Key Vault`,
      );
    }
    let wait = FIRST_WAIT_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        resolved[variable] = await read(variable, secretUrl);
        if (attempt > 1) log(`${variable}: Key Vault reference resolved on attempt ${attempt}`);
        break;
      } catch (error) {
        if (!(error instanceof Retry)) throw error;
        tokens.clear();
        if (now() + wait > deadline) {
          throw new KeyVaultReferenceError(
            variable,
            `the Key Vault reference could not be resolved in time (${error.message}); check that the web app's identity has the Key Vault Secrets User role`,
          );
        }
        log(
          `${variable}: Key Vault reference not resolvable yet (${error.message}); retrying in ${wait / 1000} s`,
        );
        await sleep(wait);
        wait = Math.min(wait * 2, LONGEST_WAIT_MS);
      }
    }
  }
  return resolved;
}
