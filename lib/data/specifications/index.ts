export { latestApprovedVersion } from "./latest-approved-version";
