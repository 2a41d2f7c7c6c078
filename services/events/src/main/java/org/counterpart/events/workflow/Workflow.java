package org.counterpart.events.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.counterpart.events.EventType;

/**
 * How one kind of cooperation moves a request: where it starts and every {@link Transition}. Both
 * countries' services and the hub enforce it, and docs/cooperation.md is generated from it, so it is
 * the one place a kind's lifecycle is written.
 */
public final class Workflow {

    private final CooperationKind kind;
    private final RequestStatus start;
    private final Map<RequestAction, Transition> transitions;
    private final Set<RequestStatus> states;
    private final Set<RequestStatus> finalStates;

    Workflow(CooperationKind kind, RequestStatus start, List<Transition> rows) {
        this.kind = kind;
        this.start = start;
        Map<RequestAction, Transition> byAction = new EnumMap<>(RequestAction.class);
        for (Transition row : rows) {
            if (byAction.put(row.action(), row) != null) {
                throw new IllegalStateException(kind + " lists " + row.action() + " twice");
            }
        }
        this.transitions = Collections.unmodifiableMap(byAction);
        Set<RequestStatus> all = EnumSet.of(start);
        for (Transition row : rows) {
            all.addAll(row.from());
            all.add(row.to());
        }
        Set<RequestStatus> ending = EnumSet.copyOf(all);
        rows.forEach(row -> ending.removeAll(row.from()));
        this.states = Collections.unmodifiableSet(all);
        this.finalStates = Collections.unmodifiableSet(ending);
    }

    public CooperationKind kind() {
        return kind;
    }

    /** Where a new request of this kind stands. */
    public RequestStatus start() {
        return start;
    }

    /** Every row, in the order of {@link RequestAction}. */
    public List<Transition> transitions() {
        return List.copyOf(transitions.values());
    }

    public Optional<Transition> transition(RequestAction action) {
        return Optional.ofNullable(transitions.get(action));
    }

    /**
     * The row of {@code action} if it reaches the other side as {@code carrier}: what a receiver (the hub
     * or the other country) accepts from a message of that type, and nothing else.
     */
    public Optional<Transition> carriedAs(RequestAction action, EventType carrier) {
        return transition(action).filter(row -> row.carriedBy().equals(Optional.of(carrier)));
    }

    /** Every status a request of this kind can stand in, in the order of {@link RequestStatus}. */
    public Set<RequestStatus> states() {
        return states;
    }

    /** Where a request's story has ended: no action starts there. */
    public Set<RequestStatus> finalStates() {
        return finalStates;
    }

    public boolean isFinal(RequestStatus status) {
        return finalStates().contains(status);
    }

    /** The actions a holder of {@code hasRole} may take now on {@code side}'s copy, for error answers and buttons. */
    public List<RequestAction> available(RequestStatus status, Side side, Predicate<Role> hasRole) {
        return transitions.values().stream().filter(row -> row.allows(status, side, hasRole))
                .map(Transition::action).toList();
    }
}
