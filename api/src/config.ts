import path from 'node:path';
import { type ManagedIdentity, managedIdentityOf } from './azure/managedIdentity.js';

/** One typed, validated view of the environment. Every variable of the design is read here and nowhere else. */
export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | null;
  /** Folder for PGlite's files and the dev signing key; `memory://` keeps everything in memory. */
  dataDir: string;
  /** Whether the embedded database syncs each commit to disk (`full`) or leaves it to the OS (`relaxed`, tests). */
  dataDurability: 'full' | 'relaxed';
  authMode: 'dev' | 'entra';
  entra: {
    clientId: string;
    clientSecret: string | null;
    authorityHost: string;
    /** `'*'` admits every tenant (a multi-tenant app installed from the admin center). */
    allowedTenants: ReadonlySet<string> | '*';
  };
  graphBaseUrl: string;
  bot: {
    appId: string | null;
    appPassword: string | null;
    tenantId: string | null;
  };
  teamsAppId: string | null;
  /**
   * The app's id in the organisation's app catalog (TEAMS_APP_PUBLISHED_APP_ID, written by
   * teamsapp.yml's publish step, or read in the Teams admin center). Apps published to the org
   * catalog are addressed by it, not by the manifest id, in deep links.
   */
  teamsCatalogAppId: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Directory of the built tab; absent in API-only test runs. */
  tabDistDir: string;
  /** Serve the tab's source maps: on for the local demo, off in production unless configured. */
  serveSourceMaps: boolean;
  /** The tenant's own Azure OpenAI deployment for summary drafts; null (the default) keeps them extractive. */
  azureOpenAi: AzureOpenAiConfig | null;
}

