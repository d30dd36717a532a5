package org.hearth.io.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nickname table ({@code nicknames.csv} beside this class): familiar forms of given names and the formal names
 * they stand for (Bill and Will for William, Peggy for Margaret). Lines starting with {@code #} are comments.
 */
public final class Nicknames {
    private static final String RESOURCE = "nicknames.csv";
    private final Map<String, String[]> formal;
    private final Map<String, List<String>> familiar = new HashMap<>();

    private Nicknames(Map<String, String[]> formal) {
        this.formal = formal;
        formal.forEach((nick, formals) -> {
            for (String name : formals) {
                familiar.computeIfAbsent(name, k -> new ArrayList<>()).add(nick);
            }
        });
        familiar.replaceAll((name, nicks) -> List.copyOf(nicks));
    }

    /** Hearth's table. */
    public static Nicknames standard() {
        try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the hearth-io jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Nicknames parse(List<String> lines) {
        Map<String, Set<String>> names = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] pair = line.split(",");
            names.computeIfAbsent(pair[0].strip(), k -> new LinkedHashSet<>()).add(pair[1].strip());
        }
        Map<String, String[]> formal = new HashMap<>();
        names.forEach((nick, formals) -> formal.put(nick, formals.toArray(String[]::new)));
        return new Nicknames(formal);
    }

    /** The name itself and the formal names it may stand for (a normalised, upper-case given name). */
    String[] formalNames(String given) {
        String[] formals = formal.get(given);
        if (formals == null) {
            return new String[] {given};
        }
        List<String> all = new ArrayList<>(formals.length + 1);
        all.add(given);
        all.addAll(List.of(formals));
        return all.toArray(String[]::new);
    }

    /** The familiar forms of a formal name (upper case), none when the table has none. */
    public List<String> familiarForms(String formalName) {
        return familiar.getOrDefault(formalName, List.of());
    }

    /** Whether two given names are, or stand for, the same formal name. */
    static boolean sameName(PreparedPerson a, PreparedPerson b) {
        for (String x : a.givenAliases) {
            for (String y : b.givenAliases) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
