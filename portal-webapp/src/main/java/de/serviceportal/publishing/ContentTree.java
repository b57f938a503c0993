package de.serviceportal.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** A content item as plain values, read from system-view events: what versions and diffs compare. */
record ContentTree(String name, String type, Map<String, List<String>> properties, List<ContentTree> children) {

    private static final String SV = de.serviceportal.export.SystemView.SV;

    String property(String property) {
        List<String> values = properties.get(property);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    static ContentTree of(Node item) throws RepositoryException {
        Builder builder = new Builder();
        ItemCopy.emit(item, false, builder);
        return builder.root;
    }

    static ContentTree parse(byte[] systemView) {
        Builder builder = new Builder();
        parse(systemView, builder);
        return builder.root;
    }

    static void parse(byte[] systemView, org.xml.sax.ContentHandler handler) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.xml.sax.XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new org.xml.sax.InputSource(new ByteArrayInputStream(systemView)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("Unreadable version content: " + e.getMessage(), e);
        }
    }

    private static final class Builder extends DefaultHandler {

        private final Deque<ContentTree> open = new ArrayDeque<>();
        private ContentTree root;
        private String property;
        private List<String> values;
        private StringBuilder text;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!SV.equals(uri)) {
                return;
            }
            switch (localName) {
                case "node" -> {
                    ContentTree node = new ContentTree(attributes.getValue(SV, "name"), null,
                            new LinkedHashMap<>(), new ArrayList<>());
                    if (open.isEmpty()) {
                        root = node;
                    } else {
                        open.peek().children.add(node);
                    }
                    open.push(node);
                }
                case "property" -> {
                    property = attributes.getValue(SV, "name");
                    values = new ArrayList<>();
                }
                case "value" -> text = new StringBuilder();
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!SV.equals(uri)) {
                return;
            }
            switch (localName) {
                case "node" -> {
                    ContentTree done = open.pop();
                    String type = done.property("jcr:primaryType");
                    ContentTree typed = new ContentTree(done.name, type, done.properties, done.children);
                    if (open.isEmpty()) {
                        root = typed;
                    } else {
                        List<ContentTree> siblings = open.peek().children;
                        siblings.set(siblings.size() - 1, typed);
                    }
                }
                case "property" -> open.peek().properties.put(property, values);
                case "value" -> {
                    values.add(text.toString());
                    text = null;
                }
                default -> {
                }
            }
        }
    }
}
