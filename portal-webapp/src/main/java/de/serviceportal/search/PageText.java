package de.serviceportal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.jsoup.Jsoup;

/**
 * The searchable text of one page per language: its own string properties and those of its areas and components
 * (not of its subpages, which are documents of their own). A property {@code name_en} is the English value of
 * {@code name}; a language without its own value falls back to the default language's value, as rendering does.
 *
 * @param path  repository path of the page, e.g. {@code /website/merseburg}
 * @param title title per language (weighted higher in the ranking)
 * @param text  all text per language, rich text without its tags
 */
record PageText(String path, Map<String, String> title, Map<String, String> text) {

    static final String DEFAULT_LANGUAGE = "de";
    /** Languages with a field of their own; the first is the default language. */
    static final List<String> LANGUAGES = List.of(DEFAULT_LANGUAGE, "en");

    static PageText of(Node page) throws RepositoryException {
        Map<String, StringBuilder> title = new LinkedHashMap<>();
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            title.put(language, new StringBuilder());
            text.put(language, new StringBuilder());
        }
        gather(page, true, title, text);
        return new PageText(page.getPath(), strings(title), strings(text));
    }

    private static void gather(Node node, boolean page, Map<String, StringBuilder> title,
            Map<String, StringBuilder> text) throws RepositoryException {
        // base name → language → value(s) of this node
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            String name = property.getName();
            if (property.getType() != PropertyType.STRING || isSystem(name)) {
                continue;
            }
            String language = languageOf(name);
            String base = DEFAULT_LANGUAGE.equals(language) ? name : name.substring(0, name.length() - 3);
            values.computeIfAbsent(base, b -> new LinkedHashMap<>()).put(language, plain(property));
        }
        for (Map.Entry<String, Map<String, String>> entry : values.entrySet()) {
            for (String language : LANGUAGES) {
                String value = entry.getValue().getOrDefault(language, entry.getValue().get(DEFAULT_LANGUAGE));
                if (value == null || value.isBlank()) {
                    continue;
                }
                text.get(language).append(value).append('\n');
                if (page && "title".equals(entry.getKey())) {
                    title.get(language).append(value).append('\n');
                }
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (!isSystem(child.getName()) && !child.isNodeType("mgnl:page")) {
                gather(child, false, title, text);
            }
        }
    }

    /** "title_en" → "en" when en is a language of the index, everything else counts as the default language. */
    private static String languageOf(String name) {
        int underscore = name.lastIndexOf('_');
        if (underscore > 0 && underscore == name.length() - 3) {
            String suffix = name.substring(underscore + 1);
            if (LANGUAGES.contains(suffix) && !DEFAULT_LANGUAGE.equals(suffix)) {
                return suffix;
            }
        }
        return DEFAULT_LANGUAGE;
    }

    private static String plain(Property property) throws RepositoryException {
        StringBuilder out = new StringBuilder();
        Value[] values = property.isMultiple() ? property.getValues() : new Value[] {property.getValue()};
        for (Value value : values) {
            String string = value.getString();
            // rich text: index the words, not the markup (class names, link targets)
            out.append(string.indexOf('<') >= 0 ? Jsoup.parse(string).text() : string).append(' ');
        }
        return out.toString().trim();
    }

    static boolean isSystem(String name) {
        return name.startsWith("mgnl:") || name.startsWith("jcr:") || name.startsWith("rep:");
    }

    private static Map<String, String> strings(Map<String, StringBuilder> builders) {
        Map<String, String> strings = new LinkedHashMap<>();
        builders.forEach((language, builder) -> strings.put(language, builder.toString()));
        return strings;
    }
}
