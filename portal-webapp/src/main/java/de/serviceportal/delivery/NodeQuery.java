package de.serviceportal.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PathNotFoundException;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import de.serviceportal.repository.Workspaces;
import de.serviceportal.caching.ContentReads;
import de.serviceportal.search.ContentSearch;

/**
 * A delivery query: filters, {@code q}, {@code orderBy}, paging and a {@code total}.
 *
 * <p>It walks the endpoint's subtree through the JCR API instead of running a JCR query: Oak runs in fail-traversal
 * mode, has no index for arbitrary filter properties, and its CONTAINS answers nothing without a full-text index.
 * The walk is fine for the portal's few thousand pages. Walks stop at {@link #MAX_NODES} so a huge tree cannot stall
 * the server.
 *
 * <p>{@code q} on a page endpoint asks the portal's own full-text index ({@link ContentSearch}: German stemming,
 * ranked by relevance unless {@code orderBy} is given) and reads only the hits; other endpoints (assets, components)
 * keep the basic word scan below.
 */
final class NodeQuery {

    static final int MAX_NODES = 200_000;
    static final Set<String> RESERVED = Set.of("q", "orderBy", "offset", "limit", "lang", "model", "@ancestor",
            "@name");

    private final DeliveryEndpoint endpoint;
    private final ContentSearch search;
    private final String q;
    private final String lang;
    private final List<Filter> filters = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final int offset;
    private final int limit;
    private final String ancestor;
    private final String name;
    private int visited;

    private record Order(String property, boolean descending) {
    }

