package de.serviceportal.wastecalendar.web.citizen;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;

import de.serviceportal.wastecalendar.model.Address;
import de.serviceportal.wastecalendar.schedule.Collection;

/**
 * The year's collections of one address as a tagged PDF (PDF/UA-minded): language, title shown as window title,
 * structure tree Document → H1, P, Table (header row TH with scope Column, one TR per collection). OpenPDF does not
 * tag its high-level layout, so this class draws the page itself and wraps each text in marked content of its
 * structure element; lines, colour swatches, repeated header rows and page footers are artifacts.
 */
final class YearPdf {

    private static final float MARGIN = 50;
    private static final float[] COLUMNS = {150, 130, 215};
    private static final String[] HEADERS = {"Datum", "Abfallart", "Hinweis"};
    private static final float FONT_SIZE = 10;
    private static final float LINE = 13;
    private static final float PADDING = 4;
    private static final PdfName TABLE = new PdfName("Table");
    private static final PdfName TR = new PdfName("TR");
    private static final PdfName TH = new PdfName("TH");
    private static final PdfName TD = new PdfName("TD");
    private static final PdfName THEAD = new PdfName("THead");
    private static final PdfName TBODY = new PdfName("TBody");
    private static final PdfName H1 = new PdfName("H1");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private YearPdf() {
    }

    static byte[] render(Address address, int year, String siteTitle, List<Collection> collections) {
        try {
            return new Layout(address, year, siteTitle).write(collections);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of the waste calendar could not be written", e);
        }
    }

    private static final class Layout {
        private final Address address;
        private final int year;
        private final String siteTitle;
        private final BaseFont regular;
        private final BaseFont bold;
        private Document document;
        private PdfWriter writer;
        private PdfContentByte cb;
        private float y;
        private int page;

        Layout(Address address, int year, String siteTitle) throws IOException {
            this.address = address;
            this.year = year;
            this.siteTitle = siteTitle;
            this.regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            this.bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        }

        byte[] write(List<Collection> collections) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
            writer = PdfWriter.getInstance(document, out);
            writer.setTagged();
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("de-DE"));
            String title = "Abfallkalender " + year + ": " + address.label();
            document.addTitle(title);
            document.addSubject("Abfuhrtermine " + year + " für " + address.label());
            document.addAuthor(siteTitle);
            document.addCreator("Regionales Serviceportal");
            document.open();
            PdfStructureTreeRoot root = writer.getStructureTreeRoot();
            PdfStructureElement doc = new PdfStructureElement(root, PdfName.DOCUMENT);
            startPage();

            PdfStructureElement h1 = new PdfStructureElement(doc, H1);
            text(h1, bold, 18, MARGIN, y - 18, "Abfallkalender " + year);
            y -= 30;
            PdfStructureElement p = new PdfStructureElement(doc, PdfName.P);
            text(p, regular, 11, MARGIN, y - 11, address.label());
            y -= 18;
            PdfStructureElement note = new PdfStructureElement(doc, PdfName.P);
            text(note, regular, 9, MARGIN, y - 9, collections.isEmpty()
                    ? "Für diese Adresse liegen im Jahr " + year + " keine Abfuhrtermine vor."
                    : "Bitte stellen Sie die Behälter am Abfuhrtag bis 6:00 Uhr bereit. " + siteTitle + ".");
            y -= 24;

