package org.counterpart.routing.console;

import java.util.List;
import org.counterpart.events.Country;
import org.counterpart.routing.directory.ContactPoint;

/**
 * The directory as a page shows it: one country's entries ({@code country}) or every country's, all
 * or only the stale; {@code editable} when they are the signed-in correspondent's own.
 */
public record DirectoryListing(Country country, boolean staleOnly, List<Row> rows, boolean editable, String version,
        List<Country> countries) {

    public record Row(ContactPoint point, boolean stale) {
    }
}