    NodeQuery(DeliveryEndpoint endpoint, Map<String, String[]> parameters, ContentSearch search) {
        this.endpoint = endpoint;
        this.search = search;
        this.lang = first(parameters, "lang");
        this.offset = number(parameters, "offset", 0);
        this.limit = Math.min(number(parameters, "limit", endpoint.limit()), endpoint.limit());
        this.ancestor = first(parameters, "@ancestor");
        this.name = first(parameters, "@name");
        this.q = first(parameters, "q");
        if (q != null) {
            for (String word : q.toLowerCase(Locale.GERMAN).trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        String orderBy = first(parameters, "orderBy");
        if (orderBy != null && !orderBy.isBlank()) {
            for (String key : orderBy.split(",")) {
                String[] parts = key.trim().split("\\s+");
                if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2
                        && !parts[1].equalsIgnoreCase("asc") && !parts[1].equalsIgnoreCase("desc"))) {
                    throw DeliveryException.invalidParameter("orderBy",
                            "'" + key.trim() + "' – erwartet 'eigenschaft asc' oder 'eigenschaft desc'");
                }
                orders.add(new Order(parts[0], parts.length == 2 && parts[1].equalsIgnoreCase("desc")));
            }
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!RESERVED.contains(parameter.getKey())) {
                for (String value : parameter.getValue()) {
                    filters.add(Filter.parse(parameter.getKey(), value));
                }
            }
        }
        if (ancestor != null && !ancestor.startsWith("/")) {
            throw DeliveryException.invalidParameter("@ancestor", "ein absoluter Pfad wie /merseburg erwartet");
        }
    }

    String lang() {
        return lang;
    }

    /** Runs the query; results are written with the endpoint's depth. */
    Map<String, Object> run(Session session, NodeWriter writer) throws RepositoryException {
        String start = endpoint.workspacePath(ancestor == null ? "/" : ancestor);
        Node root;
        try {
            root = session.getNode(Workspaces.toRepositoryPath(endpoint.workspace(), start));
        } catch (PathNotFoundException e) {
            throw DeliveryException.invalidParameter("@ancestor", "Pfad '" + ancestor + "' gibt es nicht");
        }
        List<Node> matches = new ArrayList<>();
        if (usesIndex()) {
            fromIndex(root, matches);
        } else {
            collect(root, matches);
        }
        if (!orders.isEmpty()) {
            List<Map.Entry<Node, List<Object>>> keyed = new ArrayList<>();
            for (Node node : matches) {
                List<Object> keys = new ArrayList<>();
                for (Order order : orders) {
                    List<Object> values = "@name".equals(order.property()) ? List.of(node.getName())
                            : TypedValues.of(node, order.property(), lang);
                    keys.add(values.isEmpty() ? null : values.get(0));
                }
                keyed.add(Map.entry(node, keys));
            }
            keyed.sort(comparator());
            matches = keyed.stream().map(Map.Entry::getKey).toList();
        }
        List<Object> results = new ArrayList<>();
        for (int i = offset; i < matches.size() && i < offset + limit; i++) {
            results.add(writer.write(matches.get(i), endpoint.depth()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", matches.size());
        json.put("offset", offset);
        json.put("limit", limit);
        json.put("results", results);
        return json;
    }

    /** Missing values sort last in both directions; ties keep the tree order (the sort is stable). */
    private Comparator<Map.Entry<Node, List<Object>>> comparator() {
        return (a, b) -> {
            for (int i = 0; i < orders.size(); i++) {
                Object x = a.getValue().get(i);
                Object y = b.getValue().get(i);
                if (x == null || y == null) {
                    if (x != y) {
                        return x == null ? 1 : -1;
                    }
                    continue;
                }
                int c = TypedValues.compare(x, y);
                if (c != 0) {
                    return orders.get(i).descending() ? -c : c;
                }
            }
            return 0;
        };
    }

    /** The index holds exactly the website's pages, so it answers {@code q} for endpoints that return pages only. */
    private boolean usesIndex() {
        return search != null && !words.isEmpty() && Workspaces.WEBSITE.equals(endpoint.workspace())
                && endpoint.nodeTypes().equals(List.of("mgnl:page"));
    }

    /** Hits in relevance order; the index may briefly lag behind a save, so a hit that is gone is skipped. */
    private void fromIndex(Node root, List<Node> matches) throws RepositoryException {
        Session session = root.getSession();
        // the index follows publications asynchronously: a cached answer could miss what was just published
        ContentReads.uncacheable();
        for (String path : search.pagePaths(q, lang, root.getPath())) {
            if (session.nodeExists(path)) {
                Node node = session.getNode(path);
                if (node.isNodeType("mgnl:page") && matchesFilters(node)) {
                    matches.add(node);
                }
            }
        }
    }

    private void collect(Node parent, List<Node> matches) throws RepositoryException {
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            if (++visited > MAX_NODES) {
                return;
            }
            Node node = it.nextNode();
            String type = node.getPrimaryNodeType().getName();
            if ((endpoint.nodeTypes().isEmpty() || endpoint.nodeTypes().contains(type)) && matches(node)) {
                matches.add(node);
            }
            if (descend(node, type)) {
                collect(node, matches);
            }
        }
    }

    /** Page content (areas, components) and binaries hold no further results unless the endpoint asks for them. */
    private boolean descend(Node node, String type) throws RepositoryException {
        if (node.getName().startsWith("jcr:") || node.getName().startsWith("rep:")) {
            return false;
        }
        return endpoint.nodeTypes().isEmpty()
                || !("mgnl:area".equals(type) || "mgnl:component".equals(type))
                || endpoint.nodeTypes().contains(type);
    }

    private boolean matches(Node node) throws RepositoryException {
        return matchesFilters(node) && (words.isEmpty() || containsAllWords(node));
    }

    private boolean matchesFilters(Node node) throws RepositoryException {
        if (name != null && !name.equals(node.getName())) {
            return false;
        }
        for (Filter filter : filters) {
            if (!filter.matches(TypedValues.of(node, filter.property(), lang))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Basic full text: every word occurs (case-insensitive) in some text of the node or of its content below it that
     * is not itself a result (a page's areas and components, not its subpages).
     */
    private boolean containsAllWords(Node node) throws RepositoryException {
        StringBuilder text = new StringBuilder();
        gatherText(node, text, true);
        String haystack = text.toString().toLowerCase(Locale.GERMAN);
        return words.stream().allMatch(haystack::contains);
    }

    private void gatherText(Node node, StringBuilder text, boolean self) throws RepositoryException {
        if (!self && (endpoint.nodeTypes().contains(node.getPrimaryNodeType().getName())
                || node.getName().startsWith("jcr:"))) {
            return;
        }
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (property.getType() == PropertyType.STRING && !NodeWriter.isSystem(property.getName())) {
                if (property.isMultiple()) {
                    for (javax.jcr.Value value : property.getValues()) {
                        text.append(value.getString()).append('\n');
                    }
                } else {
                    text.append(property.getString()).append('\n');
                }
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            gatherText(it.nextNode(), text, false);
        }
    }

    private static String first(Map<String, String[]> parameters, String key) {
        String[] values = parameters.get(key);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static int number(Map<String, String[]> parameters, String key, int fallback) {
        String value = first(parameters, key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 0) {
                throw DeliveryException.invalidParameter(key, "darf nicht negativ sein");
            }
            return number;
        } catch (NumberFormatException e) {
            throw DeliveryException.invalidParameter(key, "'" + value + "' ist keine ganze Zahl");
        }
    }
}
