package de.serviceportal.rendering;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * The safe subset of HTML that rich text may use. Rich text is sanitised again when rendered: the repository
 * content may come from imports or old versions, so it is never trusted.
 */
@Component
class RichText {

    private static final int CACHE_SIZE = 2_000;

    private final Safelist safelist = Safelist.none()
            .addTags("p", "br", "strong", "em", "b", "i", "u", "s", "sub", "sup", "ul", "ol", "li", "a",
                    "h2", "h3", "h4", "h5", "h6", "blockquote", "abbr", "span",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .addAttributes("a", "href", "title", "hreflang", "lang")
            .addAttributes("abbr", "title")
            .addAttributes("span", "lang")
            .addAttributes("p", "lang")
            .addAttributes("th", "scope", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
            .preserveRelativeLinks(true);

    private final Map<String, String> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        synchronized (cache) {
            String cached = cache.get(html);
            if (cached != null) {
                return cached;
            }
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "https://portal.invalid/", safelist, output);
        synchronized (cache) {
            cache.put(html, clean);
        }
        return clean;
    }
}
