package de.serviceportal.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/** Copies a repository subtree into {@link ContentNode}s, with every property as the repository reports it. */
final class JcrTreeReader {

    private JcrTreeReader() {
    }

    static ContentNode read(Node node) throws RepositoryException, IOException {
        ContentNode content = new ContentNode(node.getName(), 0);
        PropertyIterator properties = node.getProperties();
        while (properties.hasNext()) {
            Property property = properties.nextProperty();
            Value[] values = property.isMultiple() ? property.getValues() : new Value[] {property.getValue()};
            List<String> strings = new ArrayList<>(values.length);
            for (Value value : values) {
                strings.add(value.getType() == PropertyType.BINARY ? base64(value) : value.getString());
            }
            content.properties.add(new ContentProperty(property.getName(), property.getType(),
                    property.isMultiple(), strings, 0));
        }
        NodeIterator children = node.getNodes();
        while (children.hasNext()) {
            content.children.add(read(children.nextNode()));
        }
        return content;
    }

    private static String base64(Value value) throws RepositoryException, IOException {
        Binary binary = value.getBinary();
        try (InputStream in = binary.getStream()) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } finally {
            binary.dispose();
        }
    }
}
