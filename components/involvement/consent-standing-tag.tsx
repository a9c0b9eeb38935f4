import { Tag, type TagColour } from "@/components/ui/tag";
import { CONSENT_STANDING_LABEL, type ConsentStanding } from "@/lib/domain/involvement/consent";

const COLOUR: Record<ConsentStanding, TagColour> = {
  ADULT_ENOUGH: "green",
  CONSENT_RECORDED: "green",
  CONSENT_MISSING: "red",
  AGE_UNKNOWN: "orange",
};

/** Whether a young commissioner may join a review team or panel, in words. */
export function ConsentStandingTag({ standing }: { standing: ConsentStanding }) {
  return <Tag colour={COLOUR[standing]}>{CONSENT_STANDING_LABEL[standing]}</Tag>;
}
