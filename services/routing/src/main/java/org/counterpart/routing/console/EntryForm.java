package org.counterpart.routing.console;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.workflow.DirectoryRole;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.routing.directory.ContactPoint;
import org.counterpart.routing.directory.ContactPointData;

/**
 * A directory entry as its form shows and sends it: lists typed as codes separated by spaces, the
 * attachment limit in megabytes. Read from an entry or from a posted form, so a form that comes back
 * with errors shows what was typed; {@link #data} turns it into the entry the directory checks.
 */
public record EntryForm(String id, String authority, String role, String languages, String urgentLanguages,
        String channel, Set<AssistanceType> measures, Set<LegalBasis> instruments, String regions,
        String attachmentLimitMegabytes, boolean eSignatureRequired, boolean encryptionRequired, String owner,
        ContactPoint point) {

    private static final long MEGABYTE = 1024L * 1024L;

    /** A new entry's form: of the correspondent's country, its id still to be chosen. */
    public static EntryForm blank(String idPrefix) {
        return new EntryForm(idPrefix, "", "", "", "", "", EnumSet.noneOf(AssistanceType.class),
                EnumSet.noneOf(LegalBasis.class), "", "", false, false, "", null);
    }

    public static EntryForm of(ContactPoint p) {
        return new EntryForm(p.id, p.authority, p.role.name(), joined(p.languages), joined(p.urgentLanguages), p.channel,
                p.measures == null ? EnumSet.noneOf(AssistanceType.class) : EnumSet.copyOf(p.measures),
                p.legalInstruments == null ? EnumSet.noneOf(LegalBasis.class) : EnumSet.copyOf(p.legalInstruments),
                joined(p.regions), p.attachmentLimitBytes == null ? "" : String.valueOf(p.attachmentLimitBytes / MEGABYTE),
                p.eSignatureRequired, p.encryptionRequired, p.owner, p);
    }

    /** The form as posted; {@code id} is the entry's when it is being changed, else what was typed. */
    public static EntryForm posted(MultivaluedMap<String, String> form, String id, ContactPoint point) {
        return new EntryForm(id != null ? id : value(form, "id"), value(form, "authority"), value(form, "role"),
                value(form, "languages"), value(form, "urgentLanguages"), value(form, "channel"),
                chosen(form, "measures", AssistanceType.class), chosen(form, "legalInstruments", LegalBasis.class),
                value(form, "regions"), value(form, "attachmentLimitMegabytes"), form.containsKey("eSignatureRequired"),
                form.containsKey("encryptionRequired"), value(form, "owner"), point);
    }

    /**
     * The entry this form asks for, or the problems only the form can have (a role or a number that does
     * not parse); everything else the directory's own rules check.
     */
    public ContactPointData data(List<FieldError> errors) {
        DirectoryRole parsedRole = null;
        if (!role.isEmpty()) {
            parsedRole = Arrays.stream(DirectoryRole.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
            if (parsedRole == null) {
                errors.add(new FieldError("role", "must be one of " + List.of(DirectoryRole.values())));
            }
        }
        Long limit = null;
        if (!attachmentLimitMegabytes.isEmpty()) {
            try {
                limit = Math.multiplyExact(Long.parseLong(attachmentLimitMegabytes), MEGABYTE);
            } catch (NumberFormatException | ArithmeticException e) {
                errors.add(new FieldError("attachmentLimitBytes", "must be a whole number of megabytes"));
            }
        }
        return new ContactPointData(id.isEmpty() ? null : id, authority, parsedRole, codes(languages), codes(urgentLanguages),
                channel, List.copyOf(measures), List.copyOf(instruments), codes(regions), limit, eSignatureRequired,
                encryptionRequired, owner, null);
    }

    public boolean measures(AssistanceType measure) {
        return measures.contains(measure);
    }

    public boolean instruments(LegalBasis basis) {
        return instruments.contains(basis);
    }

    private static List<String> codes(String typed) {
        return typed.isBlank() ? List.of() : List.of(typed.strip().split("[\\s,;]+"));
    }

    private static String joined(List<String> codes) {
        return codes == null ? "" : String.join(" ", codes);
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    private static <E extends Enum<E>> Set<E> chosen(MultivaluedMap<String, String> form, String field, Class<E> type) {
        List<String> sent = form.get(field) == null ? List.of() : form.get(field);
        return Arrays.stream(type.getEnumConstants()).filter(c -> sent.contains(c.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
