package de.serviceportal.plugin;

/**
 * Supplies the Java side of a component (Magnolia's {@code modelClass}): before the component's script runs, the
 * portal calls {@link #create} and hands the result to the script as {@code model} (absent when no bean is
 * registered for the template). A failure leaves the component out of the page; staff see a notice.
 */
public interface ComponentModel {

    /** The component template this model belongs to, e.g. {@code example:components/hello}. */
    String templateId();

    /** A new model for one rendering of one component; any object, read by the script as {@code model.x}. */
    Object create(ComponentRequest request);
}
