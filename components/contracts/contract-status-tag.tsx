import {
  CONTRACT_STATUS_LABEL,
  contractStatus,
  type ContractDates,
  type ContractStatus,
} from "@/lib/domain/contract-status";
import { Tag, type TagColour } from "@/components/ui/tag";

const COLOUR: Record<ContractStatus, TagColour> = {
  MOBILISING: "blue",
  LIVE: "green",
  IN_EXTENSION: "turquoise",
  ENDING: "orange",
  ENDED: "grey",
  TERMINATED: "red",
};

export function ContractStatusTag({ contract, today }: { contract: ContractDates; today: Date }) {
  const status = contractStatus(contract, today);
  return <Tag colour={COLOUR[status]}>{CONTRACT_STATUS_LABEL[status]}</Tag>;
}
