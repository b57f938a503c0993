package de.serviceportal.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.jcr.ItemExistsException;
import javax.jcr.NamespaceException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.ValueFormatException;
import javax.jcr.nodetype.ConstraintViolationException;
import javax.jcr.nodetype.NoSuchNodeTypeException;
import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Imports Magnolia bootstrap content (YAML export format or JCR system-view XML) into a JCR session.
 *
 * <p>Both formats go through the repository's own import content handler
 * ({@link Session#getImportContentHandler}), so identifiers, node types and the collision behaviour are handled
 * by the repository exactly as for {@link Session#importXML}. Nothing is saved: the caller decides when to call
 * {@link Session#save()}. After an {@link ImportException} the session may hold part of the import; the caller
 * should {@code session.refresh(false)}.
 */
public final class ContentImporter {

    private final Session session;

    public ContentImporter(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Imports a Magnolia YAML export below parentPath. Does NOT call session.save(); the caller saves. */
    public void importYaml(InputStream in, String parentPath, IdCollision onCollision) throws ImportException {
        importYaml(null, in, parentPath, onCollision);
    }

    /** Imports a JCR system-view (or document-view) XML document below parentPath. Does not save. */
    public void importSystemView(InputStream in, String parentPath, IdCollision onCollision)
            throws ImportException {
        importSystemView(null, in, parentPath, onCollision);
    }

    /** Chooses the format by file name (.yaml/.yml or .xml). Does not save. */
    public void importFile(String fileName, InputStream in, String parentPath, IdCollision onCollision)
            throws ImportException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            importYaml(fileName, in, parentPath, onCollision);
        } else if (lower.endsWith(".xml")) {
            importSystemView(fileName, in, parentPath, onCollision);
        } else {
            throw new ImportException(fileName, 0, "Unbekanntes Dateiformat (erwartet .yaml, .yml oder .xml)");
        }
    }

    private void importYaml(String fileName, InputStream in, String parentPath, IdCollision onCollision)
            throws ImportException {
        Objects.requireNonNull(onCollision, "onCollision");
        requireParent(fileName, parentPath);
        ParsedContent content = MagnoliaYamlReader.read(in);
        content.throwIfProblems(fileName);
        Map<String, String> namespaces = sessionNamespaces(fileName);
        for (Map.Entry<String, Integer> used : Namespaces.usedPrefixes(content.roots()).entrySet()) {
            if (!namespaces.containsKey(used.getKey())) {
                throw new ImportException(fileName, used.getValue(),
                        "Unbekanntes Namensraum-Präfix '" + used.getKey() + "'");
            }
        }
        for (ContentNode root : content.roots()) {
            int[] line = {root.line};
            try {
                ContentHandler handler = session.getImportContentHandler(parentPath, onCollision.jcrBehavior());
                SystemViewEvents.emit(root, namespaces, handler, line);
            } catch (SAXException | RepositoryException | RuntimeException e) {
                throw repositoryProblem(fileName, line[0], e);
            }
        }
    }

    private void importSystemView(String fileName, InputStream in, String parentPath, IdCollision onCollision)
            throws ImportException {
        Objects.requireNonNull(onCollision, "onCollision");
        requireParent(fileName, parentPath);
        LineTrackingHandler tracking = null;
        try {
            ContentHandler handler = session.getImportContentHandler(parentPath, onCollision.jcrBehavior());
            tracking = new LineTrackingHandler(handler);
            XMLReader reader = SystemViewReader.secureParserFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(tracking);
            reader.parse(new InputSource(in));
        } catch (SAXParseException e) {
            throw new ImportException(fileName, Math.max(e.getLineNumber(), 0), "Ungültiges XML: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new ImportException(fileName, 0, "Datei konnte nicht gelesen werden: " + e.getMessage(), e);
        } catch (SAXException | RepositoryException | ParserConfigurationException | RuntimeException e) {
            throw repositoryProblem(fileName, tracking != null ? tracking.line() : 0, e);
        }
    }

    private void requireParent(String fileName, String parentPath) throws ImportException {
        try {
            if (parentPath == null || !parentPath.startsWith("/") || !session.nodeExists(parentPath)) {
                throw new ImportException(fileName, 0, "Zielknoten '" + parentPath + "' existiert nicht");
            }
        } catch (RepositoryException e) {
            throw new ImportException(fileName, 0, "Zielknoten '" + parentPath + "' ist ungültig: "
                    + e.getMessage(), e);
        }
    }

    private Map<String, String> sessionNamespaces(String fileName) throws ImportException {
        try {
            Map<String, String> namespaces = new HashMap<>();
            for (String prefix : session.getNamespacePrefixes()) {
                if (!prefix.isEmpty() && !prefix.equals("xml")) {
                    namespaces.put(prefix, session.getNamespaceURI(prefix));
                }
            }
            return namespaces;
        } catch (RepositoryException e) {
            throw new ImportException(fileName, 0, "Namensräume nicht lesbar: " + e.getMessage(), e);
        }
    }

    /** Finds the repository's own exception inside SAX wrappers and words it for administrators. */
    private static ImportException repositoryProblem(String fileName, int line, Exception e) {
        Throwable cause = e;
        while (cause instanceof SAXException sax && (sax.getException() != null || sax.getCause() != null)) {
            cause = sax.getException() != null ? sax.getException() : sax.getCause();
        }
        String detail = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        String text;
        if (cause instanceof ItemExistsException) {
            text = "Knoten oder Identifier existiert bereits: " + detail;
        } else if (cause instanceof NoSuchNodeTypeException) {
            text = "Unbekannter Knotentyp: " + detail;
        } else if (cause instanceof ConstraintViolationException) {
            text = "Verstößt gegen die Knotentyp-Definition: " + detail;
        } else if (cause instanceof ValueFormatException) {
            text = "Ungültiger Wert: " + detail;
        } else if (cause instanceof NamespaceException) {
            text = "Unbekannter Namensraum: " + detail;
        } else {
            text = "Import fehlgeschlagen: " + detail;
        }
        return new ImportException(fileName, line, text, cause);
    }
}
