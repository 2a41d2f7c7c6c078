package org.counterpart.mla.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.counterpart.events.ClockAlert;
import org.counterpart.events.EventType;
import org.counterpart.events.MessageKind;
import org.counterpart.events.RefusalGround;
import org.counterpart.events.RequestContent;
import org.counterpart.events.TransportReceipt;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.ActionField;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.events.workflow.RequestStatus;
import org.counterpart.mla.notice.NoticeKind;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.request.FastMeans;

/**
 * The vocabulary's names as the console shows them ({@code voc:statusOf(r.status)}), constant by constant
 * in {@code messages/voc.properties} (English) and {@code messages/voc_<language>.properties}: the build
 * fails when a language lacks a constant. A bundle of its own, apart from {@link ConsoleMessages}: one
 * bundle with every text and every constant is more than Qute 3.33 generates valid bytecode for.
 */
@MessageBundle(value = "voc", locale = "en")
public interface VocabularyLabels {

    @Message
    String statusOf(RequestStatus status);

    @Message
    String action(RequestAction action);

    @Message
    String urgencyOf(Urgency urgency);

    @Message
    String ground(RefusalGround ground);

    @Message
    String actionField(ActionField field);

    @Message
    String directionOf(Direction direction);

    @Message
    String draftField(DraftField field);

    @Message
    String translation(RequestContent.TranslationStatus status);

    @Message
    String handling(RequestContent.HandlingLevel level);

    @Message
    String personRoleOf(RequestContent.PersonRole role);

    @Message
    String victimStatusOf(RequestContent.VictimStatus status);

    @Message
    String messageKind(MessageKind kind);

    @Message
    String clock(ClockAlert.Clock clock);

    @Message
    String alertLevel(ClockAlert.Level level);

    @Message
    String evidence(TransportReceipt.Evidence evidence);

    @Message
    String section(WorklistSection section);

    @Message
    String eventType(EventType type);

    @Message
    String fastMeansChannel(FastMeans.Channel channel);

    /** An e-mail notice's subject: what needs the person, and nothing of the request. */
    @Message
    String notice(NoticeKind kind);
}
