package org.counterpart.events;

/** Someone on a joint investigation team; {@code joining} false means they leave it. */
public record TeamMember(String name, String agency, Boolean joining) {
}
