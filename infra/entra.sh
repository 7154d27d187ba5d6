#!/usr/bin/env bash
# The Entra app registration for LIS i Teams, as code: one app for the bot and the tab's single
# sign-on. Run it again at any time: it finds the app by name and brings it to this state.
#
#   bash infra/entra.sh --name "LIS i Teams" --tab-host lis-prod-abc.azurewebsites.net [--new-secret] [--graph-install]
#
# What it sets (Teams docs "tab-sso-register-aad"): sign-in for this organisation only; the App ID
# URI api://<tab host>/<client id>; the delegated scope access_as_user; v2 access tokens; the
# Teams, Microsoft 365 and Outlook clients pre-authorised for that scope (so nobody is asked to
# consent); a service principal. With --new-secret it adds a client secret for the bot and prints it
# once. With --graph-install it adds the Microsoft Graph application permission
# TeamsAppInstallation.ReadWriteSelfForUser.All and grants admin consent (the signed-in user must be
# allowed to), so the bot can install itself for a supervisor who never opened it (GRAPH_INSTALL).
# It prints the settings the app needs (infra/main.bicep and README "Deploying to Azure").
# Needs the Azure CLI, signed in (`az login`) as someone who may create app registrations.
set -euo pipefail

AZ=${AZ:-az}
NAME=""
TAB_HOST=""
NEW_SECRET=false
GRAPH_INSTALL=false
GRAPH=00000003-0000-0000-c000-000000000000
while [ $# -gt 0 ]; do
  case "$1" in
    --name) NAME="$2"; shift 2 ;;
    --tab-host) TAB_HOST="$2"; shift 2 ;;
    --new-secret) NEW_SECRET=true; shift ;;
    --graph-install) GRAPH_INSTALL=true; shift ;;
    *) echo "entra.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$NAME" ] || { echo "entra.sh: --name is required (the app's display name)" >&2; exit 2; }
[[ "$TAB_HOST" =~ ^[a-z0-9.-]+$ ]] || { echo "entra.sh: --tab-host is required (the tab's host name, e.g. lis-prod-abc.azurewebsites.net)" >&2; exit 2; }

# The clients that ask for a token on the user's behalf: Teams desktop and mobile, Teams web,
# Microsoft 365 web (two) and desktop, Outlook desktop, Outlook web (two) and mobile.
CLIENTS=(
  1fec8e78-bce4-4aaf-ab1b-5451cc387264
  5e3ce6c0-2b1f-4285-8d4b-75ee78787346
  4345a7b9-9a63-4910-a426-35363201d503
  4765445b-32c6-49b0-83e6-1d93765276ca
  0ec893e0-5785-4de6-99da-4ed124e5296c
  d3590ed6-52b3-4102-aeff-aad2292ab01c
  00000002-0000-0ff1-ce00-000000000000
  bc59ab01-8403-45c6-8796-ac3ef710b3e3
  27922004-5251-4030-b22d-91ecd9a37ea4
)

APP_ID=$($AZ ad app list --display-name "$NAME" --query "[0].appId" -o tsv)
if [ -z "$APP_ID" ]; then
  APP_ID=$($AZ ad app create --display-name "$NAME" --sign-in-audience AzureADMyOrg --query appId -o tsv)
  echo "created app registration $APP_ID" >&2
fi
OBJECT_ID=$($AZ ad app show --id "$APP_ID" --query id -o tsv)
SCOPE_ID=$($AZ ad app show --id "$APP_ID" --query "api.oauth2PermissionScopes[?value=='access_as_user'].id | [0]" -o tsv)
[ -n "$SCOPE_ID" ] || SCOPE_ID=$(cat /proc/sys/kernel/random/uuid)
URI="api://${TAB_HOST}/${APP_ID}"

BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT
# First the URI, v2 tokens and the scope; the scope must exist before clients are pre-authorised for it.
cat >"$BODY" <<JSON
{
  "identifierUris": ["${URI}"],
  "signInAudience": "AzureADMyOrg",
  "api": {
    "requestedAccessTokenVersion": 2,
    "oauth2PermissionScopes": [
      {
        "id": "${SCOPE_ID}",
        "value": "access_as_user",
        "type": "User",
        "isEnabled": true,
        "adminConsentDisplayName": "Bruke LIS i Teams som deg",
        "adminConsentDescription": "Lar Teams hente dine data i LIS i Teams for deg.",
        "userConsentDisplayName": "Bruke LIS i Teams som deg",
        "userConsentDescription": "Lar Teams hente dine data i LIS i Teams for deg."
      }
    ]
  }
}
JSON
$AZ rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/${OBJECT_ID}" \
  --headers "Content-Type=application/json" --body "@${BODY}" >/dev/null

{
  printf '{ "api": { "preAuthorizedApplications": ['
  sep=""
  for c in "${CLIENTS[@]}"; do
    printf '%s{ "appId": "%s", "delegatedPermissionIds": ["%s"] }' "$sep" "$c" "$SCOPE_ID"
    sep=", "
  done
  printf '] } }\n'
} >"$BODY"
$AZ rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/${OBJECT_ID}" \
  --headers "Content-Type=application/json" --body "@${BODY}" >/dev/null

$AZ ad sp show --id "$APP_ID" >/dev/null 2>&1 || $AZ ad sp create --id "$APP_ID" >/dev/null
TENANT=$($AZ account show --query tenantId -o tsv)

if [ "$GRAPH_INSTALL" = true ]; then
  # The permission's id is looked up on Microsoft Graph's own service principal, by name.
  ROLE=$($AZ ad sp show --id "$GRAPH" \
    --query "appRoles[?value=='TeamsAppInstallation.ReadWriteSelfForUser.All' && contains(allowedMemberTypes, 'Application')].id | [0]" -o tsv)
  [ -n "$ROLE" ] || { echo "entra.sh: Microsoft Graph has no TeamsAppInstallation.ReadWriteSelfForUser.All here" >&2; exit 3; }
  $AZ ad app permission add --id "$APP_ID" --api "$GRAPH" --api-permissions "${ROLE}=Role" >/dev/null 2>&1 || true
  $AZ ad app permission admin-consent --id "$APP_ID" >/dev/null \
    || { echo "entra.sh: admin consent failed: a Global or Privileged Role Administrator must grant it (Entra admin center, API permissions)" >&2; exit 4; }
fi

echo "MICROSOFT_APP_ID=${APP_ID}"
echo "MICROSOFT_APP_TENANT_ID=${TENANT}"
echo "MICROSOFT_APP_TYPE=SingleTenant"
echo "AAD_APP_CLIENT_ID=${APP_ID}"
echo "AAD_APP_ID_URI=${URI}"
echo "TAB_ALLOWED_TENANTS=${TENANT}"
[ "$GRAPH_INSTALL" = true ] && echo "GRAPH_INSTALL=true"
if [ "$NEW_SECRET" = true ]; then
  SECRET=$($AZ ad app credential reset --id "$APP_ID" --append --display-name lis-bot --years 1 --query password -o tsv)
  echo "MICROSOFT_APP_PASSWORD=${SECRET}"
fi
