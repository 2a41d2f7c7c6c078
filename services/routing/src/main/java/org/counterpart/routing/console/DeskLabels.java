package org.counterpart.routing.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The regional console's own names for its enums ({@code voc:section(s)}), constant by constant in
 * {@code messages/voc.properties} and {@code voc_<language>.properties}; the network's shared terms are
 * {@link org.counterpart.console.TermLabels}.
 */
@MessageBundle(value = "voc", locale = "en")
public interface DeskLabels {

    @Message
    String section(DeskSection section);

    @Message
    String notice(DirectoryNotice notice);
}
