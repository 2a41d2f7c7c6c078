package org.counterpart.events.workflow;

import java.util.Collection;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Renders a kind's workflow as docs/cooperation.md shows it: a Mermaid state diagram and the table of actions. */
final class WorkflowDocument {

    static String begin(CooperationKind kind) {
        return "<!-- workflow " + kind + ": generated from Workflows by WorkflowDocumentTest; change the table, not this -->";
    }

    static String end(CooperationKind kind) {
        return "<!-- end of workflow " + kind + " -->";
    }

    static String render(Workflow workflow) {
        StringJoiner out = new StringJoiner("\n");
        out.add(begin(workflow.kind()));
        out.add("```mermaid");
        out.add("stateDiagram-v2");
        out.add("    [*] --> " + workflow.start());
        for (Transition row : workflow.transitions()) {
            for (RequestStatus from : row.from()) {
                out.add("    " + from + " --> " + row.to() + ": " + row.action());
            }
        }
        for (RequestStatus last : workflow.finalStates()) {
            out.add("    " + last + " --> [*]");
        }
        out.add("```");
        out.add("");
        out.add("| Action | Side | Roles | From | To | Body must carry | Reaches the other side as | What it means |");
        out.add("|---|---|---|---|---|---|---|---|");
        for (Transition row : workflow.transitions()) {
            out.add("| `" + row.action() + "` | " + row.side() + " | " + claims(row.roles()) + " | " + names(row.from())
                    + " | " + row.to() + " | " + fields(row.requires()) + " | "
                    + row.carriedBy().map(type -> "`" + type.ceType().substring("org.counterpart.".length()) + "`")
                            .orElse("stays on this side") + " | " + row.meaning() + " |");
        }
        out.add("");
        out.add("Final statuses: " + names(workflow.finalStates()) + ". The requester may change the text in: "
                + names(workflow.editable()) + ".");
        out.add("");
        out.add("Received by: " + receivers(workflow) + ".");
        out.add("");
        out.add("Refusal grounds: " + (workflow.refusalGrounds().isEmpty() ? "none coded; declined in words"
                : names(workflow.refusalGrounds())) + ".");
        out.add("");
        out.add("| Clock | Starts (again) at | Pauses at | Stops at |");
        out.add("|---|---|---|---|");
        for (ClockRule rule : workflow.clocks()) {
            out.add("| `" + rule.clock() + "` | " + orDash(rule.startsAt()) + " | " + orDash(rule.pausesAt()) + " | "
                    + orDash(rule.stopsAt()) + ", any final status |");
        }
        out.add(end(workflow.kind()));
        return out.toString();
    }

    private static String receivers(Workflow workflow) {
        if (workflow.kind().agencyToAgency()) {
            return "the directory entry of the agency it is addressed to (`Agency`: "
                    + java.util.Arrays.stream(org.counterpart.events.Agency.values())
                            .map(agency -> agency + " → " + agency.receivedBy()).collect(Collectors.joining(", ")) + ")";
        }
        String ordinary = names(workflow.receivers().ordinary()) + ", best first";
        return workflow.receivers().urgent().isEmpty() ? ordinary
                : ordinary + "; when urgent first " + names(workflow.receivers().urgent());
    }

    private static String orDash(Collection<RequestStatus> statuses) {
        return statuses.isEmpty() ? "–" : names(statuses);
    }

    private static String claims(Collection<Role> roles) {
        return roles.stream().map(Role::claim).collect(Collectors.joining(", "));
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String fields(Collection<ActionField> fields) {
        return fields.isEmpty() ? "–" : fields.stream().map(field -> "`" + field.field() + "`")
                .collect(Collectors.joining(", "));
    }

    private WorkflowDocument() {
    }
}
