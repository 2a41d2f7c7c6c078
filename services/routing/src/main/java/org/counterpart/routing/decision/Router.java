package org.counterpart.routing.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.Urgency;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.events.workflow.Workflow;
import org.counterpart.events.workflow.Workflows;
import org.counterpart.routing.directory.ContactPoint;

/**
 * The directory's decision tree, as the EU Judicial Atlas asks it, kind of cooperation first: requested
 * country, the kind (whose workflow names the directory roles that receive it, or for an informal
 * exchange the agency it is addressed to), measure (MLA: only what that country's authorities support),
 * legal instrument (picked when only one applies), urgency (the kind's urgent receivers), region of
 * execution, and the kind's order of preference. Pure: it decides from the candidates it is given, records
 * each step, and warns about what will bite later.
 */
public final class Router {

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

        List<DirectoryRole> receivers = receivers(query);
        if (receivers.isEmpty()) {
            path.add("kind " + query.kind() + ": addressed to no agency");
            return RoutingDecision.unroutable(path, "An informal exchange must name the agency it is addressed to");
        }
        List<ContactPoint> onKind = candidates.stream().filter(c -> receivers.contains(c.role)).toList();
        if (onKind.isEmpty()) {
            path.add("kind " + query.kind() + describeAgency(query) + ": none of them is " + receivers);
            return RoutingDecision.unroutable(path, "No " + receivers + " of " + country + " receives "
                    + query.kind() + describeAgency(query));
        }
        path.add("kind " + query.kind() + describeAgency(query) + ": " + ids(onKind));

        List<ContactPoint> supporting = onKind;
        if (query.measure() != null) {
            supporting = onKind.stream().filter(c -> c.supports(query.measure())).toList();
            if (supporting.isEmpty()) {
                path.add("measure " + query.measure() + ": supported by none of them");
                return RoutingDecision.unroutable(path, "No contact point of " + country + " handles " + query.measure());
            }
            path.add("measure " + query.measure() + ": supported by " + ids(supporting));
        }

        List<ContactPoint> underInstrument = byInstrument(query.legalBasis(), supporting, path);
        if (underInstrument.isEmpty()) {
            return RoutingDecision.unroutable(path, "No authority of " + country + " for " + query.kind()
                    + " acts under " + query.legalBasis());
        }

        List<String> warnings = new ArrayList<>();
        ContactPoint chosen = choose(query, underInstrument, receivers, path, warnings);
        path.add("chosen: " + chosen.role + " " + chosen.id + " (" + chosen.authority + ")");
        warnAbout(chosen, query, staleAfter, today, warnings);
        return new RoutingDecision(chosen, path, null, warnings);
    }

    /** The directory roles that may receive the request, best first, urgent ones ahead when it is urgent. */
    private static List<DirectoryRole> receivers(RoutingQuery query) {
        if (query.kind().agencyToAgency()) {
            return query.agency() == null ? List.of() : List.of(query.agency().receivedBy());
        }
        Workflow.Receivers receivers = Workflows.of(query.kind()).receivers();
        List<DirectoryRole> roles = new ArrayList<>(receivers.urgent());
        roles.addAll(receivers.ordinary());
        return roles;
    }

    private static String describeAgency(RoutingQuery query) {
        return query.agency() == null ? "" : " to " + query.agency();
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
     * An urgent request goes to the first of the kind's urgent receivers there is; otherwise to the kind's
     * receivers in their order of preference, naming the executing authority for the region of execution
     * when the directory has one and the country has no central authority for it.
     */
    private static ContactPoint choose(RoutingQuery query, List<ContactPoint> candidates, List<DirectoryRole> receivers,
            List<String> path, List<String> warnings) {
        List<DirectoryRole> urgentRoles = query.kind().agencyToAgency() ? List.of()
                : Workflows.of(query.kind()).receivers().urgent();
        if (query.urgency() == Urgency.URGENT && !urgentRoles.isEmpty()) {
            for (DirectoryRole role : urgentRoles) {
                List<ContactPoint> urgent = candidates.stream().filter(c -> c.role == role).toList();
                if (!urgent.isEmpty()) {
                    path.add("urgent: " + role + " " + urgent.get(0).id);
                    return urgent.get(0);
                }
            }
            path.add("urgent: no " + urgentRoles + " for this request");
            warnings.add("No 24/7 point: the urgent request goes the ordinary way; consider fast means as well");
        }
        List<ContactPoint> ordinary = candidates.stream().filter(c -> !urgentRoles.contains(c.role)).toList();
        List<ContactPoint> pool = ordinary.isEmpty() ? candidates : ordinary;
        String region = query.regionOfExecution();
        if (region != null && !region.isBlank()) {
            List<ContactPoint> local = pool.stream().filter(c -> !c.isNationwide() && c.serves(region)).toList();
            path.add("region of execution " + region + ": " + (local.isEmpty() ? "no regional authority; nationwide ones serve it"
                    : "served by " + ids(local)));
            if (!local.isEmpty() && pool.stream().noneMatch(c -> c.role == DirectoryRole.CENTRAL_AUTHORITY)) {
                pool = local;
            }
        }
        return pool.stream()
                .min(Comparator.comparing((ContactPoint c) -> receivers.indexOf(c.role)).thenComparing(c -> c.id))
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
