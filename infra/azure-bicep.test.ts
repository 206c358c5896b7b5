import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSettingNames, outlineBicep } from './bicep-outline.js';

const infraDir = import.meta.dirname;
const template = readFileSync(join(infraDir, 'azure.bicep'), 'utf8');
const outline = outlineBicep(template);
const parameters = JSON.parse(readFileSync(join(infraDir, 'azure.parameters.json'), 'utf8'))
  .parameters as Record<string, { value: unknown }>;
const resourceOfType = (type: string) => {
  const found = outline.resources.filter((resource) => resource.type === type);
  expect(found, `one ${type}`).toHaveLength(1);
  return found[0] as (typeof found)[number];
};

describe('infra/azure.bicep', () => {
  it('declares the resources Taiwa runs on', () => {
    expect(new Set(outline.resources.map((resource) => resource.type))).toEqual(
      new Set([
        'Microsoft.OperationalInsights/workspaces',
        'Microsoft.Insights/components',
        'Microsoft.KeyVault/vaults',
        'Microsoft.KeyVault/vaults/secrets',
        'Microsoft.DBforPostgreSQL/flexibleServers',
        'Microsoft.DBforPostgreSQL/flexibleServers/databases',
        'Microsoft.Network/virtualNetworks',
        'Microsoft.Network/privateDnsZones',
        'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.Authorization/roleAssignments',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
      ]),
    );
    for (const resource of outline.resources)
      expect(resource.apiVersion).toMatch(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
  });

  it('runs the web app on Linux with Node 22 LTS, https only, started with the api entry point', () => {
    expect(resourceOfType('Microsoft.Web/serverfarms').body).toContain('reserved: true');
    const site = resourceOfType('Microsoft.Web/sites').body;
    expect(site).toContain("kind: 'app,linux'");
    expect(site).toContain("linuxFxVersion: 'NODE|22-lts'");
    expect(site).toContain('httpsOnly: true');
    expect(site).toContain("appCommandLine: 'node api/dist/main.js'");
    expect(site).toContain("healthCheckPath: '/healthz'");
    expect(site).toContain("type: 'SystemAssigned'");
  });

  it('maps every server setting, with secrets as Key Vault references', () => {
    const site = resourceOfType('Microsoft.Web/sites').body;
    expect(appSettingNames(site)).toEqual(
      expect.arrayContaining([
        'PORT',
        'HOST',
        'PUBLIC_URL',
        'DATABASE_URL',
        'AUTH_MODE',
        'ENTRA_CLIENT_ID',
        'ENTRA_CLIENT_SECRET',
        'ENTRA_AUTHORITY_HOST',
        'ALLOWED_TENANTS',
        'BOT_APP_ID',
        'BOT_APP_PASSWORD',
        'BOT_TENANT_ID',
        'TEAMS_APP_ID',
        'TEAMS_APP_PUBLISHED_APP_ID',
        'APPLICATIONINSIGHTS_CONNECTION_STRING',
      ]),
    );
    for (const secret of ['DATABASE_URL', 'ENTRA_CLIENT_SECRET', 'BOT_APP_PASSWORD']) {
      expect(site).toMatch(new RegExp(`name: '${secret}'\\s+value: '@Microsoft\\.KeyVault\\(SecretUri=`));
    }
    expect(site).toMatch(/name: 'HOST'\s+value: '0\.0\.0\.0'/);
    expect(site).toMatch(/name: 'AUTH_MODE'\s+value: 'entra'/);
  });

  it("lets the web app's identity read Key Vault secrets and nothing more", () => {
    expect(resourceOfType('Microsoft.KeyVault/vaults').body).toContain('enableRbacAuthorization: true');
    const assignment = resourceOfType('Microsoft.Authorization/roleAssignments').body;
    expect(assignment).toContain('principalId: webApp.identity.principalId');
    expect(template).toContain("var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'");
  });

  it("registers a single-tenant Azure Bot on the app's /api/messages with the Teams channel", () => {
    const bot = resourceOfType('Microsoft.BotService/botServices').body;
    expect(bot).toContain("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
    expect(bot).toContain("msaAppType: 'SingleTenant'");
    expect(resourceOfType('Microsoft.BotService/botServices/channels').body).toContain(
      "name: 'MsTeamsChannel'",
    );
  });

  it('connects to PostgreSQL over TLS', () => {
    expect(template).toMatch(/postgresql:\/\/.*\?sslmode=require/);
  });

  it('reaches PostgreSQL only through the virtual network: private access, no firewall rule for all of Azure', () => {
    // 0.0.0.0–0.0.0.0 would admit every Azure customer's services; nothing may open the server like that.
    expect(outline.resources.some((r) => r.type.endsWith('/firewallRules'))).toBe(false);
    expect(template).not.toMatch(/startIpAddress/);
    const postgres = resourceOfType('Microsoft.DBforPostgreSQL/flexibleServers').body;
    expect(postgres).toMatch(
      /delegatedSubnetResourceId: resourceId\('Microsoft\.Network\/virtualNetworks\/subnets', vnet\.name, 'postgres'\)/,
    );
    expect(postgres).toContain('privateDnsZoneArmResourceId: postgresDnsZone.id');
    expect(postgres).toContain('postgresDnsLink');
    // Private access needs a zone ending in .postgres.database.azure.com, linked to the network.
    expect(resourceOfType('Microsoft.Network/privateDnsZones').body).toMatch(
      /name: '\$\{resourceBaseName\}\.private\.postgres\.database\.azure\.com'/,
    );
    expect(resourceOfType('Microsoft.Network/privateDnsZones/virtualNetworkLinks').body).toContain(
      'id: vnet.id',
    );
    // Each subnet is delegated to the one service that uses it.
    const vnet = resourceOfType('Microsoft.Network/virtualNetworks').body;
    expect(vnet).toMatch(/name: 'app'[\s\S]*serviceName: 'Microsoft\.Web\/serverFarms'/);
    expect(vnet).toMatch(/name: 'postgres'[\s\S]*serviceName: 'Microsoft\.DBforPostgreSQL\/flexibleServers'/);
    // The web app joins the network (regional VNet integration); only private traffic goes through it,
    // so Microsoft 365 stays reachable without a NAT gateway on the subnet.
    const site = resourceOfType('Microsoft.Web/sites').body;
    expect(site).toMatch(
      /virtualNetworkSubnetId: resourceId\('Microsoft\.Network\/virtualNetworks\/subnets', vnet\.name, 'app'\)/,
    );
    expect(site).toContain('vnetRouteAllEnabled: false');
    // VNet integration needs Basic or higher; the plan's default is B1.
    expect(template).toMatch(/param webAppSku string = 'B1'/);
  });

  it('takes its secrets as secure parameters', () => {
    for (const name of ['entraClientSecret', 'botAadAppClientSecret', 'postgresAdminPassword']) {
      expect(outline.params.get(name)?.secure, name).toBe(true);
    }
    expect([...outline.params].filter(([, param]) => param.secure).map(([name]) => name)).toHaveLength(3);
  });

  it('outputs what teamsapp.yml and the manifest read from env/.env.<env>', () => {
    for (const name of ['AZURE_APP_SERVICE_RESOURCE_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'BOT_DOMAIN']) {
      expect(outline.outputs.get(name), name).toBe('string');
    }
  });
});

describe('infra/azure.parameters.json', () => {
  it('supplies every parameter without a default and names no unknown one', () => {
    const required = [...outline.params].filter(([, param]) => !param.hasDefault).map(([name]) => name);
    for (const name of required) expect(parameters, name).toHaveProperty(name);
    for (const name of Object.keys(parameters)) expect(outline.params.has(name), name).toBe(true);
  });

  it('fills secure parameters only from SECRET_ variables, which live in the gitignored .user files', () => {
    for (const [name, param] of outline.params) {
      if (param.secure) expect(parameters[name]?.value, name).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
    }
  });
});
