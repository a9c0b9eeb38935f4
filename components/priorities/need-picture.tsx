import {
  Accessibility,
  Ear,
  Eye,
  HeartPulse,
  Lightbulb,
  MessageCircle,
  Smile,
  Star,
  Users,
  type LucideIcon,
} from "lucide-react";

// Types of need are the council's own words, so the picture is chosen from words in the name. Not
// the book: Easy Read sentences (components/layout/easy-read.tsx) already have it.
const PICTURES: [RegExp, LucideIcon][] = [
  [/autis/i, Users],
  [/learn/i, Lightbulb],
  [/physical|mobility|wheelchair/i, Accessibility],
  [/hear|deaf/i, Ear],
  [/sensory|visual|sight|blind/i, Eye],
  [/health|medical/i, HeartPulse],
  [/emotion|mental|wellbeing/i, Smile],
  [/speech|language|communicat/i, MessageCircle],
];

/** A picture for a type of need, beside its name (decorative: the name is always written next to it). */
export function NeedPicture({
  name,
  className = "h-12 w-12 shrink-0",
}: {
  name: string;
  className?: string;
}) {
  const Icon = PICTURES.find(([words]) => words.test(name))?.[1] ?? Star;
  return <Icon aria-hidden="true" className={className} />;
}
