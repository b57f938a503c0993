package de.serviceportal.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.PropertyType;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a JCR system-view XML document into {@link ContentNode}s without a repository (for the CLI). Document
 * view XML is not supported here; the repository import accepts it, but it carries no reliable types.
 */
final class SystemViewReader extends DefaultHandler {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final List<ContentNode> roots = new ArrayList<>();
    private final Deque<ContentNode> stack = new ArrayDeque<>();
    private final Map<String, String> namespaces = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> uuidLines = new HashMap<>();
    private Locator locator;

    private String propertyName;
    private int propertyType;
    private boolean propertyMultiple;
    private int propertyLine;
    private List<String> values;
    private StringBuilder value;
    private boolean base64Value;

    private SystemViewReader() {
    }

    static ParsedContent read(InputStream in) throws IOException {
        SystemViewReader reader = new SystemViewReader();
        try {
            XMLReader xml = secureParserFactory().newSAXParser().getXMLReader();
            xml.setContentHandler(reader);
            xml.setErrorHandler(reader);
            xml.parse(new InputSource(in));
        } catch (SAXParseException e) {
            reader.problems.add(new Problem(Math.max(e.getLineNumber(), 0), "Ungültiges XML: " + e.getMessage()));
        } catch (StopReading e) {
            // problem already recorded
        } catch (SAXException | ParserConfigurationException e) {
            reader.problems.add(new Problem(reader.line(), "Ungültiges XML: " + e.getMessage()));
        }
        return new ParsedContent(reader.roots, reader.namespaces, reader.problems);
    }

    /** Namespace-aware parser without DTDs or external entities (bootstrap files are not trusted blindly). */
    static SAXParserFactory secureParserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory;
    }

    private static final class StopReading extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    private int line() {
        return locator != null ? Math.max(locator.getLineNumber(), 0) : 0;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        if (!prefix.isEmpty()) {
            namespaces.putIfAbsent(prefix, uri);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (!SystemViewEvents.SV.equals(uri)) {
            problems.add(new Problem(line(), "Kein JCR-System-View-XML: Element <" + qName
                    + "> gefunden, erwartet sind sv:node, sv:property und sv:value"));
            throw new StopReading();
        }
        switch (localName) {
            case "node" -> startNode(attributes);
            case "property" -> startProperty(attributes);
            case "value" -> {
                value = new StringBuilder();
                base64Value = "xs:base64Binary".equals(attributes.getValue(XSI, "type"));
            }
            default -> {
                problems.add(new Problem(line(), "Unbekanntes Element <" + qName + ">"));
                throw new StopReading();
            }
        }
    }

    private void startNode(Attributes attributes) throws SAXException {
        String name = attributes.getValue(SystemViewEvents.SV, "name");
        if (name == null) {
            problems.add(new Problem(line(), "<sv:node> ohne sv:name"));
            throw new StopReading();
        }
        String nameProblem = Values.nameProblem(name);
        if (nameProblem != null) {
            problems.add(new Problem(line(), nameProblem));
        }
        ContentNode node = new ContentNode(name, line());
        if (stack.isEmpty()) {
            roots.add(node);
        } else {
            stack.peek().children.add(node);
        }
        stack.push(node);
    }

    private void startProperty(Attributes attributes) throws SAXException {
        propertyName = attributes.getValue(SystemViewEvents.SV, "name");
        String type = attributes.getValue(SystemViewEvents.SV, "type");
        propertyLine = line();
        if (propertyName == null || type == null || stack.isEmpty()) {
            problems.add(new Problem(propertyLine, "<sv:property> braucht sv:name und sv:type und muss in einem "
                    + "<sv:node> stehen"));
            throw new StopReading();
        }
        try {
            propertyType = PropertyType.valueFromName(type);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(propertyLine, "Unbekannter Eigenschaftstyp '" + type + "'"));
            propertyType = PropertyType.STRING;
        }
        propertyMultiple = "true".equals(attributes.getValue(SystemViewEvents.SV, "multiple"));
        values = new ArrayList<>();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (value != null) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "value" -> {
                String text = value.toString();
                if (base64Value) {
                    text = Values.compactBase64(text)
                            .map(b -> new String(Base64.getDecoder().decode(b), StandardCharsets.UTF_8))
                            .orElse(text);
                }
                values.add(text);
                value = null;
            }
            case "property" -> endProperty();
            case "node" -> stack.pop();
            default -> {
                // not reached: unknown elements stop reading
            }
        }
    }

    private void endProperty() {
        String nameProblem = Values.nameProblem(propertyName);
        if (nameProblem != null) {
            problems.add(new Problem(propertyLine, nameProblem));
        }
        // JCR 1.0 documents have no sv:multiple; more or less than one value means multi-valued there.
        boolean multiple = propertyMultiple || values.size() != 1
                || propertyName.equals(MagnoliaYamlReader.MIXIN_TYPES);
        List<String> normalized = new ArrayList<>();
        for (String v : values) {
            normalized.add(normalize(v));
        }
        if (propertyName.equals(MagnoliaYamlReader.UUID) && normalized.size() == 1) {
            checkUuid(normalized.get(0));
        }
        stack.peek().properties.add(
                new ContentProperty(propertyName, propertyType, multiple, normalized, propertyLine));
        values = null;
    }

    private String normalize(String v) {
        Optional<String> ok = switch (propertyType) {
            case PropertyType.LONG -> parses(() -> Long.parseLong(v.trim())) ? Optional.of(v.trim()) : Optional.empty();
            case PropertyType.DOUBLE -> parses(() -> Double.parseDouble(v.trim()))
                    ? Optional.of(Double.toString(Double.parseDouble(v.trim()))) : Optional.empty();
            case PropertyType.DECIMAL -> Values.isDecimal(v) ? Optional.of(v.trim()) : Optional.empty();
            case PropertyType.BOOLEAN -> Optional.of(Boolean.toString(Boolean.parseBoolean(v.trim())));
            case PropertyType.DATE -> Values.toJcrDate(v);
            case PropertyType.BINARY -> Values.compactBase64(v);
            default -> Optional.of(v);
        };
        if (ok.isEmpty()) {
            problems.add(new Problem(propertyLine, "Wert '" + v + "' von Eigenschaft '" + propertyName
                    + "' passt nicht zum Typ " + PropertyType.nameFromValue(propertyType)));
            return v;
        }
        return ok.get();
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void checkUuid(String uuid) {
        if (!Values.isUuid(uuid)) {
            problems.add(new Problem(propertyLine, "'" + uuid + "' ist keine gültige jcr:uuid"));
            return;
        }
        Integer earlier = uuidLines.putIfAbsent(uuid, propertyLine);
        if (earlier != null) {
            problems.add(new Problem(propertyLine, "jcr:uuid '" + uuid + "' kommt mehrfach vor (zuerst in Zeile "
                    + earlier + ")"));
        }
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw e;
    }
}
