package org.counterpart.mla.console;

import io.quarkus.qute.TemplateData;
import org.counterpart.events.MessageKind;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.ActionField;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.mla.attachment.Attachment;
import org.counterpart.mla.request.CaseAccess;
import org.counterpart.mla.request.Direction;
import org.counterpart.mla.thread.ThreadMessage;

/**
 * The vocabulary's constants the templates compare with, by name in their own namespace
 * ({@code ActionField:NOTE}), so a misspelt constant fails the build instead of never matching.
 */
@TemplateData(target = ActionField.class, namespace = "ActionField")
@TemplateData(target = RequestAction.class, namespace = "RequestAction")
@TemplateData(target = MessageKind.class, namespace = "MessageKind")
@TemplateData(target = Direction.class, namespace = "Direction")
@TemplateData(target = CooperationKind.class, namespace = "CooperationKind")
@TemplateData(target = CaseAccess.class, namespace = "CaseAccess")
@TemplateData(target = Urgency.class, namespace = "Urgency")
@TemplateData(target = Attachment.State.class, namespace = "AttachmentState")
@TemplateData(target = Attachment.Origin.class, namespace = "AttachmentOrigin")
@TemplateData(target = ThreadMessage.Direction.class, namespace = "ThreadDirection")
final class TemplateVocabulary {

    private TemplateVocabulary() {
    }
}
