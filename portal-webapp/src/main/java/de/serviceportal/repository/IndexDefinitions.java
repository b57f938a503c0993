package de.serviceportal.repository;

import java.util.Arrays;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * One Oak property index for every property the portal queries, so that no query traverses the repository.
 * Add a line here when a new query needs a property.
 */
final class IndexDefinitions {

    /** index name → indexed property names. */
    static final Map<String, String[]> PROPERTY_INDEXES = Map.of(
            "mgnlTemplate", new String[] {"mgnl:template"},
            "mgnlActivationStatus", new String[] {"mgnl:activationStatus"},
            "mgnlLastModified", new String[] {"mgnl:lastModified"});

    private IndexDefinitions() {
    }

    static void ensure(Session session) throws RepositoryException {
        Node index = session.getNode("/oak:index");
        for (Map.Entry<String, String[]> definition : PROPERTY_INDEXES.entrySet()) {
            Node node = index.hasNode(definition.getKey())
                    ? index.getNode(definition.getKey())
                    : index.addNode(definition.getKey(), "oak:QueryIndexDefinition");
            String[] wanted = definition.getValue();
            if (node.hasProperty("propertyNames") && Arrays.equals(wanted, values(node))) {
                continue;
            }
            node.setProperty("type", "property");
            node.setProperty("propertyNames", wanted, PropertyType.NAME);
            node.setProperty("reindex", true);
        }
    }

    private static String[] values(Node node) throws RepositoryException {
        javax.jcr.Value[] values = node.getProperty("propertyNames").getValues();
        String[] strings = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            strings[i] = values[i].getString();
        }
        return strings;
    }
}
