package de.serviceportal.plugins;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.springframework.stereotype.Component;

import de.serviceportal.caching.ContentReads;
import de.serviceportal.plugin.ComponentModel;
import de.serviceportal.plugin.ComponentRequest;
import jakarta.servlet.http.HttpServletRequest;

/** The {@link ComponentModel}s of all plugins by template id; the renderer asks here before a component's script. */
@Component
public class ComponentModels {

    private final Map<String, ComponentModel> byTemplate = new LinkedHashMap<>();

    ComponentModels(List<ComponentModel> models) {
        for (ComponentModel model : models) {
            ComponentModel other = byTemplate.putIfAbsent(model.templateId(), model);
            if (other != null) {
                throw new IllegalStateException("Two component models for " + model.templateId() + ": "
                        + other.getClass().getName() + " and " + model.getClass().getName());
            }
        }
    }

    /** The model for one rendering of the component, or null when no plugin supplies one for its template. */
    public Object create(String templateId, Node component, String site, Locale locale, HttpServletRequest request)
            throws RepositoryException {
        ComponentModel model = templateId == null ? null : byTemplate.get(templateId);
        if (model == null) {
            return null;
        }
        ContentReads.uncacheable(); // a plugin's data (database, request) is no content a publication announces
        return model.create(new Request(properties(component), site, locale, parameters(request)));
    }

    boolean has(String templateId) {
        return byTemplate.containsKey(templateId);
    }

    private record Request(Map<String, Object> properties, String site, Locale locale,
            Map<String, List<String>> parameters) implements ComponentRequest {
    }

    /** The editor-set properties; the repository's own ({@code jcr:}, {@code mgnl:}) and binaries are left out. */
    static Map<String, Object> properties(Node node) throws RepositoryException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            String name = property.getName();
            if (name.startsWith("jcr:") || name.startsWith("mgnl:") || property.getType() == PropertyType.BINARY) {
                continue;
            }
            if (property.isMultiple()) {
                List<Object> values = new ArrayList<>();
                for (Value value : property.getValues()) {
                    values.add(value(value));
                }
                properties.put(name, Collections.unmodifiableList(values));
            } else {
                properties.put(name, value(property.getValue()));
            }
        }
        return Collections.unmodifiableMap(properties);
    }

    private static Object value(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.DECIMAL -> value.getDecimal() == null ? BigDecimal.ZERO : value.getDecimal();
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.DATE -> OffsetDateTime.ofInstant(value.getDate().toInstant(),
                    value.getDate().getTimeZone().toZoneId());
            default -> value.getString();
        };
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        if (request == null) {
            return Map.of();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.copyOf(Arrays.asList(values))));
        return Collections.unmodifiableMap(parameters);
    }
}
