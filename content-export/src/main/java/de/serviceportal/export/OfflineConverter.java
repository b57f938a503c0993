package de.serviceportal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;

import org.xml.sax.SAXException;

/**
 * Converts and checks bootstrap files without a repository (used by the command line tool). Checks cover syntax,
 * names, values, duplicate keys and identifiers and namespace prefixes - not node type rules, which need the
 * repository's node types.
 */
public final class OfflineConverter {

    private OfflineConverter() {
    }

    /** All problems of a .yaml/.yml or .xml file; an empty list means the file is fine. */
    public static List<ImportException> validate(String fileName, InputStream in) throws IOException {
        List<ImportException> problems = new ArrayList<>();
        ParsedContent content;
        try {
            content = read(fileName, in);
        } catch (ImportException e) {
            return List.of(e);
        }
        for (Problem problem : content.problems()) {
            problems.add(new ImportException(fileName, problem.line(), problem.message()));
        }
        if (content.problems().isEmpty()) {
            for (Map.Entry<String, Integer> used : unknownPrefixes(content).entrySet()) {
                problems.add(new ImportException(fileName, used.getValue(),
                        "Unbekanntes Namensraum-Präfix '" + used.getKey() + "'"));
            }
        }
        return problems;
    }

    /**
     * Converts between Magnolia YAML and JCR system-view XML; both formats are chosen by the file names.
     *
     * @throws ImportException on the first problem in the input
     */
    public static void convert(String inName, InputStream in, String outName, OutputStream out)
            throws ImportException, IOException {
        ParsedContent content = read(inName, in);
        content.throwIfProblems(inName);
        if (isYaml(outName)) {
            MagnoliaYamlWriter.write(content.roots(), out);
        } else if (isXml(outName)) {
            writeSystemView(inName, content, out);
        } else {
            throw new ImportException(outName, 0, "Unbekanntes Dateiformat (erwartet .yaml, .yml oder .xml)");
        }
    }

    private static ParsedContent read(String fileName, InputStream in) throws ImportException, IOException {
        if (isYaml(fileName)) {
            return MagnoliaYamlReader.read(in);
        }
        if (isXml(fileName)) {
            return SystemViewReader.read(in);
        }
        throw new ImportException(fileName, 0, "Unbekanntes Dateiformat (erwartet .yaml, .yml oder .xml)");
    }

    private static Map<String, Integer> unknownPrefixes(ParsedContent content) {
        Map<String, Integer> unknown = new TreeMap<>();
        Namespaces.usedPrefixes(content.roots()).forEach((prefix, line) -> {
            if (!Namespaces.WELL_KNOWN.containsKey(prefix) && !content.namespaces().containsKey(prefix)) {
                unknown.put(prefix, line);
            }
        });
        return unknown;
    }

    private static void writeSystemView(String inName, ParsedContent content, OutputStream out)
            throws ImportException {
        if (content.roots().size() != 1) {
            throw new ImportException(inName, 0, "System-View-XML kann genau einen Wurzelknoten enthalten, die Datei "
                    + "hat " + content.roots().size());
        }
        Map<String, Integer> unknown = unknownPrefixes(content);
        if (!unknown.isEmpty()) {
            Map.Entry<String, Integer> first = unknown.entrySet().iterator().next();
            throw new ImportException(inName, first.getValue(), "Unbekanntes Namensraum-Präfix '" + first.getKey()
                    + "'");
        }
        Map<String, String> namespaces = new TreeMap<>();
        namespaces.put("sv", SystemViewEvents.SV);
        for (String prefix : Namespaces.usedPrefixes(content.roots()).keySet()) {
            namespaces.put(prefix, content.namespaces().getOrDefault(prefix, Namespaces.WELL_KNOWN.get(prefix)));
        }
        try {
            SAXTransformerFactory factory = (SAXTransformerFactory) TransformerFactory.newInstance();
            TransformerHandler handler = factory.newTransformerHandler();
            Transformer transformer = handler.getTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            handler.setResult(new StreamResult(out));
            SystemViewEvents.emit(content.roots().get(0), namespaces, handler, new int[1]);
        } catch (TransformerConfigurationException | SAXException e) {
            throw new ImportException(inName, 0, "XML konnte nicht geschrieben werden: " + e.getMessage(), e);
        }
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static boolean isXml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }
}
