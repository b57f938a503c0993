package de.serviceportal.publishing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;

import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;
import org.xml.sax.SAXException;

import de.serviceportal.repository.ContentRepository;
import de.serviceportal.repository.IdentifierLookup;
import de.serviceportal.repository.Stamps;
import de.serviceportal.repository.Workspaces;

/**
 * Versions of content items in the draft store: a version on every publish and before every delete or restore.
 * A version is the item without its child items, kept as system-view XML under
 * {@code /versions/<2 chars>/<identifier>/<n>}, so it never shows up among content, queries or the search index.
 */
@Component
public class Versions {

    static final String ROOT = "/versions";

    public enum Reason {
        PUBLISH, DELETE, RESTORE, UNPUBLISH
    }

    /** One version; {@code path} is the repository path the item had then. */
    public record Version(String identifier, int number, String path, Instant created, String createdBy,
            Reason reason, String comment, String title) {
    }

    private final ContentRepository draft;
    private final IdentifierLookup lookup;

    Versions(ContentRepository draft, IdentifierLookup lookup) {
        this.draft = draft;
        this.lookup = lookup;
    }

    /** Adds a version of {@code item} to the item's session; the caller saves. */
    public Version add(Node item, Reason reason, String actor, String comment) throws RepositoryException {
        Session session = item.getSession();
        Node history = history(session, item.getIdentifier(), true);
        int number = history.hasProperty("last") ? (int) history.getProperty("last").getLong() + 1 : 1;
        history.setProperty("last", number);
        Node version = history.addNode(Integer.toString(number), "nt:unstructured");
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        version.setProperty("path", item.getPath());
        version.setProperty("created", now);
        version.setProperty("createdBy", actor);
        version.setProperty("reason", reason.name());
        version.setProperty("comment", comment == null ? "" : comment);
        version.setProperty("title", title(item));
        version.setProperty("content", session.getValueFactory().createBinary(
                new ByteArrayInputStream(serialise(item))));
        return version(item.getIdentifier(), version);
    }

    /** Newest first. */
    public List<Version> list(String identifier) {
        return draft.read(session -> {
            List<Version> versions = new ArrayList<>();
            Node history = history(session, identifier, false);
            if (history != null) {
                for (NodeIterator nodes = history.getNodes(); nodes.hasNext();) {
                    versions.add(0, version(identifier, nodes.nextNode()));
                }
            }
            return versions;
        });
    }

    public Optional<Version> get(String identifier, int number) {
        return draft.read(session -> {
            Node node = versionNode(session, identifier, number);
            return node == null ? Optional.empty() : Optional.of(version(identifier, node));
        });
    }

    /** What changed from version {@code from} to version {@code to}. */
    public ContentDiff compare(String identifier, int from, int to) {
        return draft.read(session -> ContentDiff.between(tree(session, identifier, from),
                tree(session, identifier, to)));
    }

    /** What changed from a version to the current draft. */
    public ContentDiff compareWithDraft(String identifier, int from) {
        return draft.read(session -> {
            Node item = lookup.find(session, identifier);
            return ContentDiff.between(tree(session, identifier, from), item == null ? null : ContentTree.of(item));
        });
    }

    /**
     * Makes the draft of the item what version {@code number} was, keeping its child items; the current draft
     * is kept as a version first. A deleted item comes back at its old place (its parent must exist).
     */
    public Version restore(String identifier, int number, String actor) {
        return draft.write(session -> {
            Node node = versionNode(session, identifier, number);
            if (node == null) {
                throw new PublishingException(PublishingException.Kind.NOT_FOUND,
                        "Version " + number + " gibt es nicht.");
            }
            byte[] content = bytes(node);
            Node current = lookup.find(session, identifier);
            String path = node.getProperty("path").getString();
            String parent;
            String name;
            if (current != null) {
                add(current, Reason.RESTORE, actor, "vor Wiederherstellung von Version " + number);
                parent = current.getParent().getPath();
                name = current.getName();
            } else {
                parent = path.substring(0, Math.max(1, path.lastIndexOf('/')));
                name = path.substring(path.lastIndexOf('/') + 1);
            }
            ItemReplacement.replace(session, lookup, parent, name, identifier, true, handler -> replay(content,
                    handler, name));
            Node restored = session.getNode((parent.equals("/") ? "" : parent) + "/" + name);
            new Stamps(actor).modified(restored);
            return version(identifier, node);
        });
    }

    private static String title(Node item) throws RepositoryException {
        return item.hasProperty("title") ? item.getProperty("title").getString() : item.getName();
    }

    private ContentTree tree(Session session, String identifier, int number) throws RepositoryException {
        Node node = versionNode(session, identifier, number);
        if (node == null) {
            throw new PublishingException(PublishingException.Kind.NOT_FOUND, "Version " + number + " gibt es nicht.");
        }
        return ContentTree.parse(bytes(node));
    }

    private static Node history(Session session, String identifier, boolean create) throws RepositoryException {
        String bucket = identifier.length() >= 2 ? identifier.substring(0, 2) : "_";
        String path = ROOT + "/" + bucket + "/" + identifier;
        if (session.nodeExists(path)) {
            return session.getNode(path);
        }
        if (!create) {
            return null;
        }
        Node node = session.getRootNode();
        for (String segment : new String[] {"versions", bucket, identifier}) {
            node = node.hasNode(segment) ? node.getNode(segment) : node.addNode(segment, "nt:unstructured");
        }
        return node;
    }

    private static Node versionNode(Session session, String identifier, int number) throws RepositoryException {
        Node history = history(session, identifier, false);
        return history != null && history.hasNode(Integer.toString(number))
                ? history.getNode(Integer.toString(number)) : null;
    }

    private static Version version(String identifier, Node node) throws RepositoryException {
        return new Version(identifier, Integer.parseInt(node.getName()), node.getProperty("path").getString(),
                node.getProperty("created").getDate().toInstant(), node.getProperty("createdBy").getString(),
                Reason.valueOf(node.getProperty("reason").getString()), node.getProperty("comment").getString(),
                node.getProperty("title").getString());
    }

    private static byte[] bytes(Node version) throws RepositoryException {
        try (InputStream in = version.getProperty("content").getBinary().getStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RepositoryException(e);
        }
    }

    static byte[] serialise(Node item) throws RepositoryException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerHandler serializer = ((SAXTransformerFactory) SAXTransformerFactory.newInstance())
                    .newTransformerHandler();
            serializer.getTransformer().setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            serializer.setResult(new StreamResult(out));
            ItemCopy.emit(item, false, serializer);
            return out.toByteArray();
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds a stored version into {@code target}, under {@code name} (the item may have been renamed since). */
    private static void replay(byte[] content, ContentHandler target, String name) {
        XMLFilterImpl renaming = new XMLFilterImpl() {
            private int depth;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes)
                    throws SAXException {
                Attributes shown = attributes;
                if ("node".equals(localName) && depth++ == 0) {
                    AttributesImpl renamed = new AttributesImpl(attributes);
                    renamed.setValue(renamed.getIndex(uri, "name"), name);
                    shown = renamed;
                }
                super.startElement(uri, localName, qName, shown);
            }
        };
        renaming.setContentHandler(target);
        ContentTree.parse(content, renaming);
    }
}
