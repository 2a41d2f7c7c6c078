package org.counterpart.console.figures;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

/**
 * What each console gives the shared dashboard: its own page around the figures (header, navigation,
 * footer) and its own answer to a page the user may not open.
 */
public interface FiguresLayout {

    TemplateInstance page(Dashboard dashboard);

    Response notFound();
}
