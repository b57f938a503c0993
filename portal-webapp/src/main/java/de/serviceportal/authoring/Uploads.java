package de.serviceportal.authoring;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

import de.serviceportal.repository.Stamps;

/**
 * Files of upload fields, stored as Magnolia does: a {@code mgnl:resource} child node named after the field with
 * {@code jcr:data}, {@code fileName}, {@code extension}, {@code jcr:mimeType} and {@code size}.
 */
final class Uploads {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final PropertyValues values;

    Uploads(PropertyValues values) {
        this.values = values;
    }

    void apply(Node node, Map<String, NodeValues.Upload> uploads, DialogForm form, String prefix,
            Set<String> changed, Stamps stamps) throws RepositoryException {
        for (Map.Entry<String, NodeValues.Upload> entry : uploads.entrySet()) {
            String name = entry.getKey();
            NodeValues.Upload upload = entry.getValue();
            DialogField field = form == null ? null : form.fields().get(name);
            if (field == null || !DialogField.UPLOADS.contains(field.fieldType())) {
                values.checkFailed(prefix + name, "Dieses Feld nimmt keine Datei.");
                continue;
            }
            if (upload.data() != null && upload.data().length > MAX_BYTES) {
                values.checkFailed(prefix + name, "Die Datei ist größer als 10 MB.");
                continue;
            }
            if (node.hasNode(name)) {
                node.getNode(name).remove();
            }
            if (upload.data() != null) {
                Node resource = node.addNode(name, "mgnl:resource");
                Binary binary = node.getSession().getValueFactory()
                        .createBinary(new ByteArrayInputStream(upload.data()));
                resource.setProperty("jcr:data", binary);
                String fileName = upload.fileName() == null || upload.fileName().isBlank() ? name
                        : upload.fileName().replaceAll(".*[/\\\\]", "");
                resource.setProperty("fileName", fileName);
                int dot = fileName.lastIndexOf('.');
                resource.setProperty("extension", dot < 0 ? "" : fileName.substring(dot + 1)
                        .toLowerCase(Locale.ROOT));
                resource.setProperty("jcr:mimeType", upload.mimeType() == null || upload.mimeType().isBlank()
                        ? "application/octet-stream" : upload.mimeType());
                resource.setProperty("size", (long) upload.data().length);
                stamps.created(resource);
            }
            changed.add(prefix + name);
        }
    }
}