export interface AzureOpenAiConfig {
  /** https://<resource>.openai.azure.com, without a trailing slash. */
  endpoint: string;
  deployment: string;
  /** The deployment's key, or the app's managed identity (no key to keep, rotate or leak). */
  auth: { kind: 'key'; apiKey: string } | { kind: 'managedIdentity'; identity: ManagedIdentity };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The client id the dev issuer puts in `aud`; it never leaves loopback. */
export const DEV_CLIENT_ID = '7a1a0000-0000-4000-8000-00000000de00';

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.');
}

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function parsePort(env: Env): number {
  const raw = read(env, 'PORT') ?? '3978';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseUrl(env: Env, name: string, fallback: string): string {
  const raw = read(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an absolute URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(name, `must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

function parseDatabaseUrl(env: Env): string | null {
  const raw = read(env, 'DATABASE_URL');
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must use postgres:// or postgresql://, got "${url.protocol}"`);
  }
  return raw;
}

function parseAuthMode(env: Env): 'dev' | 'entra' {
  const raw = read(env, 'AUTH_MODE');
  if (raw === undefined) return read(env, 'ENTRA_CLIENT_ID') === undefined ? 'dev' : 'entra';
  if (raw !== 'dev' && raw !== 'entra') {
    throw new ConfigError('AUTH_MODE', `must be "dev" or "entra", got "${raw}"`);
  }
  return raw;
}

function parseGuid(env: Env, name: string): string | null {
  const raw = read(env, name);
  if (raw === undefined) return null;
  if (!GUID.test(raw)) throw new ConfigError(name, `must be a GUID, got "${raw}"`);
  return raw.toLowerCase();
}

function parseAllowedTenants(env: Env, authMode: 'dev' | 'entra'): ReadonlySet<string> | '*' {
  const raw = read(env, 'ALLOWED_TENANTS');
  if (raw === undefined) {
    if (authMode === 'entra') {
      throw new ConfigError(
        'ALLOWED_TENANTS',
        'is required in entra mode: a comma-separated list of tenant ids, or "*"',
      );
    }
    return '*';
  }
  if (raw === '*') return '*';
  const ids = raw.split(',').map((id) => id.trim().toLowerCase());
  for (const id of ids) {
    if (!GUID.test(id)) throw new ConfigError('ALLOWED_TENANTS', `"${id}" is not a tenant id (GUID)`);
  }
  return new Set(ids);
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(name, `must be "true" or "false", got "${raw}"`);
}

function parseDurability(env: Env): Config['dataDurability'] {
  const raw = read(env, 'DATA_DURABILITY') ?? 'full';
  if (raw !== 'full' && raw !== 'relaxed') {
    throw new ConfigError('DATA_DURABILITY', `must be "full" or "relaxed", got "${raw}"`);
  }
  return raw;
}

function parseLogLevel(env: Env): Config['logLevel'] {
  const raw = read(env, 'LOG_LEVEL') ?? 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === raw);
  if (level === undefined) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

/**
 * AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT, with AZURE_OPENAI_API_KEY or else the app's
 * managed identity (App Service's IDENTITY_ENDPOINT): the system-assigned one, or the user-assigned
 * one named by AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID; or none of them. A half-configured
 * deployment is a mistake, not "off".
 */
function parseAzureOpenAi(env: Env): AzureOpenAiConfig | null {
  const names = ['AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT', 'AZURE_OPENAI_API_KEY'] as const;
  const [endpoint, deployment, apiKey] = names.map((name) => read(env, name));
  const clientId = read(env, 'AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID');
  if (endpoint === undefined && deployment === undefined && apiKey === undefined && clientId === undefined)
    return null;
  const missing = names.slice(0, 2).find((name) => read(env, name) === undefined);
  if (missing !== undefined) {
    throw new ConfigError(missing, 'is required when any AZURE_OPENAI_* variable is set');
  }
  if (clientId !== undefined && apiKey !== undefined) {
    throw new ConfigError(
      'AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID',
      'names the identity used instead of AZURE_OPENAI_API_KEY: set one of the two',
    );
  }
  if (clientId !== undefined && !GUID.test(clientId)) {
    throw new ConfigError(
      'AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID',
      "must be the user-assigned identity's client id (a GUID)",
    );
  }
  const identity = managedIdentityOf(env, clientId);
  const auth: AzureOpenAiConfig['auth'] | null =
    apiKey !== undefined
      ? { kind: 'key', apiKey }
      : identity !== null
        ? { kind: 'managedIdentity', identity }
        : null;
  if (auth === null) {
    throw new ConfigError(
      clientId === undefined ? 'AZURE_OPENAI_API_KEY' : 'AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID',
      clientId === undefined
        ? 'is required unless the app has a managed identity (IDENTITY_ENDPOINT, IDENTITY_HEADER)'
        : 'needs the app to run with a managed identity (IDENTITY_ENDPOINT, IDENTITY_HEADER)',
    );
  }
  const url = parseUrl(env, 'AZURE_OPENAI_ENDPOINT', '');
  // The key and the transcript travel in this request: plain http only to this machine (tests' stand-in).
  if (url.startsWith('http:') && !isLoopbackHost(new URL(url).hostname.replace(/^\[|\]$/g, ''))) {
    throw new ConfigError('AZURE_OPENAI_ENDPOINT', 'must be https (plain http only on loopback)');
  }
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(deployment ?? '')) {
    throw new ConfigError('AZURE_OPENAI_DEPLOYMENT', 'must be a deployment name (letters, digits, . _ -)');
  }
  return {
    endpoint: url,
    deployment: deployment ?? '',
    auth,
  };
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const port = parsePort(env);
  const host = read(env, 'HOST') ?? '127.0.0.1';
  const authMode = parseAuthMode(env);
  const clientId = parseGuid(env, 'ENTRA_CLIENT_ID');

  if (authMode === 'dev' && !isLoopbackHost(host)) {
    throw new ConfigError(
      'HOST',
      `dev sign-in only listens on loopback (127.0.0.1, ::1, localhost), got "${host}"; set AUTH_MODE=entra to serve other addresses`,
    );
  }
  if (authMode === 'entra' && clientId === null) {
    throw new ConfigError('ENTRA_CLIENT_ID', 'is required when AUTH_MODE=entra');
  }

  const botAppId = parseGuid(env, 'BOT_APP_ID');
  const botAppPassword = read(env, 'BOT_APP_PASSWORD') ?? null;
  if (botAppId !== null && botAppPassword === null) {
    throw new ConfigError('BOT_APP_PASSWORD', 'is required when BOT_APP_ID is set');
  }
  // Without them /api/messages cannot check Bot Framework's signature, and anyone who reaches it
  // (a proxy or sidecar on the same host included) could speak for any member.
  if (botAppId === null && (authMode === 'entra' || !isLoopbackHost(host))) {
    throw new ConfigError(
      'BOT_APP_ID',
      "BOT_APP_ID and BOT_APP_PASSWORD (the Azure Bot's Microsoft App ID and its client secret) are required in entra mode and on any non-loopback address, so the bot accepts only activities Bot Framework signed",
    );
  }

  const dataDir = read(env, 'DATA_DIR') ?? './.data';
  return {
    port,
    host,
    publicUrl: parseUrl(env, 'PUBLIC_URL', `http://localhost:${port === 0 ? 3978 : port}`),
    databaseUrl: parseDatabaseUrl(env),
    dataDir: dataDir === 'memory://' ? dataDir : path.resolve(cwd, dataDir),
    dataDurability: parseDurability(env),
    authMode,
    entra: {
      clientId: clientId ?? DEV_CLIENT_ID,
      clientSecret: read(env, 'ENTRA_CLIENT_SECRET') ?? null,
      authorityHost: parseUrl(env, 'ENTRA_AUTHORITY_HOST', 'https://login.microsoftonline.com'),
      allowedTenants: parseAllowedTenants(env, authMode),
    },
    graphBaseUrl: parseUrl(env, 'GRAPH_BASE_URL', 'https://graph.microsoft.com'),
    bot: { appId: botAppId, appPassword: botAppPassword, tenantId: parseGuid(env, 'BOT_TENANT_ID') },
    teamsAppId: parseGuid(env, 'TEAMS_APP_ID'),
    teamsCatalogAppId: parseGuid(env, 'TEAMS_APP_PUBLISHED_APP_ID'),
    logLevel: parseLogLevel(env),
    tabDistDir: path.resolve(read(env, 'TAB_DIST_DIR') ?? path.join(import.meta.dirname, '../../tab/dist')),
    // Maps publish the tab's whole source: fine on a developer's loopback demo, not in a tenant.
    serveSourceMaps: parseBoolean(env, 'SERVE_SOURCE_MAPS', authMode === 'dev'),
    azureOpenAi: parseAzureOpenAi(env),
  };
}
