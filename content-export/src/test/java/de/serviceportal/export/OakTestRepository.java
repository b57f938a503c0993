package de.serviceportal.export;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import javax.jcr.Value;

import org.apache.jackrabbit.api.JackrabbitRepository;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.jcr.Jcr;

/**
 * A fresh in-memory Oak repository with the Magnolia test node types and the portal layout: Magnolia workspaces
 * are top-level subtrees ({@code /website}, {@code /dam}) of the one Oak workspace.
 */
final class OakTestRepository implements AutoCloseable {

    private final Repository repository;
    private final List<Session> sessions = new ArrayList<>();

    OakTestRepository() throws Exception {
        repository = new Jcr(new Oak()).createRepository();
        Session session = login();
        try (Reader cnd = new InputStreamReader(
                OakTestRepository.class.getResourceAsStream("/mgnl-test-nodetypes.cnd"), StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(cnd, session);
        }
        session.getRootNode().addNode("website", "nt:unstructured");
        session.getRootNode().addNode("dam", "nt:unstructured");
        session.save();
    }

    Session login() throws RepositoryException {
        Session session = repository.login(new SimpleCredentials("admin", "admin".toCharArray()));
        sessions.add(session);
        return session;
    }

    @Override
    public void close() {
        sessions.forEach(Session::logout);
        ((JackrabbitRepository) repository).shutdown();
    }

    /**
     * Everything that must survive an import/export round trip, one line per node and property, in tree order:
     * names, child order, identifiers, property types, multi-value flags and values (binaries as Base64).
     */
    static List<String> snapshot(Node node) throws Exception {
        List<String> lines = new ArrayList<>();
        snapshot(node, node.getPath(), lines);
        return lines;
    }

    private static void snapshot(Node node, String basePath, List<String> lines) throws Exception {
        String relative = node.getPath().substring(basePath.length());
        lines.add("node " + (relative.isEmpty() ? "." : relative) + " id=" + node.getIdentifier());
        List<String> properties = new ArrayList<>();
        PropertyIterator it = node.getProperties();
        while (it.hasNext()) {
            Property property = it.nextProperty();
            Value[] values = property.isMultiple() ? property.getValues() : new Value[] {property.getValue()};
            List<String> strings = new ArrayList<>();
            for (Value value : values) {
                strings.add(value.getType() == PropertyType.BINARY
                        ? Base64.getEncoder().encodeToString(value.getBinary().getStream().readAllBytes())
                        : value.getString());
            }
            properties.add("  " + property.getName() + " (" + PropertyType.nameFromValue(property.getType())
                    + (property.isMultiple() ? "[]" : "") + ") = "
                    + (property.isMultiple() ? strings.toString() : strings.get(0)));
        }
        properties.sort(null);
        lines.addAll(properties);
        NodeIterator children = node.getNodes();
        while (children.hasNext()) {
            snapshot(children.nextNode(), basePath, lines);
        }
    }

    static String[] childNames(Node node) throws RepositoryException {
        List<String> names = new ArrayList<>();
        NodeIterator children = node.getNodes();
        while (children.hasNext()) {
            names.add(children.nextNode().getName());
        }
        return names.toArray(String[]::new);
    }

    static String[] mixins(Node node) throws RepositoryException {
        return Arrays.stream(node.getMixinNodeTypes()).map(t -> t.getName()).toArray(String[]::new);
    }
}
