package org.counterpart.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.ExploitationForm;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.DirectoryRole;

/**
 * The network's terms every console shows ({@code terms:measureOf(m)}), named once for all of them,
 * constant by constant in {@code messages/terms.properties} (English) and {@code terms_<language>}: the
 * build of each console fails when a language lacks a constant. Each console names its own words in
 * bundles of its own.
 */
@MessageBundle(value = "terms", locale = "en")
public interface TermLabels {

    @Message
    String kindOf(CooperationKind kind);

    @Message
    String measureOf(AssistanceType measure);

    @Message
    String basis(LegalBasis basis);

    @Message
    String roleOf(DirectoryRole role);

    @Message
    String exploitationOf(ExploitationForm form);
}
