package org.counterpart.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell commands of one page of docs/: its {@code bash} blocks in order, as one script, and the lines
 * it must print ({@code #> } lines, each the output of the command before it). A page sets the addresses
 * it talks to on {@code export NAME=value} lines, which a run replaces with its own values.
 */
record DocumentedScript(String script, List<String> expected) {

    private static final Pattern EXPORT_LINE = Pattern.compile("export( [A-Z_][A-Z0-9_]*=\\S+)+");
    private static final Pattern EXPORTED = Pattern.compile(" ([A-Z_][A-Z0-9_]*)=\\S+");
    private static final String EXPECTED_PREFIX = "#> ";

    static DocumentedScript of(String markdown) {
        StringBuilder script = new StringBuilder();
        List<String> expected = new ArrayList<>();
        boolean inBash = false;
        for (String line : markdown.split("\n", -1)) {
            if (!inBash && line.strip().equals("```bash")) {
                inBash = true;
            } else if (inBash && line.strip().equals("```")) {
                inBash = false;
            } else if (inBash) {
                script.append(line).append('\n');
                if (line.startsWith(EXPECTED_PREFIX)) {
                    expected.add(line.substring(EXPECTED_PREFIX.length()));
                }
            }
        }
        if (inBash) {
            throw new IllegalArgumentException("a bash block is never closed");
        }
        return new DocumentedScript(script.toString(), List.copyOf(expected));
    }

    /**
     * The script with every exported name set to {@code values}'; a name without a value, or an export
     * line that is more than {@code NAME=value} pairs, is refused rather than half rewritten.
     */
    String withValues(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (line.strip().startsWith("export ")) {
                if (!EXPORT_LINE.matcher(line).matches()) {
                    throw new IllegalArgumentException("an export line sets only NAME=value pairs, unquoted, "
                            + "without comments or other commands: " + line);
                }
                Matcher assignment = EXPORTED.matcher(line);
                StringBuilder exported = new StringBuilder("export");
                while (assignment.find()) {
                    String name = assignment.group(1);
                    String value = values.get(name);
                    if (value == null) {
                        throw new IllegalArgumentException("the page exports " + name + ", which a run cannot set");
                    }
                    exported.append(' ').append(name).append("='").append(value.replace("'", "'\\''")).append('\'');
                }
                line = exported.toString();
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
