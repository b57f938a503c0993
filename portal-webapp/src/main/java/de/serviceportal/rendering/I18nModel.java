package de.serviceportal.rendering;

import java.util.Locale;

import de.serviceportal.modules.Definitions;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/** {@code i18n['key']} and {@code i18n.get('key', args…)}: messages in the page's language, German as fallback. */
final class I18nModel implements TemplateHashModel {

    private final Definitions.Messages messages;
    private final Locale locale;

    I18nModel(Definitions.Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public TemplateModel get(String key) {
        if ("get".equals(key)) {
            return (TemplateMethodModelEx) arguments -> {
                if (arguments.isEmpty()) {
                    throw new TemplateModelException("i18n.get needs a key");
                }
                String text = messages.get(String.valueOf(arguments.get(0)), locale);
                Object[] values = arguments.subList(1, arguments.size()).stream().map(String::valueOf).toArray();
                return new SimpleScalar(values.length == 0 ? text : java.text.MessageFormat.format(text, values));
            };
        }
        return new SimpleScalar(messages.get(key, locale));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
