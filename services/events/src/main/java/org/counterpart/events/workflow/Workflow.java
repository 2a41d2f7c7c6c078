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
import org.counterpart.events.RefusalGround;

/**
 * How one kind of cooperation moves a request: where it starts, where the requester may still change
 * it, who receives it in the directory, the grounds it may be refused on, its clocks and every
 * {@link Transition}. Both countries' services and the hub enforce it, and docs/cooperation.md is
 * generated from it, so it is the one place a kind's lifecycle is written.
 */
public final class Workflow {

    private final CooperationKind kind;
    private final RequestStatus start;
    private final Set<RequestStatus> editable;
    private final Receivers receivers;
    private final Set<RefusalGround> refusalGrounds;
    private final List<ClockRule> clocks;
    private final Map<RequestAction, Transition> transitions;
    private final Set<RequestStatus> states;
    private final Set<RequestStatus> finalStates;

    /**
     * The directory entries that receive a request of the kind, best first; an urgent one goes to the
     * first of {@code urgent} the requested country has, before the others.
     */
    public record Receivers(List<DirectoryRole> ordinary, List<DirectoryRole> urgent) {
        public Receivers {
            ordinary = List.copyOf(ordinary);
            urgent = List.copyOf(urgent);
        }
    }

    Workflow(CooperationKind kind, RequestStatus start, Set<RequestStatus> editable, Receivers receivers,
            Set<RefusalGround> refusalGrounds, List<ClockRule> clocks, List<Transition> rows) {
        this.kind = kind;
        this.start = start;
        this.editable = Collections.unmodifiableSet(EnumSet.copyOf(editable));
        this.receivers = receivers;
        this.refusalGrounds = refusalGrounds.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(refusalGrounds));
        this.clocks = List.copyOf(clocks);
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

    /** Where the requester may still change the request's text: before it leaves, and where it must send it again. */
    public Set<RequestStatus> editable() {
        return editable;
    }

    public boolean isEditable(RequestStatus status) {
        return editable.contains(status);
    }

    /**
     * Who receives it, for a kind the directory routes by role. An informal exchange goes instead to the
     * agency it is addressed to ({@code Agency#receivedBy()}), so its ordinary list is empty.
     */
    public Receivers receivers() {
        return receivers;
    }

    /** The coded grounds a refusal of this kind may cite; none where the kind is declined in words. */
    public Set<RefusalGround> refusalGrounds() {
        return refusalGrounds;
    }

    public List<ClockRule> clocks() {
        return clocks;
    }

    /** The roles that act on {@code side}'s copy of a request of this kind. */
    public Set<Role> rolesOn(Side side) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        transitions.values().stream().filter(row -> row.side() == side).forEach(row -> roles.addAll(row.roles()));
        return roles;
    }

    /** Who may start a request of this kind: whoever takes its first step on the requesting side. */
    public Set<Role> drafters() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        transitions.values().stream().filter(row -> row.side() == Side.REQUESTING && row.startsFrom(start))
                .filter(row -> !row.to().equals(RequestStatus.WITHDRAWN))
                .forEach(row -> roles.addAll(row.roles()));
        return roles;
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
