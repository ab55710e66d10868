// The Dapodik WebService's fixed numbers, kept apart so the command line can show them
// without loading the client.
/** Dapodik's WebService port, used when an address gives none. */
export const DAPODIK_PORT = 5774;
/** Seconds each request may take, unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT_S = 15;
/** The environment variable the token is read from. */
export const TOKEN_ENV = 'DAPODIK_TOKEN';
