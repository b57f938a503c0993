package de.serviceportal.rendering;

import javax.jcr.Node;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import de.serviceportal.caching.ContentReads;

/** Wraps JCR nodes as {@link ContentModel} wherever they appear (function results, lists). */
final class PortalObjectWrapper extends DefaultObjectWrapper {

    PortalObjectWrapper() {
        super(builder(), true);
    }

    private static DefaultObjectWrapperBuilder builder() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(FreemarkerSettings.VERSION);
        builder.setExposeFields(false);
        builder.setForceLegacyNonListCollections(false);
        builder.setIterableSupport(true);
        return builder;
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Node node) {
            ContentReads.node(node); // whatever a template touches, the cached page depends on
            return new ContentModel(node, this);
        }
        return super.handleUnknownType(object);
    }
}
