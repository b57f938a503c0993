package de.serviceportal.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.NamespaceRegistry;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import de.serviceportal.export.SystemView;

/**
 * Writes a content item as JCR system-view SAX events: the node, its properties and its non-item children
 * (areas, components, resources), and with {@code recursive} the child items (pages, folders, assets) too.
 * Fed into another store's import content handler this copies the item with its identifiers, types and order;
 * fed into an XML serializer it makes a version.
 */
final class ItemCopy {

    private static final String SV = SystemView.SV;
    /** Written by the repository itself on creation; the importer would only complain about them. */
    private static final java.util.Set<String> SKIPPED = java.util.Set.of("jcr:created", "jcr:createdBy");

    private static final int BINARY_CHUNK = 3 * 16 * 1024;

    private final ContentHandler handler;
    private final boolean recursive;

    private ItemCopy(ContentHandler handler, boolean recursive) {
        this.handler = handler;
        this.recursive = recursive;
    }

    /** Content items are what is published, versioned and listed on their own: Magnolia's mgnl:content types. */
    static boolean isItem(Node node) throws RepositoryException {
        return node.isNodeType("mgnl:content");
    }

    static void emit(Node item, boolean recursive, ContentHandler handler) throws RepositoryException {
        try {
            handler.startDocument();
            NamespaceRegistry namespaces = item.getSession().getWorkspace().getNamespaceRegistry();
            for (String prefix : namespaces.getPrefixes()) {
                if (!prefix.isEmpty() && !prefix.equals("xml")) {
                    handler.startPrefixMapping(prefix, namespaces.getURI(prefix));
                }
            }
            new ItemCopy(handler, recursive).node(item, true);
            handler.endDocument();
        } catch (SAXException | IOException e) {
            throw new RepositoryException("Cannot copy " + item.getPath() + ": " + e.getMessage(), e);
        }
    }

    private void node(Node node, boolean top) throws RepositoryException, SAXException, IOException {
        handler.startElement(SV, "node", "sv:node", SystemView.attributes(node.getName(), null, false));
        property(node.getProperty("jcr:primaryType"));
        if (node.hasProperty("jcr:mixinTypes")) {
            property(node.getProperty("jcr:mixinTypes"));
        }
        if (node.hasProperty("jcr:uuid")) {
            property(node.getProperty("jcr:uuid"));
        }
        for (PropertyIterator properties = node.getProperties(); properties.hasNext();) {
            Property property = properties.nextProperty();
            String name = property.getName();
            if (!name.equals("jcr:primaryType") && !name.equals("jcr:mixinTypes") && !name.equals("jcr:uuid")
                    && !SKIPPED.contains(name)) {
                property(property);
            }
        }
        for (NodeIterator children = node.getNodes(); children.hasNext();) {
            Node child = children.nextNode();
            if (recursive || !isItem(child)) {
                node(child, false);
            }
        }
        handler.endElement(SV, "node", "sv:node");
    }

    private void property(Property property) throws RepositoryException, SAXException, IOException {
        handler.startElement(SV, "property", "sv:property", SystemView.attributes(property.getName(),
                PropertyType.nameFromValue(property.getType()), property.isMultiple()));
        for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
            handler.startElement(SV, "value", "sv:value", new AttributesImpl());
            if (value.getType() == PropertyType.BINARY) {
                binary(value);
            } else {
                String text = value.getString();
                handler.characters(text.toCharArray(), 0, text.length());
            }
            handler.endElement(SV, "value", "sv:value");
        }
        handler.endElement(SV, "property", "sv:property");
    }

    /**
     * Base64 in chunks: a large asset never sits in memory as one string (Oak's importer buffers big values in
     * a temporary file). Chunks are a multiple of 3 bytes, so only the last one carries padding.
     */
    private void binary(Value value) throws RepositoryException, SAXException, IOException {
        byte[] chunk = new byte[BINARY_CHUNK];
        try (InputStream in = value.getBinary().getStream()) {
            for (int read; (read = in.readNBytes(chunk, 0, chunk.length)) > 0;) {
                char[] text = new String(Base64.getEncoder().encode(java.util.Arrays.copyOf(chunk, read)),
                        java.nio.charset.StandardCharsets.US_ASCII).toCharArray();
                handler.characters(text, 0, text.length);
            }
        }
    }
}
