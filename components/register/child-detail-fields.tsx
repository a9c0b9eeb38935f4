import type { DraftData } from "@/lib/data/register/registration-draft";
import { Checkboxes, DateInput, Radios, TextInput, Textarea } from "@/components/ui/field";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import type { DetailStep } from "./detail-fields";

export type { DetailStep };
export interface DetailOptions {
  districts: { id: string; name: string }[];
  needTypes: { id: string; name: string }[];
}

/**
 * The fields of one part of a child's register details, shared by the step-by-step registration
 * and the edit page. `headings` makes each part's title the page heading (one step per page).
 */
export function ChildDetailFields({
  step,
  value,
  error,
  values,
  draft,
  options,
  headings,
  showDistricts,
}: {
  step: DetailStep;
  value: (name: keyof DraftData) => string | undefined;
  error: (name: string) => string | undefined;
  values: (name: string) => string[] | undefined;
  draft: DraftData;
  options: DetailOptions;
  headings?: boolean;
  showDistricts?: boolean;
}) {
  const heading = (text: string) =>
    headings ? <PageHeading>{text}</PageHeading> : <SectionHeading size="m">{text}</SectionHeading>;
  const [year, month, day] = (draft.dateOfBirth ?? "").split("-");
  const f = { error, values, value: (name: string) => value(name as keyof DraftData) };
  return (
    <>
      {step === "child" && (
        <>
          {heading("About your child")}
          <TextInput
            id="firstName"
            name="firstName"
            label="First name"
            autoComplete="off"
            defaultValue={value("firstName")}
            error={f.error("firstName")}
          />
          <TextInput
            id="lastName"
            name="lastName"
            label="Last name"
            autoComplete="off"
            defaultValue={value("lastName")}
            error={f.error("lastName")}
          />
          <DateInput
            id="dateOfBirth"
            name="dateOfBirth"
            legend="Date of birth"
            legendSize="s"
            hint="Children and young people can join the register up to and including age 19. For example, 27 3 2015"
            defaultValue={{
              day: f.value("dateOfBirth-day") ?? (day ? String(Number(day)) : undefined),
              month: f.value("dateOfBirth-month") ?? (month ? String(Number(month)) : undefined),
              year: f.value("dateOfBirth-year") ?? year,
            }}
            error={f.error("dateOfBirth")}
          />
        </>
      )}

      {step === "home" && (
        <>
          {heading("Where does your child live?")}
          <TextInput
            id="postcode"
            name="postcode"
            label="Home postcode"
            hint="We use it only to count children in each area of the council."
            width="10"
            autoComplete="postal-code"
            defaultValue={value("postcode")}
            error={f.error("postcode")}
          />
          {(showDistricts || f.error("districtId") || f.value("districtId")) && (
            <Radios
              name="districtId"
              legend="Which area do you live in?"
              legendSize="s"
              defaultValue={f.value("districtId") ?? draft.districtId}
              error={f.error("districtId")}
              options={options.districts.map((d) => ({ value: d.id, label: d.name }))}
            />
          )}
        </>
      )}

      {step === "needs" && (
        <Checkboxes
          name="needTypeIds"
          legend="What types of need does your child have?"
          isPageHeading={headings}
          legendSize={headings ? undefined : "m"}
          hint="Choose all that apply."
          defaultValues={f.values("needTypeIds") ?? draft.needTypeIds}
          error={f.error("needTypeIds")}
          options={options.needTypes.map((n) => ({ value: n.id, label: n.name }))}
        />
      )}

      {step === "school" && (
        <>
          {heading("School and short breaks")}
          <TextInput
            id="school"
            name="school"
            label="School or setting (optional)"
            defaultValue={value("school")}
            error={f.error("school")}
          />
          <Textarea
            id="currentShortBreaks"
            name="currentShortBreaks"
            label="Short breaks your child uses now (optional)"
            hint="For example, a Saturday play scheme or a sitting service."
            maxLength={1000}
            defaultValue={value("currentShortBreaks")}
            error={f.error("currentShortBreaks")}
          />
          <Textarea
            id="communicationNeeds"
            name="communicationNeeds"
            label="How does your child communicate? (optional)"
            hint="For example, Makaton, pictures, or a communication aid."
            maxLength={1000}
            defaultValue={value("communicationNeeds")}
            error={f.error("communicationNeeds")}
          />
        </>
      )}

      {step === "contact" && (
        <>
          {heading("Your contact details")}
          <TextInput
            id="parentName"
            name="parentName"
            label="Your full name"
            autoComplete="name"
            defaultValue={value("parentName")}
            error={f.error("parentName")}
          />
          <TextInput
            id="parentEmail"
            name="parentEmail"
            type="email"
            label="E-mail address"
            autoComplete="email"
            spellCheck={false}
            defaultValue={value("parentEmail")}
            error={f.error("parentEmail")}
          />
          <TextInput
            id="parentPhone"
            name="parentPhone"
            type="tel"
            label="Phone number (optional)"
            width="20"
            autoComplete="tel"
            defaultValue={value("parentPhone")}
            error={f.error("parentPhone")}
          />
          <Radios
            name="contactPreference"
            legend="How should we contact you?"
            legendSize="s"
            defaultValue={value("contactPreference")}
            error={f.error("contactPreference")}
            options={[
              { value: "email", label: "E-mail" },
              { value: "phone", label: "Phone" },
              { value: "post", label: "Post" },
            ]}
          />
        </>
      )}
    </>
  );
}
