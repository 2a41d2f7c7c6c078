package org.counterpart.platform.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import org.counterpart.platform.security.Caller;

/**
 * Who manages a service's keys: a country's service answers to that country's operator, the hub and
 * tracking to the regional operator.
 */
@ApplicationScoped
public class KeyOperators {

    private final OwnKeys own;

    KeyOperators(OwnKeys own) {
        this.own = own;
    }

    public void require(Caller caller) {
        boolean allowed = own.signer().isCountry() ? caller.speaksFor(own.signer().country()) : caller.isRegional();
        if (!allowed) {
            throw new ForbiddenException("only the operator of " + own.signer() + " manages its keys");
        }
    }
}
