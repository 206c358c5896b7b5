// Taiwa on Azure: one Node process on App Service (Linux, Node 22 LTS) serving the API, the bot
// endpoint and the tab; PostgreSQL Flexible Server as its database, reachable only from the web
// app through a virtual network (private access, no public endpoint, no firewall rule); secrets in
// Key Vault, read by the web app's managed identity; Application Insights; and the Azure Bot with
// the Teams channel.
// Deployed by teamsapp.yml (arm/deploy); outputs named in UPPER_CASE land in env/.env.<env>.
// Written for the Bicep CLI teamsapp.yml pins (v0.9.1): multi-line objects, no newer syntax.

@minLength(4)
@maxLength(20)
@description('Prefix of every resource name; the web app is <resourceBaseName>.azurewebsites.net, so it must be globally unique.')
param resourceBaseName string

@description('Azure region of the regional resources.')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 is the smallest with Always On, which the background jobs need.')
param webAppSku string = 'B1'

@description('Client id of the Entra app the tab and the API share (AAD_APP_CLIENT_ID).')
param entraClientId string

@secure()
@description('Client secret of that Entra app, for Graph on-behalf-of and app-only calls.')
param entraClientSecret string

@description('Authority host; change it for sovereign clouds only.')
param entraAuthorityHost string = 'https://login.microsoftonline.com'

@description('Comma-separated Entra tenant ids whose users may use this deployment.')
param allowedTenants string

@description('Client id of the bot\'s Entra app (BOT_ID).')
param botAadAppClientId string

@secure()
@description('Client secret of the bot\'s Entra app.')
param botAadAppClientSecret string

@description('Tenant of the bot\'s Entra app; the Azure Bot is registered as single-tenant there.')
param botTenantId string = tenant().tenantId

@maxLength(42)
@description('Name the bot shows in Teams.')
param botDisplayName string = 'Taiwa'

@description('Id of the Teams app (TEAMS_APP_ID).')
param teamsAppId string

@description('The app\'s id in the organisation\'s app catalog (TEAMS_APP_PUBLISHED_APP_ID, written by `teamsapp publish`); empty until published. Deep links use it.')
param teamsAppPublishedAppId string = ''

@description('Address space of the virtual network that joins the web app to PostgreSQL.')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('Subnet the web app\'s outbound traffic enters the network through (delegated to App Service).')
param appSubnetPrefix string = '10.40.1.0/24'

@description('Subnet PostgreSQL lives in (delegated to PostgreSQL Flexible Server; private access only).')
param postgresSubnetPrefix string = '10.40.2.0/24'

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'taiwa'

@secure()
@minLength(12)
@description('PostgreSQL administrator password; set SECRET_POSTGRES_ADMIN_PASSWORD in env/.env.<env>.user.')
param postgresAdminPassword string

@description('PostgreSQL compute SKU.')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier, matching the SKU.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL major version.')
param postgresVersion string = '16'

@description('PostgreSQL storage in GiB.')
param postgresStorageSizeGB int = 32

var webAppName = resourceBaseName
var databaseName = 'taiwa'
// The port App Service's Node image forwards to; the app reads it from PORT.
var appPort = '8080'
// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  // Vault names allow 24 characters.
  name: take('${resourceBaseName}-kv-${uniqueString(resourceGroup().id)}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
  }
}

// One network for the web app and its database. App Service VNet integration sends the app's
// outbound traffic into `app`; PostgreSQL is injected into `postgres` and has no public endpoint.
resource vnet 'Microsoft.Network/virtualNetworks@2023-04-01' = {
  name: '${resourceBaseName}-vnet'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        vnetAddressPrefix
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'postgres'
        properties: {
          addressPrefix: postgresSubnetPrefix
          delegations: [
            {
              name: 'postgres-flexible-server'
              properties: {
                serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'
              }
            }
          ]
        }
      }
    ]
  }
}

// Private access resolves the server's name through a private DNS zone linked to the network.
resource postgresDnsZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: '${resourceBaseName}.private.postgres.database.azure.com'
  location: 'global'
}

resource postgresDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: postgresDnsZone
  name: '${resourceBaseName}-vnet'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: '${resourceBaseName}-pg'
  location: location
  dependsOn: [
    postgresDnsLink
  ]
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    // Private access (VNet integration): no public endpoint, so no firewall rule admits anyone else.
    network: {
      delegatedSubnetResourceId: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'postgres')
      privateDnsZoneArmResourceId: postgresDnsZone.id
    }
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: postgresStorageSizeGB
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'database-url'
  properties: {
    value: 'postgresql://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=require'
  }
}

resource entraClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'entra-client-secret'
  properties: {
    value: entraClientSecret
  }
}

resource botAppPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'bot-app-password'
  properties: {
    value: botAadAppClientSecret
  }
}

resource appServicePlan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    // Linux plan.
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-01-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: appServicePlan.id
    httpsOnly: true
    // Regional VNet integration: the app reaches PostgreSQL's private address (and resolves its
    // private DNS name) through `app`. Only private traffic takes that path: Graph, Entra and the
    // Bot Framework stay on App Service's own outbound, so the subnet needs no NAT gateway.
    virtualNetworkSubnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'app')
    siteConfig: {
      vnetRouteAllEnabled: false
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node api/dist/main.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'PORT'
          value: appPort
        }
        {
          name: 'WEBSITES_PORT'
          value: appPort
        }
        {
          name: 'HOST'
          value: '0.0.0.0'
        }
        {
          name: 'PUBLIC_URL'
          value: 'https://${webAppName}.azurewebsites.net'
        }
        {
          name: 'DATABASE_URL'
          value: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecret.properties.secretUri})'
        }
        {
          name: 'AUTH_MODE'
          value: 'entra'
        }
        {
          name: 'ENTRA_CLIENT_ID'
          value: entraClientId
        }
        {
          name: 'ENTRA_CLIENT_SECRET'
          value: '@Microsoft.KeyVault(SecretUri=${entraClientSecretSecret.properties.secretUri})'
        }
        {
          name: 'ENTRA_AUTHORITY_HOST'
          value: entraAuthorityHost
        }
        {
          name: 'ALLOWED_TENANTS'
          value: allowedTenants
        }
        {
          name: 'BOT_APP_ID'
          value: botAadAppClientId
        }
        {
          name: 'BOT_APP_PASSWORD'
          value: '@Microsoft.KeyVault(SecretUri=${botAppPasswordSecret.properties.secretUri})'
        }
        {
          name: 'BOT_TENANT_ID'
          value: botTenantId
        }
        {
          name: 'TEAMS_APP_ID'
          value: teamsAppId
        }
        {
          name: 'TEAMS_APP_PUBLISHED_APP_ID'
          value: teamsAppPublishedAppId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        // teamsapp.yml builds before zip-deploying; App Service must run what it receives as is.
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
      ]
    }
  }
}

resource webAppReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, webApp.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${resourceBaseName}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppTenantId: botTenantId
    // New multi-tenant Azure Bots can no longer be created; single-tenant is the supported type.
    msaAppType: 'SingleTenant'
  }
}

resource botTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_DOMAIN string = webApp.properties.defaultHostName
output AZURE_KEY_VAULT_NAME string = keyVault.name
output AZURE_POSTGRES_HOST string = postgres.properties.fullyQualifiedDomainName
