// Azure resources for LIS i Teams: App Service (the Node app), Cosmos DB (NoSQL API) with the
// database and containers the store expects, and the Azure Bot registration with the Teams channel.
// Deploy: see README "Deploying to Azure" (infra/entra.sh first, for the app registration).
targetScope = 'resourceGroup'

@description('Short name used in resource names, e.g. lis-prod.')
@minLength(3)
@maxLength(20)
param name string

param location string = resourceGroup().location

@description('Entra app (client) id of the bot registration.')
param botAppId string

@description('Tenant of the bot registration (single tenant).')
param botTenantId string = subscription().tenantId

@secure()
@description('Client secret of the bot registration.')
param botAppPassword string

@description('Entra app (client) id of the tab\'s single sign-on (AAD_APP_CLIENT_ID); often the bot\'s app id.')
param tabClientId string = botAppId

@description('Teams app id from the manifest (TEAMS_APP_ID), for links to the tab.')
param teamsAppId string = ''

@description('Cosmos DB database name (COSMOS_DATABASE).')
param databaseName string = 'lis'

@description('App Service plan SKU.')
param appServiceSku string = 'B1'

var suffix = uniqueString(resourceGroup().id, name)

@description('The web app\'s name: the tab is served from <webAppName>.azurewebsites.net, which the App ID URI names (infra/entra.sh --tab-host).')
param webAppName string = '${name}-${suffix}'

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${name}-cosmos-${suffix}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    capabilities: [{ name: 'EnableServerless' }]
    minimalTlsVersion: 'Tls12'
    disableLocalAuth: false
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: databaseName
  properties: { resource: { id: databaseName } }
}

// Must match CONTAINERS in store/index.ts (a test checks): only the paths queries filter on are indexed.
var containers = [
  { name: 'trainees', partitionKey: '/traineeId', indexed: ['/traineeId/?', '/kind/?', '/target/?', '/failed/?', '/date/?', '/onBehalfOf/?', '/activityKind/?', '/decision/by/?', '/actor/?', '/byLis/?', '/finalisedAt/?', '/cancelled/at/?', '/profile/roles/[]/state/?', '/profile/roles/[]/expiresAt/?', '/profile/roles/[]/lapseToldAt/?'] }
  { name: 'people', partitionKey: '/aadObjectId', indexed: [] }
  { name: 'units', partitionKey: '/unitId', indexed: ['/kind/?'] }
]

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [
  for c in containers: {
    parent: database
    name: c.name
    properties: {
      resource: {
        id: c.name
        // Version 2, the large partition key Microsoft recommends for every new container (version 1,
        // the default when left out, hashes only the first 101 bytes of a key); it cannot be changed later.
        partitionKey: { paths: [c.partitionKey], kind: 'Hash', version: 2 }
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [for p in c.indexed: { path: p }]
          excludedPaths: [{ path: '/*' }]
        }
      }
    }
  }
]

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      // The deployment package is built with `npm ci && npm run build`; start the compiled app.
      appCommandLine: 'node --disable-warning=DEP0111 dist/bot/main.js'
      alwaysOn: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'PORT', value: '8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'MICROSOFT_APP_ID', value: botAppId }
        { name: 'MICROSOFT_APP_PASSWORD', value: botAppPassword }
        { name: 'MICROSOFT_APP_TENANT_ID', value: botTenantId }
        { name: 'MICROSOFT_APP_TYPE', value: 'SingleTenant' }
        { name: 'COSMOS_ENDPOINT', value: cosmos.properties.documentEndpoint }
        { name: 'COSMOS_KEY', value: cosmos.listKeys().primaryMasterKey }
        { name: 'COSMOS_DATABASE', value: databaseName }
        { name: 'AAD_APP_CLIENT_ID', value: tabClientId }
        { name: 'AAD_APP_ID_URI', value: 'api://${webAppName}.azurewebsites.net/${tabClientId}' }
        { name: 'TAB_ALLOWED_TENANTS', value: botTenantId }
        { name: 'TEAMS_APP_ID', value: teamsAppId }
        { name: 'DEV_MODE', value: 'false' }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'LIS'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppTenantId: botTenantId
    msaAppType: 'SingleTenant'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output appUrl string = 'https://${web.properties.defaultHostName}'
output tabDomain string = web.properties.defaultHostName
output cosmosEndpoint string = cosmos.properties.documentEndpoint
