package de.serviceportal.rendering;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/** The one place that says how template scripts are parsed and run (Magnolia conventions, escaping on). */
public final class FreemarkerSettings {

    static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private FreemarkerSettings() {
    }

    public static Configuration newConfiguration() {
        Configuration configuration = new Configuration(VERSION);
        configuration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        configuration.setInterpolationSyntax(Configuration.DOLLAR_INTERPOLATION_SYNTAX);
        // Every script produces HTML, whatever its extension, so ${...} is always escaped.
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8"); // for ?url
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setNumberFormat("computer");
        return configuration;
    }
}
