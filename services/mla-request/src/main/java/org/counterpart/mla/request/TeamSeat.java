package org.counterpart.mla.request;

import org.counterpart.events.Country;

/** Someone on a joint investigation team, and the state whose member they are (only it may take them off). */
public record TeamSeat(Country state, String name, String agency) {
}
