package de.serviceportal.dam;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Workspaces;

/** Finding assets: only {@code mgnl:asset} nodes of the dam workspace count (staged uploads live elsewhere). */
final class DamNodes {

    private DamNodes() {
    }

    static Node asset(Session session, IdentifierLookup lookup, String identifier) throws RepositoryException {
        Node node = lookup.find(session, identifier);
        return node != null && isAsset(node) ? node : null;
    }

    static boolean isAsset(Node node) throws RepositoryException {
        return Workspaces.DAM.equals(Workspaces.workspaceOf(node.getPath())) && node.isNodeType("mgnl:asset");
    }

    static boolean hasFile(Node asset) throws RepositoryException {
        return asset.hasNode("jcr:content") && asset.getNode("jcr:content").hasProperty("jcr:data");
    }
}
