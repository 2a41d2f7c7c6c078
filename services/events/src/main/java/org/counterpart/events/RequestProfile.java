package org.counterpart.events;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.counterpart.events.workflow.CooperationKind;

/**
 * What a transmitted request is, as coded metadata only: the dimensions the region's figures are cut by.
 * The hub copies it from the clear envelope of {@link RequestTransmitted} into the request's first
 * lifecycle fact, so tracking never reads a country's own message.
 *
 * @param submittedAt when the prosecutor handed it to the own central authority; absent for kinds without that step
 */
public record RequestProfile(
        CooperationKind kind,
        @MayBeAbsent AssistanceType assistanceType,
        @MayBeAbsent LegalBasis legalBasis,
        Urgency urgency,
        @MayBeAbsent List<ExploitationForm> exploitationForms,
        @MayBeAbsent Integer victimCount,
        @MayBeAbsent Instant submittedAt) {

    /** Each form once, in the vocabulary's order, whatever the sender wrote. */
    public RequestProfile {
        if (exploitationForms != null) {
            EnumSet<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
            exploitationForms.stream().filter(Objects::nonNull).forEach(forms::add);
            exploitationForms = List.copyOf(forms);
        }
    }

    public static RequestProfile of(RequestTransmitted request) {
        return new RequestProfile(request.kind(), request.assistanceType(), request.legalBasis(), request.urgency(),
                request.exploitationForms(), request.victimCount(), request.submittedAt());
    }
}
