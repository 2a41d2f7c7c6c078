package org.counterpart.mla.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.counterpart.events.workflow.RequestAction;
import org.counterpart.mla.request.ClockAlertEntry;
import org.counterpart.mla.request.RequestService;
import org.counterpart.mla.request.RequestService.Handled;
import org.counterpart.mla.request.RequestSummary;
import org.counterpart.mla.thread.ThreadMessage;
import org.counterpart.platform.security.Caller;

/**
 * What needs one person now, from the requests whose content they know: drafts to finish, requests
 * waiting for an action of theirs, incoming requests to acknowledge, clocks that warned or were
 * breached, written confirmations owed, messages not yet read. Alerts and unread messages are read in
 * one query each for all the requests.
 */
@ApplicationScoped
public class Worklists {

    /** Rows a section shows: a page stays quick to send and to read however much work is in hand. */
    static final int SHOWN = 25;

    /**
     * One section of the worklist: how many requests are in it, and the first {@value #SHOWN} of them in its
     * order (the newest, or the soonest due: {@link WorklistSection#dueFirst}).
     */
    public record Section(WorklistSection key, List<RequestSummary> requests, int count) {

        static Section of(WorklistSection key, List<RequestSummary> all) {
            return new Section(key, List.copyOf(all.subList(0, Math.min(SHOWN, all.size()))), all.size());
        }

        public boolean hasMore() {
            return count > requests.size();
        }
    }

    public record Worklist(List<Section> sections) {
    }

    private final RequestService requests;

    Worklists(RequestService requests) {
        this.requests = requests;
    }

    public Worklist of(Caller caller) {
        List<Handled> handled = requests.handled(caller);
        List<UUID> ids = handled.stream().map(h -> h.summary().id()).toList();
        Set<UUID> alerting = ids.isEmpty() ? Set.of() : ClockAlertEntry.<ClockAlertEntry>list("key.requestId in ?1", ids)
                .stream().map(alert -> alert.key.requestId()).collect(Collectors.toSet());
        Set<UUID> unread = ids.isEmpty() ? Set.of() : ThreadMessage.<ThreadMessage>list(
                "requestId in ?1 and direction = ?2 and readAt is null", ids, ThreadMessage.Direction.RECEIVED)
                .stream().map(message -> message.requestId).collect(Collectors.toSet());
        Map<UUID, RequestSummary> byId = handled.stream()
                .collect(Collectors.toMap(h -> h.summary().id(), Handled::summary, (a, b) -> a));
        return new Worklist(List.of(
                section(WorklistSection.DRAFTS, handled, h -> Drafting.editable(h.summary())),
                section(WorklistSection.TO_ACKNOWLEDGE, handled, h -> h.allowedActions().contains(RequestAction.ACKNOWLEDGE)),
                section(WorklistSection.AWAITING_ACTION, handled, h -> !h.allowedActions().isEmpty()
                        && !h.allowedActions().contains(RequestAction.ACKNOWLEDGE)
                        && !Drafting.editable(h.summary())
                        && !onlyEnding(h.allowedActions())),
                section(WorklistSection.CLOCKS_ALERTING, handled, h -> alerting.contains(h.summary().id())),
                Section.of(WorklistSection.CONFIRMATIONS_OWED, requests.awaitingWrittenConfirmation(caller).stream()
                        .filter(owed -> byId.containsKey(owed.id())).toList()),
                Section.of(WorklistSection.UNREAD_MESSAGES, ids.stream().filter(unread::contains).map(byId::get).toList())));
    }

    /** A request whose only open actions end it (withdraw, close) is waiting for the other side, not for this person. */
    private static boolean onlyEnding(List<RequestAction> actions) {
        return actions.stream().allMatch(a -> a == RequestAction.WITHDRAW || a == RequestAction.CLOSE);
    }

    private static Section section(WorklistSection key, List<Handled> handled, Predicate<Handled> needs) {
        return Section.of(key, handled.stream().filter(needs).map(Handled::summary).toList());
    }
}
