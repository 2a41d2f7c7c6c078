package org.counterpart.events.workflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.counterpart.events.EventType;

/**
 * One row of a kind's workflow: {@code action}, taken by one of {@code roles} on {@code side}'s copy of a
 * request standing in one of {@code from}, moves it to {@code to}; its body must carry {@code requires}.
 * A shared action reaches the other side as {@code carriedBy} (once the other side holds the request),
 * and the other side's copy follows it; a local one concerns only the side that took it.
 */
public record Transition(
        RequestAction action,
        Side side,
        Set<Role> roles,
        Set<RequestStatus> from,
        RequestStatus to,
        Set<ActionField> requires,
        Optional<EventType> carriedBy,
        String meaning) {

    public Transition {
        roles = ordered(roles, Role.class);
        from = ordered(from, RequestStatus.class);
        requires = ordered(requires, ActionField.class);
    }

    /** In declaration order, so that everything rendered from the table reads the same every time. */
    private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    public boolean shared() {
        return carriedBy.isPresent();
    }

    public boolean startsFrom(RequestStatus status) {
        return from.contains(status);
    }

    public boolean mayBeTakenBy(Predicate<Role> hasRole) {
        return roles.stream().anyMatch(hasRole);
    }

    /** Whether a holder of {@code hasRole} may take it now on {@code onSide}'s copy standing in {@code status}. */
    public boolean allows(RequestStatus status, Side onSide, Predicate<Role> hasRole) {
        return side == onSide && startsFrom(status) && mayBeTakenBy(hasRole);
    }
}
