export type DetailStep = "child" | "home" | "needs" | "school" | "contact";

/** Form fields of each part, in page order, for the error summary. */
export const DETAIL_FIELDS: Record<DetailStep, string[]> = {
  child: ["firstName", "lastName", "dateOfBirth"],
  home: ["postcode", "districtId"],
  needs: ["needTypeIds"],
  school: ["school", "currentShortBreaks", "communicationNeeds"],
  contact: ["parentName", "parentEmail", "parentPhone", "contactPreference"],
};

/** Where the error summary links for fields whose first input has another id. */
export const DETAIL_ANCHORS = {
  dateOfBirth: "dateOfBirth-day",
  districtId: "districtId-0",
  needTypeIds: "needTypeIds-0",
  contactPreference: "contactPreference-0",
};
