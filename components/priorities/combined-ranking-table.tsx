import { placeText } from "@/lib/domain/priorities/priorities-snapshot";
import { Table } from "@/components/ui/table";

export interface CombinedRow {
  name: string;
  points: number;
  meanRank: number | null;
  place: number;
  joint: boolean;
}

const RANK = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A combined ranking: place, type of need, Borda points and mean rank. No one's own ranking. */
export function CombinedRankingTable({
  caption,
  items,
  participants,
}: {
  caption: string;
  items: CombinedRow[];
  participants: number;
}) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      head={["Place", "Type of need", "Points", "Average rank (1 = most important)"]}
      numericColumns={[2, 3]}
      firstCellIsHeader
      emptyText="Nothing to rank in this round."
      rows={items.map((i) => [
        participants === 0 ? "–" : placeText(i.place, i.joint),
        i.name,
        String(i.points),
        i.meanRank === null ? "–" : RANK.format(i.meanRank),
      ])}
    />
  );
}
