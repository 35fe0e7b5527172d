package io.dtle.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The archive the build made ({@code -Ddtle.archive}, set by the pom) and what is inside it. */
final class PluginArchive {
    private final Path zip;

    private PluginArchive(Path zip) {
        this.zip = zip;
    }

    static PluginArchive built() {
        String property = System.getProperty("dtle.archive");
        if (property == null || !Files.isRegularFile(Path.of(property))) {
            throw new IllegalStateException("The Confluent Hub archive " + property + " is missing: run "
                    + "`mvn -o package -pl distribution -am` (the ITs run after the package phase).");
        }
        return new PluginArchive(Path.of(property));
    }

    Path zip() {
        return zip;
    }

    /** Unzips into {@code pluginPath}, as a user does, and returns the plugin's own directory. */
    Path unzipInto(Path pluginPath) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                Path target = pluginPath.resolve(entry.getName()).normalize();
                if (!target.startsWith(pluginPath)) {
                    throw new IllegalStateException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (var in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
            try (Stream<Path> children = Files.list(pluginPath)) {
                return children.filter(Files::isDirectory).findFirst().orElseThrow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unzipping " + zip + " failed", e);
        }
    }

    /** Names of the archive's entries, relative to its top directory. */
    List<String> entries() {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).map(n -> n.substring(n.indexOf('/') + 1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + zip + " failed", e);
        }
    }

    /** Whether one of the jars in lib/ holds {@code className}. */
    static boolean libContains(Path pluginDirectory, String className) {
        String entry = className.replace('.', '/') + ".class";
        try (Stream<Path> jars = Files.list(pluginDirectory.resolve("lib"))) {
            return jars.anyMatch(jar -> {
                try (ZipFile file = new ZipFile(jar.toFile())) {
                    return file.getEntry(entry) != null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
