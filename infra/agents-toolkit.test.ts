import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEnvFile } from '../scripts/app-package/env-file.js';
import { findPlaceholders } from '../scripts/app-package/placeholders.js';
import { outlineBicep } from './bicep-outline.js';

interface Action {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Project {
  version: string;
  environmentFolderPath?: string;
  provision: Action[];
  deploy: Action[];
  publish?: Action[];
}

const repoRoot = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const project = (file: string) => parse(read(file)) as Project;

// Set by the toolkit itself: the environment's name, the Azure target it asks for when empty,
// and the scope id aadApp/update generates.
const builtIn = [
  'TEAMSFX_ENV',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
  'AAD_APP_ACCESS_AS_USER_PERMISSION_ID',
];
// Secrets nothing generates: the operator puts them in env/.env.<env>.user (docs/deploy.md).
const operatorSecrets = ['SECRET_POSTGRES_ADMIN_PASSWORD'];

/** The files whose `${{…}}` an action resolves, besides its own arguments. */
function templatesOf(action: Action): string[] {
  const paths: string[] = [];
  if (action.uses === 'aadApp/update') paths.push(String(action.with?.manifestPath));
  if (action.uses === 'teamsApp/zipAppPackage' || action.uses === 'teamsApp/validateManifest') {
    paths.push(String(action.with?.manifestPath), 'appPackage/ja.json');
  }
  if (action.uses === 'arm/deploy') {
    for (const template of (action.with?.templates ?? []) as { parameters: string }[])
      paths.push(template.parameters);
  }
  return paths;
}

/** Walks the lifecycles in order and reports each variable used before anything defines it. */
function undefinedVariables(file: string, envName: string): string[] {
  const defined = new Set([
    ...builtIn,
    ...operatorSecrets,
    ...parseEnvFile(read(`env/.env.${envName}`)).keys(),
  ]);
  const bicepOutputs = [...outlineBicep(read('infra/azure.bicep')).outputs.keys()];
  const problems: string[] = [];
  const { provision, deploy, publish = [] } = project(file);
  for (const action of [...provision, ...deploy, ...publish]) {
    const used = [JSON.stringify({ with: action.with, env: (action as { env?: unknown }).env })];
    for (const template of templatesOf(action)) used.push(read(template));
    for (const variable of used.flatMap(findPlaceholders)) {
      if (!defined.has(variable)) problems.push(`${action.uses} uses ${variable}`);
    }
    for (const variable of Object.values(action.writeToEnvironmentFile ?? {})) defined.add(variable);
    if (action.uses === 'arm/deploy') for (const output of bicepOutputs) defined.add(output);
  }
  return problems;
}

describe('teamsapp.yml (Azure)', () => {
  const azure = project('teamsapp.yml');

  it('uses a v1.x schema and the env/ folder', () => {
    expect(azure.version).toMatch(/^v1\.\d+$/);
    expect(read('teamsapp.yml')).toContain(
      `$schema=https://aka.ms/teams-toolkit/${azure.version}/yaml.schema.json`,
    );
    expect(azure.environmentFolderPath).toBe('./env');
  });

  it('provisions the Entra apps, the Teams app and Azure, then builds, validates and ships the package', () => {
    expect(azure.provision.map((action) => action.uses)).toEqual([
      'aadApp/create',
      'botAadApp/create',
      'teamsApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
      'teamsApp/extendToM365',
    ]);
  });

  it('deploys by building once and zip-deploying a packaged artifact (no workspace symlinks) from the Bicep outputs', () => {
    expect(azure.deploy.map((action) => action.uses)).toEqual([
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'azureAppService/zipDeploy',
    ]);
    expect(azure.deploy.slice(0, -1).map((action) => action.with?.args)).toEqual([
      'ci --no-audit --no-fund',
      'run build',
      'prune --omit=dev',
      'run deploy:artifact',
    ]);
    // The zip is made of the artifact folder, never the checkout whose node_modules/@taiwa/* link
    // back into the workspaces' sources.
    expect(azure.deploy.at(-1)?.with).toEqual({
      artifactFolder: 'build/webapp',
      resourceId: '${{AZURE_APP_SERVICE_RESOURCE_ID}}',
    });
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(scripts['deploy:artifact']).toBe('node scripts/deploy/webapp-artifact.mjs');
    expect(existsSync(join(repoRoot, 'scripts/deploy/webapp-artifact.mjs'))).toBe(true);
  });

  it("publishes the package to the organisation's catalog", () => {
    expect(azure.publish?.at(-1)?.uses).toBe('teamsApp/publishAppPackage');
  });

  it('keeps secrets in SECRET_ variables, which the toolkit writes to the gitignored .user file', () => {
    const written = azure.provision.flatMap((action) => Object.entries(action.writeToEnvironmentFile ?? {}));
    for (const [key, variable] of written) {
      if (/secret|password/i.test(key)) expect(variable).toMatch(/^SECRET_/);
    }
  });

  it('points every path at a file that exists', () => {
    const arm = azure.provision.find((action) => action.uses === 'arm/deploy');
    const templates = (arm?.with?.templates ?? []) as { path: string; parameters: string }[];
    expect(templates).toHaveLength(1);
    for (const template of templates) {
      expect(existsSync(join(repoRoot, template.path))).toBe(true);
      expect(existsSync(join(repoRoot, template.parameters))).toBe(true);
    }
    for (const action of azure.provision.filter((a) => typeof a.with?.manifestPath === 'string')) {
      expect(existsSync(join(repoRoot, String(action.with?.manifestPath)))).toBe(true);
    }
  });

  it('defines every variable before an action or a template it resolves uses it', () => {
    expect(undefinedVariables('teamsapp.yml', 'dev')).toEqual([]);
  });
});

describe('teamsapp.local.yml', () => {
  const local = project('teamsapp.local.yml');

  it('uses the same schema version as teamsapp.yml', () => {
    expect(local.version).toBe(project('teamsapp.yml').version);
  });

  it('registers the bot with the Bot Framework instead of Azure, and sideloads the package', () => {
    const uses = local.provision.map((action) => action.uses);
    expect(uses).toEqual(
      expect.arrayContaining(['aadApp/create', 'botAadApp/create', 'botFramework/create', 'teamsApp/create']),
    );
    expect(uses).not.toContain('arm/deploy');
    expect(uses.slice(-5)).toEqual([
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
      'teamsApp/extendToM365',
    ]);
  });

  it("writes the server's configuration with the variable names the server reads", () => {
    const configFile = local.deploy.find((action) => action.uses === 'file/createOrUpdateEnvironmentFile');
    expect(Object.keys(configFile?.with?.envs as object)).toEqual(
      expect.arrayContaining([
        'PORT',
        'HOST',
        'PUBLIC_URL',
        'AUTH_MODE',
        'ENTRA_CLIENT_ID',
        'ENTRA_CLIENT_SECRET',
        'BOT_APP_ID',
        'BOT_APP_PASSWORD',
      ]),
    );
  });

  it('defines every variable before an action or a template it resolves uses it', () => {
    expect(undefinedVariables('teamsapp.local.yml', 'local')).toEqual([]);
  });
});

describe('env files', () => {
  it.each(['dev', 'local'])('env/.env.%s holds no secrets', (envName) => {
    for (const [key, value] of parseEnvFile(read(`env/.env.${envName}`))) {
      expect(key.startsWith('SECRET_') && value !== '', key).toBe(false);
      expect(key, key).not.toMatch(/PASSWORD|CLIENT_SECRET/);
    }
  });

  it('ignores the .user files, where secrets go', () => {
    expect(read('.gitignore').split(/\r?\n/)).toContain('env/.env.*.user');
  });
});
