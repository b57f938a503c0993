package de.serviceportal.rendering;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The HTML rich text may contain, in one place. Editors store only the accessible subset the dialog's editor
 * offers (headings h2–h4, paragraphs, lists, links, bold/italic, tables); rendering accepts that plus a few older
 * tags that imported content uses. Scripts, event handlers, styles and {@code javascript:} links never pass.
 */
public final class RichTextRules {

    private static final String BASE = "https://portal.invalid/";

    private RichTextRules() {
    }

    /** What a save keeps: exactly what the dialog's editor can produce. */
    static Safelist stored() {
        return Safelist.none()
                .addTags("p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4",
                        "table", "caption", "thead", "tbody", "tr", "th", "td")
                .addAttributes("a", "href", "title", "hreflang", "lang")
                .addAttributes("p", "lang")
                .addAttributes("th", "scope", "colspan", "rowspan")
                .addAttributes("td", "colspan", "rowspan")
                .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
                .preserveRelativeLinks(true);
    }

    /** What rendering keeps: the stored subset plus tags of imported or older content. */
    static Safelist rendered() {
        return stored().addTags("b", "i", "u", "s", "sub", "sup", "h5", "h6", "blockquote", "abbr", "span", "tfoot")
                .addAttributes("abbr", "title")
                .addAttributes("span", "lang");
    }

    /**
     * Rich text as it may be stored: cleaned to the stored subset, {@code <b>}/{@code <i>} (what browsers' editing
     * commands produce) turned into {@code <strong>}/{@code <em>}.
     */
    public static String forStorage(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html, BASE);
        for (Element bold : document.body().select("b")) {
            bold.tagName("strong");
        }
        for (Element italic : document.body().select("i")) {
            italic.tagName("em");
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(document.body().html(), BASE, stored(), output).strip();
    }

    /** Rich text as a page shows it: cleaned to the rendered rules (content may come from imports). */
    static String forRendering(String html) {
        return Jsoup.clean(html, BASE, rendered(), new Document.OutputSettings().prettyPrint(false));
    }
}
