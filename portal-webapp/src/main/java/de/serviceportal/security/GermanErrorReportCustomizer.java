package de.serviceportal.security;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link GermanErrorReportValve} in place of Tomcat's (and Spring Boot's) {@link ErrorReportValve}.
 * Runs last, so that Boot's own valve, added by an earlier customizer, is already there to be replaced.
 */
@Component
class GermanErrorReportCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof GermanErrorReportValve)) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new GermanErrorReportValve());
            if (host instanceof StandardHost standardHost) {
                // Otherwise the host adds a plain ErrorReportValve of its own when it starts.
                standardHost.setErrorReportValveClass(GermanErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
