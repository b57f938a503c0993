package de.serviceportal.rendering;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import de.serviceportal.caching.ContentReads;
import de.serviceportal.repository.Workspaces;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleDate;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.WrappingTemplateModel;
import freemarker.ext.util.WrapperTemplateModel;

/**
 * A content node as templates see it ({@code content} in Magnolia): properties by name, in the page's language
 * when a {@code name_<lang>} variant exists, child nodes by name, and {@code @name}, {@code @path}, {@code @id},
 * {@code @nodeType}, {@code @depth}, {@code @workspace}.
 */
final class ContentModel extends WrappingTemplateModel
        implements TemplateHashModelEx, AdapterTemplateModel, WrapperTemplateModel {

    private final Node node;

    ContentModel(Node node, PortalObjectWrapper wrapper) {
        super(wrapper);
        this.node = node;
    }

    Node node() {
        return node;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        try {
            if (key.startsWith("@")) {
                return special(key);
            }
            Property property = localised(key);
            if (property != null) {
                return value(property);
            }
            if (!key.isEmpty() && key.indexOf('/') < 0 && node.hasNode(key)) {
                return getObjectWrapper().wrap(node.getNode(key));
            }
            return null;
        } catch (javax.jcr.RepositoryException e) {
            throw new TemplateModelException("Cannot read '" + key + "' of " + describe(), e);
        }
    }

    private Property localised(String key) throws RepositoryException {
        if (key.isEmpty() || key.indexOf('/') >= 0 || key.indexOf('[') >= 0) {
            return null;
        }
        RenderContext context = RenderContext.currentOrNull();
        if (context != null && !context.defaultLanguage()) {
            String localised = key + "_" + context.locale().getLanguage();
            if (node.hasProperty(localised)) {
                return node.getProperty(localised);
            }
        }
        return node.hasProperty(key) ? node.getProperty(key) : null;
    }

    private TemplateModel special(String key) throws RepositoryException, TemplateModelException {
        String path = node.getPath();
        return switch (key) {
            case "@name" -> new SimpleScalar(node.getName());
            case "@path" -> new SimpleScalar(Workspaces.toWorkspacePath(path));
            case "@id", "@uuid" -> new SimpleScalar(node.getIdentifier());
            case "@nodeType" -> new SimpleScalar(node.getPrimaryNodeType().getName());
            case "@workspace" -> new SimpleScalar(Workspaces.workspaceOf(path));
            case "@depth" -> new SimpleNumber(Math.max(0, node.getDepth() - 1));
            case "@nodes" -> {
                ContentReads.listing(node);
                List<TemplateModel> children = new ArrayList<>();
                for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                    children.add(getObjectWrapper().wrap(it.nextNode()));
                }
                yield new SimpleSequence(children, null);
            }
            default -> null;
        };
    }

    private static TemplateModel value(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            List<TemplateModel> values = new ArrayList<>();
            for (Value value : property.getValues()) {
                values.add(single(value));
            }
            return new SimpleSequence(values, null);
        }
        return single(property.getValue());
    }

    private static TemplateModel single(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.BOOLEAN -> value.getBoolean() ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            case PropertyType.LONG -> new SimpleNumber(value.getLong());
            case PropertyType.DOUBLE -> new SimpleNumber(value.getDouble());
            case PropertyType.DECIMAL -> new SimpleNumber(value.getDecimal());
            case PropertyType.DATE -> {
                Calendar calendar = value.getDate();
                yield new SimpleDate(calendar.getTime(), TemplateDateModel.DATETIME);
            }
            case PropertyType.BINARY -> null;
            default -> new SimpleScalar(value.getString());
        };
    }

    @Override
    public int size() throws TemplateModelException {
        try {
            return (int) (node.getProperties().getSize() + node.getNodes().getSize());
        } catch (RepositoryException e) {
            throw new TemplateModelException(e);
        }
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
        try {
            List<String> keys = new ArrayList<>();
            for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
                keys.add(it.nextProperty().getName());
            }
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                keys.add(it.nextNode().getName());
            }
            return new SimpleCollection(keys, getObjectWrapper());
        } catch (RepositoryException e) {
            throw new TemplateModelException(e);
        }
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<TemplateModel> values = new ArrayList<>();
        for (var it = keys().iterator(); it.hasNext(); ) {
            values.add(get(((freemarker.template.TemplateScalarModel) it.next()).getAsString()));
        }
        return new SimpleCollection(values, getObjectWrapper());
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return node;
    }

    @Override
    public Object getWrappedObject() {
        return node;
    }

    private String describe() {
        try {
            return node.getPath();
        } catch (RepositoryException e) {
            return "a node";
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
