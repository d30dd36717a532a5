package org.hearth.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hearth.engine.HearthException;

/**
 * One authority's canonical data folder, named by the folder's own name: its result file is {@code NAME.csv} or
 * {@code NAME.json}. The folder is a path every executor reads at the same place (shared storage).
 *
 * @param size the bytes of its files, so the largest authorities start first and none is left to run alone at the end
 */
record Authority(String name, String folder, long size) implements Serializable {

    /**
     * The authorities named: each folder given, and each folder inside each parent given (hidden ones left out),
     * largest first.
     *
     * @throws HearthException when a path is not a folder, two authorities have one name, or there is none
     */
    static List<Authority> of(List<Path> folders, List<Path> parents) {
        List<Path> all = new ArrayList<>(folders);
        for (Path parent : parents) {
            all.addAll(inside(parent));
        }
        if (all.isEmpty()) {
            throw new HearthException("No authority's data folder to evaluate: name the folders, or give --authorities with"
                    + " a folder that holds one folder per authority");
        }
        Map<String, Path> byName = new HashMap<>();
        List<Authority> authorities = new ArrayList<>();
        for (Path folder : all) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (!Files.isDirectory(absolute)) {
                throw new HearthException(folder + ": not a folder; each authority's data is a canonical data folder");
            }
            String name = absolute.getFileName().toString();
            Path other = byName.putIfAbsent(name, absolute);
            if (other != null) {
                throw new HearthException("Two authorities are named " + name + " (" + other + " and " + absolute
                        + "): each authority's results are named after its folder, so the folders' names must differ");
            }
            authorities.add(new Authority(name, absolute.toString(), size(absolute)));
        }
        authorities.sort(Comparator.comparingLong((Authority authority) -> authority.size()).reversed()
                .thenComparing(Authority::name));
        return authorities;
    }

    private static List<Path> inside(Path parent) {
        if (!Files.isDirectory(parent)) {
            throw new HearthException(parent + ": not a folder; --authorities names a folder that holds one data folder"
                    + " per authority");
        }
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(Files::isDirectory).filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new HearthException("Cannot list " + parent + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // the reader says what is wrong with the folder, with its own words
        }
    }
}
