/** Open Contracting Data Standard 1.1: the package's version and licence, and the portal's default ocid prefix. */

export const OCDS_VERSION = "1.1";
export const OCDS_LICENSE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

export function ocidPrefix(): string {
  return process.env.OCDS_OCID_PREFIX ?? "ocds-sbp001";
}
