package de.serviceportal.modules;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads light-module YAML into nested maps, keeping Magnolia's directives ({@code !include:}, {@code !inherit:},
 * {@code !override}, {@code !content-type:}) as {@link Directive} values for the {@link DirectiveResolver}.
 */
final class YamlReader {

    /** Thrown for unreadable YAML; carries the 1-based line. */
    static final class YamlProblem extends Exception {
        final int line;

        YamlProblem(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    Object read(InputStream in) throws YamlProblem {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(5 * 1024 * 1024);
        Yaml yaml = new Yaml(new DirectiveConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
        try {
            return yaml.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new YamlProblem(oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage()), line);
        } catch (YAMLException e) {
            throw new YamlProblem(oneLine(e.getMessage()), 0);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable YAML" : message.replaceAll("\\s+", " ").trim();
    }

    private static final class DirectiveConstructor extends SafeConstructor {

        DirectiveConstructor(LoaderOptions options) {
            super(options);
            yamlMultiConstructors.put("!include:", new DirectiveConstruct("!include:"));
            yamlMultiConstructors.put("!inherit:", new DirectiveConstruct("!inherit:"));
            yamlMultiConstructors.put("!content-type:", new DirectiveConstruct("!content-type:"));
            yamlMultiConstructors.put("!override", new DirectiveConstruct("!override"));
        }

        private final class DirectiveConstruct extends AbstractConstruct {
            private final String prefix;

            DirectiveConstruct(String prefix) {
                this.prefix = prefix;
            }

            @Override
            public Object construct(Node node) {
                String argument = node.getTag().getValue().substring(prefix.length());
                Object body = body(node);
                int line = node.getStartMark().getLine() + 1;
                return switch (prefix) {
                    case "!include:" -> new Directive.Include(argument, asMap(body, node), line);
                    case "!inherit:" -> new Directive.Inherit(argument, asMap(body, node), line);
                    case "!content-type:" -> new Directive.ContentType(argument, asMap(body, node), line);
                    default -> new Directive.Override(body);
                };
            }

            private Object body(Node node) {
                if (node instanceof MappingNode mapping) {
                    return constructMapping(mapping);
                }
                if (node instanceof SequenceNode sequence) {
                    return constructSequence(sequence);
                }
                String value = constructScalar((ScalarNode) node);
                return value.isEmpty() ? null : value;
            }

            @SuppressWarnings("unchecked")
            private Map<String, Object> asMap(Object body, Node node) {
                if (body == null) {
                    return Map.of();
                }
                if (body instanceof Map<?, ?> map) {
                    return (Map<String, Object>) map;
                }
                throw new YAMLException("line " + (node.getStartMark().getLine() + 1) + ": "
                        + node.getTag().getValue() + " takes no value or a mapping of overrides");
            }
        }
    }
}
