package de.serviceportal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.jcr.PropertyType;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes {@link ContentNode}s in the YAML layout of Magnolia 6.2 exports: keys and strings single-quoted,
 * dates/booleans/numbers plain, multi-value properties as flow lists, binaries as {@code !!binary} blocks,
 * properties sorted by name followed by the child nodes in repository order.
 *
 * <p>Emits SnakeYAML events directly (instead of serialising a node tree) because only events let us force an
 * explicit {@code !!str} tag, needed for the rare STRING value on a well-known date property that would
 * otherwise be read back as a DATE.
 */
final class MagnoliaYamlWriter {

    private static final Map<Integer, String> LOCAL_TAG_BY_TYPE = Map.of(
            PropertyType.DECIMAL, "!decimal",
            PropertyType.NAME, "!name",
            PropertyType.PATH, "!path",
            PropertyType.REFERENCE, "!reference",
            PropertyType.WEAKREFERENCE, "!weakreference",
            PropertyType.URI, "!uri");

    private final Emitter emitter;
    private final Resolver resolver = new Resolver();

    private MagnoliaYamlWriter(Writer writer) {
        DumperOptions options = new DumperOptions();
        options.setIndent(2);
        options.setWidth(80);
        options.setSplitLines(true);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setMaxSimpleKeyLength(1024);
        this.emitter = new Emitter(writer, options);
    }

    static void write(List<ContentNode> roots, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new MagnoliaYamlWriter(writer).document(roots);
        writer.flush();
    }

    private void document(List<ContentNode> roots) throws IOException {
        emitter.emit(new StreamStartEvent(null, null));
        emitter.emit(new DocumentStartEvent(null, null, false, null, Map.of()));
        emitter.emit(new MappingStartEvent(null, Tag.MAP.getValue(), true, null, null, FlowStyle.BLOCK));
        for (ContentNode root : roots) {
            node(root);
        }
        emitter.emit(new MappingEndEvent(null, null));
        emitter.emit(new DocumentEndEvent(null, null, false));
        emitter.emit(new StreamEndEvent(null, null));
    }

    private void node(ContentNode node) throws IOException {
        key(node.name);
        emitter.emit(new MappingStartEvent(null, Tag.MAP.getValue(), true, null, null, FlowStyle.BLOCK));
        List<ContentProperty> properties = new ArrayList<>(node.properties);
        properties.sort(Comparator.comparing(ContentProperty::name));
        for (ContentProperty property : properties) {
            key(property.name());
            if (property.multiple()) {
                emitter.emit(new SequenceStartEvent(null, Tag.SEQ.getValue(), true, null, null, FlowStyle.FLOW));
                for (String value : property.values()) {
                    value(property, value);
                }
                emitter.emit(new SequenceEndEvent(null, null));
            } else {
                value(property, property.values().get(0));
            }
        }
        for (ContentNode child : node.children) {
            node(child);
        }
        emitter.emit(new MappingEndEvent(null, null));
    }

    private void key(String name) throws IOException {
        string(name);
    }

    private void value(ContentProperty property, String value) throws IOException {
        switch (property.type()) {
            case PropertyType.LONG -> plain(Tag.INT, value);
            case PropertyType.DOUBLE -> plain(Tag.FLOAT, Values.yamlDouble(value));
            case PropertyType.BOOLEAN -> plain(Tag.BOOL, value);
            case PropertyType.DATE -> plain(Tag.TIMESTAMP, Values.toJcrDate(value).orElse(value));
            case PropertyType.BINARY -> binary(value);
            case PropertyType.STRING -> {
                if (Values.WELL_KNOWN_DATES.contains(property.name()) && Values.toJcrDate(value).isPresent()) {
                    scalar(Tag.STR.getValue(), value, new ImplicitTuple(false, false), ScalarStyle.SINGLE_QUOTED);
                } else {
                    string(value);
                }
            }
            case PropertyType.NAME -> {
                if (property.name().equals(MagnoliaYamlReader.PRIMARY_TYPE)
                        || property.name().equals(MagnoliaYamlReader.MIXIN_TYPES)) {
                    string(value);
                } else {
                    scalar("!name", value, new ImplicitTuple(false, false), quotedStyle(value));
                }
            }
            default -> scalar(LOCAL_TAG_BY_TYPE.getOrDefault(property.type(), Tag.STR.getValue()), value,
                    new ImplicitTuple(false, false), quotedStyle(value));
        }
    }

    private void string(String value) throws IOException {
        scalar(Tag.STR.getValue(), value, new ImplicitTuple(false, true), quotedStyle(value));
    }

    /** Carriage returns and other control characters only survive a round trip in double quotes. */
    private static ScalarStyle quotedStyle(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\n' || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return ScalarStyle.DOUBLE_QUOTED;
            }
        }
        return ScalarStyle.SINGLE_QUOTED;
    }

    private void plain(Tag tag, String value) throws IOException {
        boolean resolvesToTag = resolver.resolve(NodeId.scalar, value, true).equals(tag);
        scalar(tag.getValue(), value, new ImplicitTuple(resolvesToTag, false),
                resolvesToTag ? ScalarStyle.PLAIN : ScalarStyle.SINGLE_QUOTED);
    }

    private void binary(String base64) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < base64.length(); i += 76) {
            lines.append(base64, i, Math.min(base64.length(), i + 76)).append('\n');
        }
        scalar(Tag.BINARY.getValue(), lines.toString(), new ImplicitTuple(false, false), ScalarStyle.LITERAL);
    }

    private void scalar(String tag, String value, ImplicitTuple implicit, ScalarStyle style) throws IOException {
        emitter.emit(new ScalarEvent(null, tag, implicit, value, null, null, style));
    }
}
