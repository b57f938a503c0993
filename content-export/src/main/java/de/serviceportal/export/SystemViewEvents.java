package de.serviceportal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.PropertyType;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Turns a {@link ContentNode} tree into JCR system-view SAX events. Fed into
 * {@link javax.jcr.Session#getImportContentHandler} this is exactly what Magnolia does for YAML bootstrap files:
 * the repository's own importer then keeps {@code jcr:uuid}, applies the collision behaviour and creates nodes
 * with their declared types. Fed into an XML serializer it writes a system-view document.
 */
final class SystemViewEvents {

    static final String SV = SystemView.SV;

    private final ContentHandler handler;
    /** Line of the item the handler is working on, so repository errors can name a line. */
    private int currentLine;

    private SystemViewEvents(ContentHandler handler) {
        this.handler = handler;
    }

    /** Emits one complete document for {@code root}; {@code namespaces} maps prefix to URI. */
    static void emit(ContentNode root, Map<String, String> namespaces, ContentHandler handler, int[] lineHolder)
            throws SAXException {
        SystemViewEvents events = new SystemViewEvents(handler);
        try {
            handler.startDocument();
            List<String> prefixes = new ArrayList<>(namespaces.keySet());
            prefixes.sort(null);
            for (String prefix : prefixes) {
                handler.startPrefixMapping(prefix, namespaces.get(prefix));
            }
            events.node(root);
            for (String prefix : prefixes) {
                handler.endPrefixMapping(prefix);
            }
            handler.endDocument();
        } finally {
            lineHolder[0] = events.currentLine;
        }
    }

    private void node(ContentNode node) throws SAXException {
        currentLine = node.line;
        handler.startElement(SV, "node", "sv:node", SystemView.attributes(node.name, null, false));
        // Spec order: primary type, mixins and identifier before everything else.
        for (String first : List.of(MagnoliaYamlReader.PRIMARY_TYPE, MagnoliaYamlReader.MIXIN_TYPES,
                MagnoliaYamlReader.UUID)) {
            ContentProperty property = node.property(first);
            if (property != null) {
                property(property);
            }
        }
        for (ContentProperty property : node.properties) {
            if (!isFirst(property.name())) {
                property(property);
            }
        }
        for (ContentNode child : node.children) {
            // The repository creates the parent when the first child starts: errors then belong to the parent.
            currentLine = node.line;
            node(child);
        }
        currentLine = node.line;
        handler.endElement(SV, "node", "sv:node");
    }

    private static boolean isFirst(String name) {
        return name.equals(MagnoliaYamlReader.PRIMARY_TYPE) || name.equals(MagnoliaYamlReader.MIXIN_TYPES)
                || name.equals(MagnoliaYamlReader.UUID);
    }

    private void property(ContentProperty property) throws SAXException {
        currentLine = property.line();
        handler.startElement(SV, "property", "sv:property",
                SystemView.attributes(property.name(), PropertyType.nameFromValue(property.type()), property.multiple()));
        for (String value : property.values()) {
            handler.startElement(SV, "value", "sv:value", new AttributesImpl());
            char[] chars = value.toCharArray();
            handler.characters(chars, 0, chars.length);
            handler.endElement(SV, "value", "sv:value");
        }
        handler.endElement(SV, "property", "sv:property");
    }
}
