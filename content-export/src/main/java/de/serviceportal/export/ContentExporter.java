package de.serviceportal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * Exports a repository subtree as Magnolia YAML or as JCR system-view XML. Both formats are read back by
 * {@link ContentImporter} with the same names, order, types, values and identifiers.
 */
public final class ContentExporter {

    public ContentExporter() {
        // stateless
    }

    /**
     * Writes {@code node} and its subtree in Magnolia's YAML export format (UTF-8). For the repository root,
     * whose own properties belong to the repository, the top-level keys are the root's children.
     */
    public void exportYaml(Node node, OutputStream out) throws RepositoryException, IOException {
        List<ContentNode> roots = new ArrayList<>();
        if (node.getDepth() == 0) {
            NodeIterator children = node.getNodes();
            while (children.hasNext()) {
                roots.add(JcrTreeReader.read(children.nextNode()));
            }
        } else {
            roots.add(JcrTreeReader.read(node));
        }
        MagnoliaYamlWriter.write(roots, out);
    }

    /** Writes {@code node} and its subtree as JCR system-view XML, binaries included. */
    public void exportSystemView(Node node, OutputStream out) throws RepositoryException, IOException {
        node.getSession().exportSystemView(node.getPath(), out, false, false);
    }
}
