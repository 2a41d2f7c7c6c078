package org.counterpart.tracking.figures;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.events.figures.Dimension;

/**
 * The groups of one dimension over a table: their keys in order, and each fact's group by number, so a
 * figure counts into an array instead of looking a key up for every fact. A fact of several forms of
 * exploitation is in several groups; one not yet transmitted is in no group of a period.
 */
final class Grouping {

    private final String[] keys;
    /** The groups of the fact in slot {@code s} are {@code members[first[s]]} to {@code members[first[s + 1] - 1]}. */
    private final int[] first;
    private final int[] members;

    private Grouping(String[] keys, int[] first, int[] members) {
        this.keys = keys;
        this.first = first;
        this.members = members;
    }

    static Grouping of(Fact[] facts, Dimension by) {
        List<String>[] keysOf = new List[facts.length];
        Map<String, Integer> numbers = new HashMap<>();
        int memberships = 0;
        for (int slot = 0; slot < facts.length; slot++) {
            keysOf[slot] = facts[slot].keys(by);
            keysOf[slot].forEach(key -> numbers.putIfAbsent(key, 0));
            memberships += keysOf[slot].size();
        }
        String[] keys = numbers.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        for (int i = 0; i < keys.length; i++) {
            numbers.put(keys[i], i);
        }
        // One array for every fact's groups, in slot order: a pass over the facts reads it in sequence.
        int[] first = new int[facts.length + 1];
        int[] members = new int[memberships];
        int at = 0;
        for (int slot = 0; slot < facts.length; slot++) {
            first[slot] = at;
            for (String key : keysOf[slot]) {
                members[at++] = numbers.get(key);
            }
        }
        first[facts.length] = at;
        return new Grouping(keys, first, members);
    }

    int count() {
        return keys.length;
    }

    String key(int group) {
        return keys[group];
    }

    /** Where the groups of the fact in {@code slot} start in {@link #member}. */
    int first(int slot) {
        return first[slot];
    }

    /** Where the groups of the fact in {@code slot} end (exclusive) in {@link #member}. */
    int end(int slot) {
        return first[slot + 1];
    }

    int member(int at) {
        return members[at];
    }
}
