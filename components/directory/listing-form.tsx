import type { ReactNode } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { ACCESSIBILITY_FEATURES, ACCESSIBILITY_LABELS } from "@/lib/domain/directory";
import type { ServiceListing } from "@/lib/schemas/service-listing";
import {
  ActionForm,
  FormCheckboxes,
  FormRadios,
  FormSelect,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/heading";

type Option = { code: string; name: string };

/** The form's fields in page order, for the error summary. */
const FIELDS = [
  "name",
  "serviceType",
  "description",
  "eligibility",
  "ageMin",
  "ageMax",
  "needs",
  "districts",
  "isFree",
  "costInfo",
  "accessibility",
  "venue",
  "address",
  "postcode",
  "phone",
  "email",
  "url",
  "serviceId",
];

/**
 * A directory listing's fields, for a new listing or a proposed change (filled with the listing as it
 * is). What is sent is checked by serviceListingSchema on the server.
 */
export function ListingForm({
  action,
  listing,
  serviceId,
  options,
  submitLabel,
  after,
}: {
  action: FormAction;
  listing?: ServiceListing;
  serviceId?: string;
  /** Types of break: the council's in use, and the listing's own if since retired. */
  options: { serviceTypes: (Option & { retired: boolean })[]; districts: Option[]; needTypes: Option[] };
  submitLabel: string;
  after?: ReactNode;
}) {
  return (
    <ActionForm
      action={action}
      fields={FIELDS}
      anchors={{
        isFree: "isFree-0",
        needs: "needs-0",
        districts: "districts-0",
        accessibility: "accessibility-0",
      }}
      submitLabel={submitLabel}
      after={after}
    >
      {serviceId && <input type="hidden" name="serviceId" value={serviceId} readOnly />}
      <SectionHeading size="m">About the service</SectionHeading>
      <FormTextInput id="name" name="name" label="Name" defaultValue={listing?.name} />
      <FormSelect
        id="serviceType"
        name="serviceType"
        label="Type of break"
        defaultValue={listing?.serviceType ?? ""}
        options={[
          { value: "", label: "Choose a type of break" },
          ...options.serviceTypes.map((t) => ({
            value: t.code,
            label: t.retired ? `${t.name} (retired)` : t.name,
          })),
        ]}
      />
      <FormTextarea
        id="description"
        name="description"
        label="Description"
        hint="What children do, and what families can expect"
        maxLength={2000}
        defaultValue={listing?.description}
      />
      <FormTextarea
        id="eligibility"
        name="eligibility"
        label="Who can use it (optional)"
        rows={3}
        maxLength={500}
        defaultValue={listing?.eligibility}
      />
      <FormTextInput
        id="ageMin"
        name="ageMin"
        label="Youngest age, in years"
        inputMode="numeric"
        width="3"
        defaultValue={listing ? String(listing.ageMin) : undefined}
      />
      <FormTextInput
        id="ageMax"
        name="ageMax"
        label="Oldest age, in years"
        inputMode="numeric"
        width="3"
        defaultValue={listing ? String(listing.ageMax) : undefined}
      />
      <FormCheckboxes
        name="needs"
        legend="Types of need it is for"
        legendSize="s"
        hint="Leave all unticked if it is open to any need"
        defaultValues={listing?.needs}
        options={options.needTypes.map((n) => ({ value: n.code, label: n.name }))}
      />
      <FormCheckboxes
        name="districts"
        legend="Areas it serves"
        legendSize="s"
        defaultValues={listing?.districts}
        options={options.districts.map((d) => ({ value: d.code, label: d.name }))}
      />
      <SectionHeading size="m">Cost and accessibility</SectionHeading>
      <FormRadios
        name="isFree"
        legend="Is it free to families?"
        legendSize="s"
        inline
        defaultValue={listing ? (listing.isFree ? "yes" : "no") : undefined}
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No, it costs money" },
        ]}
      />
      <FormTextInput
        id="costInfo"
        name="costInfo"
        label="What it costs, in words (optional)"
        hint="For example: £2 a session; carers go free"
        defaultValue={listing?.costInfo}
      />
      <FormCheckboxes
        name="accessibility"
        legend="Accessibility"
        legendSize="s"
        defaultValues={listing?.accessibility}
        options={ACCESSIBILITY_FEATURES.map((f) => ({ value: f, label: ACCESSIBILITY_LABELS[f] }))}
      />
      <SectionHeading size="m">Where and how to get in touch</SectionHeading>
      <FormTextInput id="venue" name="venue" label="Venue (optional)" defaultValue={listing?.venue} />
      <FormTextInput id="address" name="address" label="Address (optional)" defaultValue={listing?.address} />
      <FormTextInput
        id="postcode"
        name="postcode"
        label="Postcode (optional)"
        width="10"
        autoComplete="postal-code"
        defaultValue={listing?.postcode}
      />
      <FormTextInput
        id="phone"
        name="phone"
        label="Phone (optional)"
        type="tel"
        width="20"
        defaultValue={listing?.phone}
      />
      <FormTextInput
        id="email"
        name="email"
        label="Email (optional)"
        type="email"
        spellCheck={false}
        defaultValue={listing?.email}
      />
      <FormTextInput
        id="url"
        name="url"
        label="Website (optional)"
        type="url"
        spellCheck={false}
        defaultValue={listing?.url}
      />
    </ActionForm>
  );
}
