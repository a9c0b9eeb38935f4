import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { ACCESS_ROUTE_LABEL, type StatementContent } from "../../schemas/statement";

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const INK = rgb(0.043, 0.047, 0.047); // #0b0c0c

function ukDate(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  }).format(new Date(iso));
}

/** Characters the standard font cannot draw (beyond Windows-1252) become "?": the PDF must always build. */
function drawable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')]
    .map((ch) => (ch === "\n" || supported.has(ch.codePointAt(0)!) ? ch : "?"))
    .join("");
}

/** Lays out text top to bottom, wrapping words and starting new pages as needed. */
class Writer {
  private page: PDFPage;
  private y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }

  private lines(text: string, font: PDFFont, size: number): string[] {
    const width = PAGE.width - 2 * MARGIN;
    const out: string[] = [];
    for (const para of drawable(font, text).split("\n")) {
      let line = "";
      for (const word of para.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
        else {
          out.push(line);
          line = word;
        }
      }
      out.push(line);
    }
    return out;
  }

  text(
    text: string,
    { size = 11, bold = false, after = 6 }: { size?: number; bold?: boolean; after?: number } = {},
  ) {
    const font = bold ? this.bold : this.regular;
    const leading = size * 1.35;
    for (const line of this.lines(text, font, size)) {
      if (this.y - leading < MARGIN) {
        this.page = this.doc.addPage([PAGE.width, PAGE.height]);
        this.y = PAGE.height - MARGIN;
      }
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font, color: INK });
    }
    this.y -= after;
  }

  paragraphs(text: string) {
    for (const p of text
      .split(/\n\s*\n/)
      .map((s) => s.trim())
      .filter(Boolean))
      this.text(p);
  }
}

/**
 * The statement as a PDF (A4, standard fonts, real text so it can be searched and read aloud):
 * the same content, in the same order, as the web page.
 */
export async function statementPdf(
  content: StatementContent,
  meta: { version: number; publishedAt: Date; changelog: string },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${content.councilName}: short breaks services statement, version ${meta.version}`);
  doc.setAuthor(content.councilName);
  doc.setLanguage("en-GB");
  doc.setCreationDate(meta.publishedAt);
  doc.setModificationDate(meta.publishedAt);
  const w = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  w.text(content.councilName, { size: 13 });
  w.text("Short breaks services statement", { size: 22, bold: true, after: 8 });
  w.text(`Version ${meta.version}, published ${ukDate(meta.publishedAt.toISOString())}. ${meta.changelog}`, {
    after: 14,
  });

  w.text("About this statement", { size: 16, bold: true });
  w.paragraphs(content.introduction);

  w.text("The short breaks we offer", { size: 16, bold: true });
  if (content.types.length === 0) w.text("No short breaks are listed yet.");
  for (const t of content.types) {
    w.text(t.name, { size: 13, bold: true, after: 2 });
    w.text(`Who it is for: ${t.eligibility || "Ask us: we have not written this yet."}`, { after: 2 });
    w.text(`How to get it: ${ACCESS_ROUTE_LABEL[t.access]}`, { after: 2 });
    const contracts =
      t.liveContracts > 0
        ? `; ${t.liveContracts} ${t.liveContracts === 1 ? "contract" : "contracts"} with ${t.providers.join(", ")}`
        : "";
    w.text(
      `Available: ${t.listings} ${t.listings === 1 ? "listing" : "listings"} in the directory${contracts}`,
      {
        after: 2,
      },
    );
    for (const c of t.carers)
      w.text(
        `${c.measure}: ${c.suppressed || c.percent === null ? "not shown (small numbers)" : `${c.percent}% of ${c.families} families`}`,
        {
          after: 2,
        },
      );
    w.text("", { after: 4 });
  }

  w.text("How to get short breaks", { size: 16, bold: true });
  w.paragraphs(content.howToGet || "Contact the council to ask about short breaks.");

  w.text("How short breaks help parents and carers", { size: 16, bold: true });
  if (content.carers.length === 0) w.text("Providers have not reported these figures yet.");
  else
    w.text(
      `From the latest accepted outcome return of each current contract. Figures resting on fewer than ${content.threshold} families are not shown.`,
    );
  for (const c of content.carers)
    w.text(
      `${c.measure}: ${c.suppressed || c.percent === null ? "not shown (small numbers)" : `${c.percent}% of ${c.families} families, ${c.contracts} contracts`}`,
    );

  w.text("How families and young people shaped them", { size: 16, bold: true });
  if (content.youSaidWeDid.length === 0) w.text("Nothing is published yet.");
  for (const y of content.youSaidWeDid) {
    w.text(`You said: ${y.youSaid}`, { after: 2 });
    w.text(`We did: ${y.weDid}`, { after: 8 });
  }

  w.text("Review", { size: 16, bold: true });
  w.text(
    `${content.reviewDate ? `We will review this statement by ${ukDate(`${content.reviewDate}T12:00:00Z`)}.` : "We review this statement every year."} Figures as of ${ukDate(content.generatedAt)}.`,
  );
  return doc.save();
}
