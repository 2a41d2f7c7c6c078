package org.counterpart.routing.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.Urgency;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.ContactPointRole;

/**
 * The directory's decision tree, as the EU Judicial Atlas asks it: requested country, channel, measure
 * (only what that country's authorities support), legal instrument (picked when only one applies),
 * urgency (the 24/7 point), region of execution, and the role formal assistance must go through. Pure:
 * it decides from the candidates it is given, records each step, and warns about what will bite later.
 */
public final class Router {

    private static final Set<ContactPointRole> FORMAL_ROLES = EnumSet.of(ContactPointRole.CENTRAL_AUTHORITY,
            ContactPointRole.RECEIVING_AUTHORITY, ContactPointRole.EXECUTING_AUTHORITY, ContactPointRole.URGENT_24_7);
    /** Who receives a formal request, best first: the central authority, then a receiving, then an executing one. */
    private static final List<ContactPointRole> FORMAL_PREFERENCE = List.of(ContactPointRole.CENTRAL_AUTHORITY,
            ContactPointRole.RECEIVING_AUTHORITY, ContactPointRole.EXECUTING_AUTHORITY, ContactPointRole.URGENT_24_7);

    private Router() {
    }

    /** {@code candidates}: the active directory entries of the requested country. */
    public static RoutingDecision decide(RoutingQuery query, List<ContactPoint> candidates, Period staleAfter,
            LocalDate today) {
        Country country = query.requestedCountry();
        List<String> path = new ArrayList<>();
        if (candidates.isEmpty()) {
            path.add("requested country " + country + ": no active contact point");
            return RoutingDecision.unroutable(path, "No active contact point in the directory for " + country);
        }
        path.add("requested country " + country + ": " + candidates.size() + " active contact point(s)");

        boolean formal = query.channel() == RoutingQuery.Channel.FORMAL;
        List<ContactPoint> onChannel = candidates.stream()
                .filter(c -> formal ? FORMAL_ROLES.contains(c.role) : c.role == ContactPointRole.LIAISON).toList();
        if (onChannel.isEmpty()) {
            path.add("channel " + query.channel() + ": none of them");
            return RoutingDecision.unroutable(path, formal
                    ? "No authority of " + country + " receives formal requests"
                    : "No liaison point of " + country + " for informal agency-to-agency exchange");
        }
        path.add("channel " + query.channel() + ": " + ids(onChannel));

        List<ContactPoint> supporting = onChannel.stream().filter(c -> c.supports(query.measure())).toList();
        if (supporting.isEmpty()) {
            path.add("measure " + query.measure() + ": supported by none of them");
            return RoutingDecision.unroutable(path, "No contact point of " + country + " handles " + query.measure());
        }
        path.add("measure " + query.measure() + ": supported by " + ids(supporting));

        List<ContactPoint> underInstrument = byInstrument(query.legalBasis(), supporting, path);
        if (underInstrument.isEmpty()) {
            return RoutingDecision.unroutable(path, "No authority of " + country + " for " + query.measure()
                    + " acts under " + query.legalBasis());
        }

        List<String> warnings = new ArrayList<>();
        ContactPoint chosen = choose(query, underInstrument, path, warnings);
        path.add("chosen: " + chosen.role + " " + chosen.id + " (" + chosen.authority + ")");
        warnAbout(chosen, query, staleAfter, today, warnings);
        return new RoutingDecision(chosen, path, null, warnings);
    }

    private static List<ContactPoint> byInstrument(LegalBasis basis, List<ContactPoint> supporting, List<String> path) {
        if (basis != null) {
            List<ContactPoint> acting = supporting.stream().filter(c -> c.actsUnder(basis)).toList();
            path.add("legal instrument " + basis + ": " + (acting.isEmpty() ? "none of them acts under it" : ids(acting)));
            return acting;
        }
        Set<LegalBasis> applicable = new TreeSet<>();
        for (LegalBasis candidate : LegalBasis.values()) {
            if (supporting.stream().anyMatch(c -> c.actsUnder(candidate))) {
                applicable.add(candidate);
            }
        }
        path.add(applicable.size() == 1
                ? "legal instrument: only " + applicable.iterator().next() + " applies, so it is picked"
                : "legal instrument: not given; " + applicable + " apply");
        return supporting;
    }

    /**
     * An urgent request goes to the 24/7 point when there is one; otherwise formal requests go to the
     * central authority, naming the executing authority for the region of execution when the directory has one.
     */
    private static ContactPoint choose(RoutingQuery query, List<ContactPoint> candidates, List<String> path,
            List<String> warnings) {
        if (query.urgency() == Urgency.URGENT) {
            List<ContactPoint> urgent = candidates.stream().filter(c -> c.role == ContactPointRole.URGENT_24_7).toList();
            if (!urgent.isEmpty()) {
                path.add("urgent: 24/7 point " + urgent.get(0).id);
                return urgent.get(0);
            }
            path.add("urgent: no 24/7 point for this measure");
            warnings.add("No 24/7 point: the urgent request goes the ordinary way; consider fast means as well");
        }
        List<ContactPoint> receiving = candidates.stream().filter(c -> c.role != ContactPointRole.URGENT_24_7).toList();
        List<ContactPoint> pool = receiving.isEmpty() ? candidates : receiving;
        String region = query.regionOfExecution();
        if (region != null && !region.isBlank()) {
            List<ContactPoint> local = pool.stream().filter(c -> !c.isNationwide() && c.serves(region)).toList();
            path.add("region of execution " + region + ": " + (local.isEmpty() ? "no regional authority; nationwide ones serve it"
                    : "served by " + ids(local)));
            if (!local.isEmpty() && pool.stream().noneMatch(c -> c.role == ContactPointRole.CENTRAL_AUTHORITY)) {
                pool = local;
            }
        }
        return pool.stream()
                .min(Comparator.comparing((ContactPoint c) -> FORMAL_PREFERENCE.indexOf(c.role) < 0
                                ? Integer.MAX_VALUE : FORMAL_PREFERENCE.indexOf(c.role))
                        .thenComparing(c -> c.id))
                .orElseThrow();
    }

    private static void warnAbout(ContactPoint chosen, RoutingQuery query, Period staleAfter, LocalDate today,
            List<String> warnings) {
        List<String> accepted = query.urgency() == Urgency.URGENT ? chosen.urgentLanguageList() : chosen.languages;
        if (query.language() != null && !accepted.contains(query.language())) {
            warnings.add("Translation needed: " + chosen.id + " accepts " + accepted + ", the request is in "
                    + query.language());
        }
        if (chosen.isStale(staleAfter, today)) {
            warnings.add(chosen.id + " is stale: " + (chosen.lastVerified == null ? "never confirmed"
                    : "last confirmed " + chosen.lastVerified) + " by its country");
        }
        if (chosen.illustrative) {
            warnings.add(chosen.id + " is illustrative seed data, not yet confirmed by " + chosen.country);
        }
        if (chosen.eSignatureRequired) {
            warnings.add(chosen.id + " requires an electronic signature on the request");
        }
        if (chosen.encryptionRequired) {
            warnings.add(chosen.id + " requires encrypted content");
        }
        if (chosen.attachmentLimitBytes != null) {
            warnings.add(chosen.id + " accepts attachments up to " + chosen.attachmentLimitBytes + " bytes");
        }
    }

    private static String ids(List<ContactPoint> points) {
        return String.join(", ", points.stream().map(p -> p.id).toList());
    }
}
