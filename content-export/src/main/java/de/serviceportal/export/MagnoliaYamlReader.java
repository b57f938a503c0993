package de.serviceportal.export;

import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.jcr.PropertyType;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.reader.UnicodeReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads Magnolia's YAML export format into {@link ContentNode}s.
 *
 * <p>The format: each top-level key is a node; inside a node, a mapping value is a child node and a scalar or
 * list value is a property. Works on SnakeYAML's node graph rather than on constructed Java objects, because only
 * the node graph keeps the raw key text ({@code '0'} vs. {@code '00'}), the line numbers, the timezone offset of
 * timestamps and whether a scalar was quoted.
 *
 * <p>Type rules: plain booleans, integers, floats and timestamps become BOOLEAN, LONG (DECIMAL if too large),
 * DOUBLE and DATE; {@code !!binary} becomes BINARY; lists become multi-value properties; quoted text stays
 * STRING, except that a quoted ISO date on one of {@link Values#WELL_KNOWN_DATES} becomes a DATE unless it is
 * tagged {@code !!str} explicitly. The local tags {@code !decimal !name !path !reference !weakreference !uri}
 * carry the JCR types YAML has no notation for (our own extension; Magnolia writes those as plain strings).
 */
final class MagnoliaYamlReader {

    static final String PRIMARY_TYPE = "jcr:primaryType";
    static final String MIXIN_TYPES = "jcr:mixinTypes";
    static final String UUID = "jcr:uuid";

    /** Local YAML tags for JCR types without a YAML counterpart. */
    static final Map<String, Integer> LOCAL_TAGS = Map.of(
            "!decimal", PropertyType.DECIMAL,
            "!name", PropertyType.NAME,
            "!path", PropertyType.PATH,
            "!reference", PropertyType.REFERENCE,
            "!weakreference", PropertyType.WEAKREFERENCE,
            "!uri", PropertyType.URI);

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> uuidLines = new HashMap<>();
    private final Set<Node> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private TrackingComposer composer;

    private MagnoliaYamlReader() {
    }

    /**
     * Reads a whole file. Syntax errors end reading and are reported as the only problem; content problems
     * (bad names, bad values, duplicate keys or identifiers) are all collected.
     */
    static ParsedContent read(InputStream in) {
        return new MagnoliaYamlReader().readDocument(in);
    }

    private ParsedContent readDocument(InputStream in) {
        LoaderOptions options = new LoaderOptions();
        // DAM exports carry binaries inline; the default limit (3 MB) is far too small for them.
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setNestingDepthLimit(1000);
        Node root;
        try {
            Parser parser = new ParserImpl(new StreamReader(new UnicodeReader(in)), options);
            composer = new TrackingComposer(parser, options);
            root = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String context = e.getContext() != null ? e.getContext() + ", " : "";
            problems.add(new Problem(line, "Ungültiges YAML: " + context + e.getProblem()));
            return result(List.of());
        } catch (YAMLException e) {
            problems.add(new Problem(0, "Ungültiges YAML: " + e.getMessage()));
            return result(List.of());
        }
        if (root == null) {
            problems.add(new Problem(1, "Die Datei enthält keine Inhalte"));
            return result(List.of());
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new Problem(line(root), "Die oberste Ebene muss Knoten der Form 'name: {...}' enthalten"));
            return result(List.of());
        }
        List<ContentNode> roots = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = keyName(tuple.getKeyNode(), seen);
            if (name == null) {
                continue;
            }
            if (tuple.getValueNode() instanceof MappingNode child && Tag.MAP.equals(child.getTag())) {
                roots.add(readNode(name, line(tuple.getKeyNode()), child));
            } else {
                problems.add(new Problem(line(tuple.getKeyNode()),
                        "Der oberste Eintrag '" + name + "' muss ein Knoten sein, keine Eigenschaft"));
            }
        }
        return result(roots);
    }

    private ParsedContent result(List<ContentNode> roots) {
        return new ParsedContent(roots, Map.of(), problems);
    }

    private ContentNode readNode(String name, int line, MappingNode mapping) {
        ContentNode node = new ContentNode(name, line);
        if (!ancestors.add(mapping)) {
            problems.add(new Problem(line, "Knoten '" + name + "' enthält sich selbst (rekursiver YAML-Alias)"));
            return node;
        }
        Set<String> seen = new LinkedHashSet<>();
        // The system-view importer needs all properties of a node before its first child, so children are
        // collected and read after the properties even if the file interleaves them.
        List<Object[]> children = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyName(tuple.getKeyNode(), seen);
            if (key == null) {
                continue;
            }
            int keyLine = line(tuple.getKeyNode());
            Node value = tuple.getValueNode();
            if (!(value instanceof ScalarNode) && !Tag.MAP.equals(value.getTag()) && !Tag.SEQ.equals(value.getTag())) {
                problems.add(new Problem(line(value), "Eintrag '" + key + "': YAML-Typ '" + value.getTag().getValue()
                        + "' wird nicht unterstützt"));
                continue;
            }
            if (value instanceof MappingNode childMapping) {
                children.add(new Object[] {key, keyLine, childMapping});
            } else {
                ContentProperty property = value instanceof SequenceNode sequence
                        ? multiValue(key, sequence, keyLine)
                        : singleValue(key, (ScalarNode) value, keyLine);
                if (property != null) {
                    node.properties.add(property);
                }
            }
        }
        for (Object[] child : children) {
            node.children.add(readNode((String) child[0], (Integer) child[1], (MappingNode) child[2]));
        }
        ancestors.remove(mapping);
        return node;
    }

    private String keyName(Node keyNode, Set<String> seen) {
        int line = line(keyNode);
        if (!(keyNode instanceof ScalarNode scalar)) {
            problems.add(new Problem(line, "Schlüssel müssen einfache Namen sein"));
            return null;
        }
        if (Tag.MERGE.equals(scalar.getTag())) {
            problems.add(new Problem(line, "YAML-Merge-Schlüssel ('<<') werden nicht unterstützt"));
            return null;
        }
        String name = scalar.getValue();
        String nameProblem = Values.nameProblem(name);
        if (nameProblem != null) {
            problems.add(new Problem(line, nameProblem));
            return null;
        }
        if (!seen.add(name)) {
            problems.add(new Problem(line, "Schlüssel '" + name + "' kommt in diesem Knoten mehrfach vor"));
            return null;
        }
        return name;
    }

    private ContentProperty singleValue(String name, ScalarNode scalar, int line) {
        if (name.equals(MIXIN_TYPES) || name.equals(PRIMARY_TYPE)) {
            if (!typeName(scalar)) {
                return null;
            }
            // A single mixin written without list brackets is tolerated.
            return new ContentProperty(name, PropertyType.NAME, name.equals(MIXIN_TYPES),
                    List.of(scalar.getValue()), line);
        }
        Typed typed = typed(name, scalar);
        if (typed == null) {
            return null;
        }
        if (name.equals(UUID)) {
            checkUuid(typed.value, line(scalar));
        }
        return new ContentProperty(name, typed.type, false, List.of(typed.value), line);
    }

    private ContentProperty multiValue(String name, SequenceNode sequence, int line) {
        List<Typed> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                problems.add(new Problem(line(item), "Listen dürfen nur einfache Werte enthalten (Eigenschaft '"
                        + name + "')"));
                return null;
            }
            if (name.equals(MIXIN_TYPES)) {
                if (!typeName(scalar)) {
                    return null;
                }
                items.add(new Typed(PropertyType.NAME, scalar.getValue(), scalar.getValue()));
                continue;
            }
            Typed typed = typed(name, scalar);
            if (typed == null) {
                return null;
            }
            items.add(typed);
        }
        if (name.equals(PRIMARY_TYPE) || name.equals(UUID)) {
            problems.add(new Problem(line, "'" + name + "' darf keine Liste sein"));
            return null;
        }
        int type = commonType(items);
        List<String> values = new ArrayList<>();
        for (Typed item : items) {
            if (item.type == type) {
                values.add(item.value);
            } else if (type == PropertyType.DOUBLE) {
                values.add(Double.toString(Double.parseDouble(item.value)));
            } else {
                values.add(item.raw);
            }
        }
        return new ContentProperty(name, type, true, values, line);
    }

    /**
     * All items of one type keep it; integers mixed with floats become DOUBLE (or DECIMAL); any other mix falls
     * back to STRING with the text as written, since a JCR property has a single type.
     */
    private static int commonType(List<Typed> items) {
        if (items.isEmpty()) {
            return PropertyType.STRING;
        }
        Set<Integer> types = new LinkedHashSet<>();
        items.forEach(i -> types.add(i.type));
        if (types.size() == 1) {
            return types.iterator().next();
        }
        Set<Integer> numeric = Set.of(PropertyType.LONG, PropertyType.DOUBLE, PropertyType.DECIMAL);
        if (numeric.containsAll(types)) {
            return types.contains(PropertyType.DECIMAL) ? PropertyType.DECIMAL : PropertyType.DOUBLE;
        }
        return PropertyType.STRING;
    }

    private record Typed(int type, String value, String raw) {
    }

    private Typed typed(String name, ScalarNode scalar) {
        Tag tag = scalar.getTag();
        String raw = scalar.getValue();
        int line = line(scalar);
        if (Tag.STR.equals(tag)) {
            if (Values.WELL_KNOWN_DATES.contains(name) && !composer.isExplicitlyTagged(scalar)) {
                Optional<String> date = Values.toJcrDate(raw);
                if (date.isPresent()) {
                    return new Typed(PropertyType.DATE, date.get(), raw);
                }
                return invalid(line, name, "ist kein gültiges Datum (ISO 8601 erwartet)", raw);
            }
            return new Typed(PropertyType.STRING, raw, raw);
        }
        if (Tag.BOOL.equals(tag)) {
            Optional<Boolean> b = Values.parseYamlBool(raw);
            return b.map(v -> new Typed(PropertyType.BOOLEAN, v.toString(), raw))
                    .orElseGet(() -> invalid(line, name, "ist kein Wahrheitswert", raw));
        }
        if (Tag.INT.equals(tag)) {
            try {
                BigInteger value = Values.parseYamlInt(raw);
                return value.bitLength() < 64
                        ? new Typed(PropertyType.LONG, Long.toString(value.longValue()), raw)
                        : new Typed(PropertyType.DECIMAL, value.toString(), raw);
            } catch (NumberFormatException e) {
                return invalid(line, name, "ist keine ganze Zahl", raw);
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return new Typed(PropertyType.DOUBLE, Double.toString(Values.parseYamlFloat(raw)), raw);
            } catch (NumberFormatException e) {
                return invalid(line, name, "ist keine Zahl", raw);
            }
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return Values.toJcrDate(raw).map(d -> new Typed(PropertyType.DATE, d, raw))
                    .orElseGet(() -> invalid(line, name, "ist kein gültiges Datum", raw));
        }
        if (Tag.BINARY.equals(tag)) {
            return Values.compactBase64(raw).map(b -> new Typed(PropertyType.BINARY, b, raw))
                    .orElseGet(() -> invalid(line, name, "ist kein gültiges Base64", abbreviate(raw)));
        }
        if (Tag.NULL.equals(tag)) {
            problems.add(new Problem(line, "Eigenschaft '" + name + "' hat keinen Wert"));
            return null;
        }
        Integer localType = LOCAL_TAGS.get(tag.getValue());
        if (localType != null) {
            if (localType == PropertyType.DECIMAL && !Values.isDecimal(raw)) {
                return invalid(line, name, "ist keine Dezimalzahl", raw);
            }
            return new Typed(localType, raw, raw);
        }
        problems.add(new Problem(line, "Eigenschaft '" + name + "': YAML-Typ '" + tag.getValue()
                + "' wird nicht unterstützt"));
        return null;
    }

    private boolean typeName(ScalarNode scalar) {
        String problem = Values.nameProblem(scalar.getValue());
        if (problem != null) {
            problems.add(new Problem(line(scalar), "Ungültiger Knotentyp: " + problem));
            return false;
        }
        return true;
    }

    private Typed invalid(int line, String name, String what, String raw) {
        problems.add(new Problem(line, "Wert '" + raw + "' von Eigenschaft '" + name + "' " + what));
        return null;
    }

    private void checkUuid(String uuid, int line) {
        if (!Values.isUuid(uuid)) {
            problems.add(new Problem(line, "'" + uuid + "' ist keine gültige jcr:uuid"));
            return;
        }
        Integer earlier = uuidLines.putIfAbsent(uuid, line);
        if (earlier != null) {
            problems.add(new Problem(line, "jcr:uuid '" + uuid + "' kommt mehrfach vor (zuerst in Zeile "
                    + earlier + ")"));
        }
    }

    private static String abbreviate(String raw) {
        String s = raw.replaceAll("\\s+", "");
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private static int line(Node node) {
        return node.getStartMark() != null ? node.getStartMark().getLine() + 1 : 0;
    }

    /** Remembers which scalars carried an explicit tag (e.g. {@code !!str}); SnakeYAML's nodes forget it. */
    private static final class TrackingComposer extends Composer {

        private final Set<Node> explicitlyTagged = Collections.newSetFromMap(new IdentityHashMap<>());

        TrackingComposer(Parser parser, LoaderOptions options) {
            super(parser, new Resolver(), options);
        }

        @Override
        protected Node composeScalarNode(String anchor, List<CommentLine> blockComments) {
            ScalarEvent event = (ScalarEvent) parser.peekEvent();
            boolean explicit = event.getTag() != null && !"!".equals(event.getTag());
            Node node = super.composeScalarNode(anchor, blockComments);
            if (explicit) {
                explicitlyTagged.add(node);
            }
            return node;
        }

        boolean isExplicitlyTagged(Node node) {
            return explicitlyTagged.contains(node);
        }
    }
}
