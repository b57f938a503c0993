package de.serviceportal.rendering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PathNotFoundException;
import javax.jcr.RepositoryException;

import de.serviceportal.caching.ContentReads;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Workspaces;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/** {@code cmsfn}: Magnolia's templating functions, as far as the portal's templates need them. */
public final class CmsFunctions {

    private static final String PAGE = "mgnl:page";

    private final Links links;
    private final RichText richText;
    private final IdentifierLookup lookup;

    CmsFunctions(Links links, RichText richText, IdentifierLookup lookup) {
        this.links = links;
        this.richText = richText;
        this.lookup = lookup;
    }

    public List<Node> children(Node node) throws RepositoryException {
        return children(node, null);
    }

    public List<Node> children(Node node, String nodeType) throws RepositoryException {
        if (node == null) {
            return List.of();
        }
        ContentReads.listing(node);
        List<Node> children = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (nodeType == null ? !child.getName().startsWith("jcr:") : child.isNodeType(nodeType)) {
                children.add(child);
            }
        }
        return children;
    }

    public Node parent(Node node) throws RepositoryException {
        return parent(node, null);
    }

    public Node parent(Node node, String nodeType) throws RepositoryException {
        Node current = node;
        while (current != null && current.getDepth() > 1) {
            current = current.getParent();
            if (current.getDepth() <= 1) {
                return null;
            }
            if (nodeType == null || current.isNodeType(nodeType)) {
                return current;
            }
        }
        return null;
    }

    /** The page a node belongs to (itself if it is a page). */
    public Node page(Node node) throws RepositoryException {
        return node == null ? null : node.isNodeType(PAGE) ? node : parent(node, PAGE);
    }

    public Node root(Node node) throws RepositoryException {
        return root(node, null);
    }

    /** The top-most ancestor-or-self (of the type) inside the workspace. */
    public Node root(Node node, String nodeType) throws RepositoryException {
        List<Node> ancestors = ancestors(node, nodeType);
        if (!ancestors.isEmpty()) {
            return ancestors.get(0);
        }
        return nodeType == null || node.isNodeType(nodeType) ? node : null;
    }

    /** The home page of the current site. */
    public Node siteRoot(Node node) throws RepositoryException {
        RenderContext context = RenderContext.current();
        return contentByPath(context.site().root(), Workspaces.WEBSITE);
    }

    public List<Node> ancestors(Node node) throws RepositoryException {
        return ancestors(node, null);
    }

    /** Ancestors from the top of the workspace down, without the node itself. */
    public List<Node> ancestors(Node node, String nodeType) throws RepositoryException {
        if (node == null) {
            return List.of();
        }
        List<Node> ancestors = new ArrayList<>();
        Node current = node;
        while (current.getDepth() > 2) {
            current = current.getParent();
            if (nodeType == null || current.isNodeType(nodeType)) {
                ancestors.add(current);
            }
        }
        Collections.reverse(ancestors);
        return ancestors;
    }

    public String link(Node node) throws RepositoryException {
        return node == null ? null : links.link(node, RenderContext.currentOrNull());
    }

    public String link(String workspace, String identifier) throws RepositoryException {
        return link(contentById(identifier, workspace));
    }

    public Node contentByPath(String path) throws RepositoryException {
        return contentByPath(path, Workspaces.WEBSITE);
    }

    public Node contentByPath(String path, String workspace) throws RepositoryException {
        if (path == null || path.isBlank()) {
            return null;
        }
        try {
            ContentReads.path(Workspaces.toRepositoryPath(workspace, path)); // found or not: it may be published
            return RenderContext.current().session().getNode(Workspaces.toRepositoryPath(workspace, path));
        } catch (PathNotFoundException e) {
            return null;
        } catch (RepositoryException e) {
            return null; // an invalid path is as missing as an absent one
        }
    }

    public Node contentById(String identifier) throws RepositoryException {
        return contentById(identifier, Workspaces.WEBSITE);
    }

    /** The node with this identifier inside the workspace, or null. Accepts {@code jcr:<uuid>} item keys. */
    public Node contentById(String identifier, String workspace) throws RepositoryException {
        if (identifier == null || identifier.isBlank()) {
            return null;
        }
        String id = identifier.startsWith("jcr:") ? identifier.substring(4) : identifier;
        ContentReads.identifier(id);
        Node node = lookup.find(RenderContext.current().session(), id);
        return node != null && Workspaces.workspaceOf(node.getPath()).equals(workspace) ? node : null;
    }

    public Node asContentMap(Node node) {
        return node;
    }

    /** Rich text is escaped in the repository sense only: here it is the node itself. */
    public Node decode(Node node) {
        return node;
    }

    public String language() {
        RenderContext context = RenderContext.currentOrNull();
        return context == null ? "de" : context.locale().getLanguage();
    }

    public Locale locale() {
        RenderContext context = RenderContext.currentOrNull();
        return context == null ? Locale.GERMAN : context.locale();
    }

    public boolean isEditMode() {
        return false;
    }

    public boolean isPreviewMode() {
        return false;
    }

    public boolean isAuthorInstance() {
        return false;
    }

    public boolean isPublicInstance() {
        return true;
    }

    public boolean isCurrentPage(Node node) throws RepositoryException {
        RenderContext context = RenderContext.currentOrNull();
        return node != null && context != null && node.getPath().equals(context.page().getPath());
    }

    public boolean isAncestorOfCurrentPage(Node node) throws RepositoryException {
        RenderContext context = RenderContext.currentOrNull();
        return node != null && context != null && context.page().getPath().startsWith(node.getPath() + "/");
    }

    public String abbreviateString(String text, int length) {
        return abbreviateString(text, length, " …");
    }

    public String abbreviateString(String text, int length, String suffix) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', Math.max(0, length - suffix.length()));
        return text.substring(0, cut > 0 ? cut : Math.max(0, length - suffix.length())) + suffix;
    }

    /** Rich text from the repository, sanitised to the portal's safe subset and printed as markup. */
    public TemplateHTMLOutputModel richText(String html) throws TemplateModelException {
        return HTMLOutputFormat.INSTANCE.fromMarkup(richText.sanitise(html));
    }
}
