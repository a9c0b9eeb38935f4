/** A whole registration draft for one child (Amara Okafor, in district `districtId`), as the steps save it. */
export const registrationDraft = (districtId: string, needTypeIds: string[], dateOfBirth = "2016-04-12") => ({
  firstName: "Amara",
  lastName: "Okafor",
  dateOfBirth,
  postcode: "NS1 4AB",
  districtId,
  needTypeIds,
  parentName: "Grace Okafor",
  parentEmail: "grace@example.org",
  contactPreference: "email" as const,
});
