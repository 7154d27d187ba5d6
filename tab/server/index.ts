/** The tab's server side, as the HTTP server wires it: the page and bundle, the JSON API, and its sign-in. */
export { registerTabApi, type TabDeps } from './api';
export { type AuthResult, type Caller, createAuthenticator, type TabAuthOptions } from './auth';
export { registerTabStatic } from './static';
