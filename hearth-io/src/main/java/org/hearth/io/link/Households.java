package org.hearth.io.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Households formed from what the sources say about where people live and whom they live with (issue 14, item 3;
 * docs/data-in.md, "Households"): two people are in one household when a source places them at the same dwelling
 * ({@link AddressKey}) or puts them in the same household or case by its own reference; a dwelling and a reference one
 * person has in the same source row are one household. Each person's household over time follows the days the
 * sources were read: from the first extract that places them in a household until the day before one places them in
 * another.
 */
final class Households {
    private final Map<String, String> parent = new HashMap<>();

    /** A person's stay in a household. */
    record Stay(String personId, String householdKey, LocalDate from, LocalDate to) {
    }

    /**
     * The stays of every person the observations place somewhere (each by its household's root key), and the id of
     * the household every key (dwelling or reference) belongs to.
     */
    record Formed(List<Stay> stays, Map<String, String> familyIdOfKey, long sameDayConflicts) {
    }

    static Formed of(List<Observation> observations) {
        return new Households().form(observations);
    }

    private Formed form(List<Observation> observations) {
        for (Observation seen : observations) {
            String address = seen.addressKey();
            String ref = seen.householdRefKey();
            if (address != null) {
                find(address);
            }
            if (ref != null) {
                find(ref);
            }
            if (address != null && ref != null) {
                union(address, ref);
            }
        }
        Map<String, List<Observation>> byPerson = new TreeMap<>();
        for (Observation seen : observations) {
            if (household(seen) != null) {
                byPerson.computeIfAbsent(seen.personId(), id -> new ArrayList<>()).add(seen);
            }
        }
        List<Stay> stays = new ArrayList<>();
        long conflicts = 0;
        for (List<Observation> seen : byPerson.values()) {
            conflicts += stays(seen, stays);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> smallestKey = new TreeMap<>();
        parent.keySet().forEach(key -> smallestKey.merge(find(key), key, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        parent.keySet().forEach(key -> ids.put(key, familyId(smallestKey.get(find(key)))));
        List<Stay> keyed = stays.stream().map(stay -> new Stay(stay.personId(), find(stay.householdKey()), stay.from(),
                stay.to())).toList();
        return new Formed(keyed, ids, conflicts);
    }

    /**
     * The person's stays, earliest first: each day a source was read places them in the household of that day's
     * observation; on a day two sources place them in different households, the one whose key sorts first is taken
     * (counted as a conflict).
     */
    private long stays(List<Observation> seen, List<Stay> into) {
        Map<LocalDate, String> householdOn = new TreeMap<>();
        long conflicts = 0;
        seen.sort(Comparator.comparing(Observation::readOn));
        for (Observation one : seen) {
            String root = household(one);
            String before = householdOn.putIfAbsent(one.readOn(), root);
            if (before != null && !before.equals(root)) {
                conflicts++;
                householdOn.put(one.readOn(), before.compareTo(root) <= 0 ? before : root);
            }
        }
        String person = seen.get(0).personId();
        String current = null;
        LocalDate from = null;
        for (Map.Entry<LocalDate, String> day : householdOn.entrySet()) {
            if (!day.getValue().equals(current)) {
                if (current != null) {
                    into.add(new Stay(person, current, from, day.getKey().minusDays(1)));
                }
                current = day.getValue();
                from = day.getKey();
            }
        }
        into.add(new Stay(person, current, from, null));
        return conflicts;
    }

    /** The root key of the household the observation places the person in, or null. */
    private String household(Observation seen) {
        String key = seen.addressKey() != null ? seen.addressKey() : seen.householdRefKey();
        return key == null ? null : find(key);
    }

    private String find(String key) {
        String root = parent.computeIfAbsent(key, k -> k);
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        String walk = key;
        while (!walk.equals(root)) {
            String next = parent.get(walk);
            parent.put(walk, root);
            walk = next;
        }
        return root;
    }

    private void union(String a, String b) {
        String rootA = find(a);
        String rootB = find(b);
        if (!rootA.equals(rootB)) {
            if (rootA.compareTo(rootB) < 0) {
                parent.put(rootB, rootA);
            } else {
                parent.put(rootA, rootB);
            }
        }
    }

    /** "HF-" and the first 16 hexadecimal digits of the SHA-256 of the household's smallest key: the same sources give the same id. */
    static String familyId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "HF-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
