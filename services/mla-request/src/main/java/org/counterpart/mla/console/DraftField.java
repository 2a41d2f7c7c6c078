package org.counterpart.mla.console;

import java.util.function.Function;
import org.counterpart.events.RequestContent;

/**
 * The written parts of an MLA request's content the console's draft form offers, by the field path the
 * completeness check names them with, so a gap is shown next to its own field. Which of them a draft
 * asks for is the completeness rule's answer for its measure (see {@code DraftPage}), not a list here.
 */
public enum DraftField {
    REQUESTING_AUTHORITY("requestingAuthority", Input.TEXT, RequestContent::requestingAuthority),
    INVESTIGATING_AUTHORITY("investigatingAuthority", Input.TEXT, RequestContent::investigatingAuthority),
    PURPOSE("purpose", Input.TEXTAREA, RequestContent::purpose),
    MATTER_STATUS("matterStatus", Input.TEXT, RequestContent::matterStatus),
    MAXIMUM_PENALTY("maximumPenalty", Input.TEXT, RequestContent::maximumPenalty),
    LAW_TEXT("lawText", Input.TEXTAREA, RequestContent::lawText),
    ACTS_TO_ESTABLISH("actsToEstablish", Input.TEXTAREA, RequestContent::actsToEstablish),
    URGENCY_REASON("urgencyReason", Input.TEXTAREA, RequestContent::urgencyReason),
    WANTED_BY("wantedBy", Input.DATE, c -> c.wantedBy() == null ? null : c.wantedBy().toString()),
    TIME_LIMIT_REASONS("timeLimitReasons", Input.TEXTAREA, RequestContent::timeLimitReasons),
    ALLOWANCES("allowances", Input.TEXTAREA, RequestContent::allowances),
    SERVICE_METHOD("serviceMethod", Input.TEXT, RequestContent::serviceMethod),
    DOCUMENTS_OR_THINGS("documentsOrThings", Input.TEXTAREA, RequestContent::documentsOrThings),
    PLACE_TO_SEARCH("placeToSearch", Input.TEXTAREA, RequestContent::placeToSearch),
    PROPERTY_TO_SEIZE("propertyToSeize", Input.TEXTAREA, RequestContent::propertyToSeize),
    PROPERTY_TO_TRACE("propertyToTrace", Input.TEXTAREA, RequestContent::propertyToTrace),
    OTHER_ASSISTANCE("otherAssistance", Input.TEXTAREA, RequestContent::otherAssistance);

    public enum Input { TEXT, TEXTAREA, DATE }

    private final String name;
    private final Input input;
    private final Function<RequestContent, String> value;

    DraftField(String name, Input input, Function<RequestContent, String> value) {
        this.name = name;
        this.input = input;
        this.value = value;
    }

    /** The form field's name: the content field's name in the API. */
    public String formName() {
        return name;
    }

    /** The path the completeness check and the API's problems name it by. */
    public String path() {
        return "content." + name;
    }

    /** The field tag's input type: text, textarea or date. */
    public String inputType() {
        return input.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String valueIn(RequestContent content) {
        return content == null ? null : value.apply(content);
    }
}
