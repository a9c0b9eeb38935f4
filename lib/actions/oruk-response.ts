import { OPEN_DATA_HEADERS, openDataJson, openDataNotFound } from "./open-data-response";

/** Open Referral UK answers are open data: the shared open-data headers (CORS, short caching). */
export const ORUK_HEADERS = OPEN_DATA_HEADERS;
export const orukJson = openDataJson;
export const orukNotFound = openDataNotFound;
