package org.counterpart.platform.security;

import java.util.Optional;
import org.counterpart.events.Agency;
import org.counterpart.events.workflow.Role;

/**
 * Whom a need-to-know rule is asked about: the caller of a page or the API, or someone who is not
 * calling now (a person an e-mail notice may reach), so both are judged by the same rule.
 */
public interface Person {

    String name();

    boolean hasRole(String role);

    default boolean hasRole(Role role) {
        return hasRole(role.claim());
    }

    /** The agency they work for, if their country's identity provider says one. */
    Optional<Agency> agency();
}
