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

    /** In {@link #single}: the fact is in more or fewer groups than one, listed in {@link #several}. */
    private static final int SEVERAL = -1;

    private final String[] keys;
    private final int[] single;
    private final int[][] several;

    private Grouping(String[] keys, int[] single, int[][] several) {
        this.keys = keys;
        this.single = single;
        this.several = several;
    }

    static Grouping of(Fact[] facts, Dimension by) {
        List<String>[] keysOf = new List[facts.length];
        Map<String, Integer> numbers = new HashMap<>();
        for (int slot = 0; slot < facts.length; slot++) {
            keysOf[slot] = facts[slot].keys(by);
            keysOf[slot].forEach(key -> numbers.putIfAbsent(key, 0));
        }
        String[] keys = numbers.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        for (int i = 0; i < keys.length; i++) {
            numbers.put(keys[i], i);
        }
        int[] single = new int[facts.length];
        int[][] several = new int[facts.length][];
        for (int slot = 0; slot < facts.length; slot++) {
            List<String> in = keysOf[slot];
            if (in.size() == 1) {
                single[slot] = numbers.get(in.get(0));
            } else {
                single[slot] = SEVERAL;
                several[slot] = in.stream().mapToInt(numbers::get).toArray();
            }
        }
        return new Grouping(keys, single, several);
    }

    int count() {
        return keys.length;
    }

    String key(int group) {
        return keys[group];
    }

    /** The groups the fact in {@code slot} is in: {@code into} filled with one, or a shared array of several. */
    int[] groupsOf(int slot, int[] into) {
        if (single[slot] == SEVERAL) {
            return several[slot];
        }
        into[0] = single[slot];
        return into;
    }
}