            PdfStructureElement table = new PdfStructureElement(doc, TABLE);
            PdfStructureElement head = new PdfStructureElement(table, THEAD);
            headerRow(head);
            PdfStructureElement body = new PdfStructureElement(table, TBODY);
            for (Collection c : collections) {
                List<List<String>> cells = List.of(
                        List.of(GermanDates.shortDay(c.date())),
                        List.of(c.fraction().displayName()),
                        wrap(hint(c), COLUMNS[2] - 2 * PADDING));
                float height = rowHeight(cells);
                if (y - height < MARGIN + 20) {
                    document.newPage();
                    startPage();
                    headerRow(null);
                }
                PdfStructureElement tr = new PdfStructureElement(body, TR);
                float x = MARGIN;
                for (int i = 0; i < cells.size(); i++) {
                    PdfStructureElement td = new PdfStructureElement(tr, TD);
                    if (i == 1) {
                        swatch(x + PADDING, y - PADDING - 9, c.fraction().colour());
                    }
                    float indent = i == 1 ? 14 : 0;
                    float lineY = y - PADDING - FONT_SIZE + 1;
                    for (String line : cells.get(i)) {
                        if (!line.isEmpty()) {
                            text(td, regular, FONT_SIZE, x + PADDING + indent, lineY, line);
                        }
                        lineY -= LINE;
                    }
                    x += COLUMNS[i];
                }
                y -= height;
                rule(y, 0.3f);
            }
            document.close();
            return out.toByteArray();
        }

        private static String hint(Collection c) {
            List<String> parts = new ArrayList<>();
            if (c.note() != null && !c.note().isBlank()) {
                parts.add(c.note());
            }
            if (c.details() != null && !c.details().isBlank()) {
                parts.add(c.details());
            }
            return String.join("; ", parts);
        }

        private float rowHeight(List<List<String>> cells) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return Math.max(1, lines) * LINE + 2 * PADDING - (LINE - FONT_SIZE);
        }

        /** The header row: tagged on the first page, an artifact where it repeats on later pages. */
        private void headerRow(PdfStructureElement head) {
            float x = MARGIN;
            PdfStructureElement tr = head == null ? null : new PdfStructureElement(head, TR);
            artifact(() -> {
                cb.setColorFill(new Color(0xE8, 0xEC, 0xF1));
                cb.rectangle(MARGIN, y - 20, width(), 20);
                cb.fill();
            });
            for (int i = 0; i < HEADERS.length; i++) {
                if (tr != null) {
                    PdfStructureElement th = new PdfStructureElement(tr, TH);
                    PdfDictionary attributes = new PdfDictionary();
                    attributes.put(PdfName.O, TABLE);
                    attributes.put(SCOPE, COLUMN);
                    th.put(PdfName.A, attributes);
                    text(th, bold, FONT_SIZE, x + PADDING, y - 14, HEADERS[i]);
                } else {
                    float cx = x;
                    int column = i;
                    artifact(() -> plainText(bold, FONT_SIZE, cx + PADDING, y - 14, HEADERS[column]));
                }
                x += COLUMNS[i];
            }
            y -= 20;
            rule(y, 0.8f);
        }

        private void startPage() {
            page++;
            cb = writer.getDirectContent();
            y = PageSize.A4.getHeight() - MARGIN;
            int number = page;
            artifact(() -> plainText(regular, 8, MARGIN, MARGIN - 20,
                    "Abfallkalender " + year + " – " + address.label() + " – Seite " + number));
        }

        private float width() {
            float w = 0;
            for (float c : COLUMNS) {
                w += c;
            }
            return w;
        }

        private void rule(float at, float thickness) {
            artifact(() -> {
                cb.setLineWidth(thickness);
                cb.setColorStroke(new Color(0x70, 0x70, 0x70));
                cb.moveTo(MARGIN, at);
                cb.lineTo(MARGIN + width(), at);
                cb.stroke();
            });
        }

        private void swatch(float x, float yBottom, String colour) {
            artifact(() -> {
                cb.setColorFill(Color.decode(colour));
                cb.rectangle(x, yBottom, 9, 9);
                cb.fill();
                cb.setLineWidth(0.5f);
                cb.setColorStroke(Color.BLACK);
                cb.rectangle(x, yBottom, 9, 9);
                cb.stroke();
            });
        }

        private void text(PdfStructureElement element, BaseFont font, float size, float x, float baseline, String s) {
            cb.beginMarkedContentSequence(element);
            plainText(font, size, x, baseline, s);
            cb.endMarkedContentSequence();
        }

        private void plainText(BaseFont font, float size, float x, float baseline, String s) {
            cb.beginText();
            cb.setColorFill(Color.BLACK);
            cb.setFontAndSize(font, size);
            cb.setTextMatrix(x, baseline);
            cb.showText(s);
            cb.endText();
        }

        private void artifact(Runnable drawing) {
            cb.beginMarkedContentSequence(ARTIFACT, null, false);
            drawing.run();
            cb.endMarkedContentSequence();
        }

        /** Greedy word wrap by the font's glyph widths. */
        private List<String> wrap(String text, float max) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && regular.getWidthPoint(candidate, FONT_SIZE) > max) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
