package de.serviceportal.authoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * The ETag of a node: a hash of its identifier, properties (names, types, values; binaries by size) and children
 * in order, with areas and components below it included and child items (subpages, assets) by name and
 * identifier. So editing a component changes its page's ETag too. Publishing bookkeeping is left out: a
 * publication does not make an editor's copy stale.
 */
final class NodeState {

    private static final Set<String> IGNORED = Set.of("mgnl:lastActivated", "mgnl:lastActivatedBy",
            "mgnl:activationStatus", "mgnl:lastActivatedVersion", "mgnl:lastActivatedVersionCreated");

    private NodeState() {
    }

    /** Quoted, as the ETag header carries it. */
    static String etag(Node node) throws RepositoryException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            add(node, digest);
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-Match: missing (allowed, as in Magnolia), {@code *}, or one of the listed strong tags. */
    static boolean matches(String ifMatch, String etag) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
            return true;
        }
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Node node, MessageDigest digest) throws RepositoryException {
        text(digest, "node", node.getName(), node.getIdentifier(), node.getPrimaryNodeType().getName());
        List<String> names = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            names.add(it.nextProperty().getName());
        }
        names.sort(null);
        for (String name : names) {
            if (IGNORED.contains(name)) {
                continue;
            }
            Property property = node.getProperty(name);
            text(digest, "property", name, Integer.toString(property.getType()), Boolean.toString(
                    property.isMultiple()));
            for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
                text(digest, value.getType() == PropertyType.BINARY ? Long.toString(value.getBinary().getSize())
                        : value.getString());
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:content")) {
                text(digest, "item", child.getName(), child.getIdentifier());
            } else {
                add(child, digest);
                text(digest, "end");
            }
        }
    }

    private static void text(MessageDigest digest, String... parts) {
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
    }
}
