package vn.tonghop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks the folders a command needs before anything is read or written, so that a folder given wrongly (a file,
 * a folder this user may not write) stops the command with one line instead of failing half-way. Nothing is
 * created here: a folder that does not exist yet is fine when it can be created.
 */
final class Folders {

    /** A folder of the command: what it is called in a message and how it is set. */
    record Role(String name, String setBy) {
    }

    static final Role INPUT = new Role("input folder", "--input");
    static final Role OUTPUT = new Role("output folder", "--output");
    static final Role DATA = new Role("data folder", "--data");
    static final Role LOGS = new Role("log folder", "-Dtonghop.logs or TONGHOP_LOGS");

    private Folders() {
    }

    /** @throws SetupException when {@code folder} is not a folder this process can list and read */
    static void requireReadable(Role role, Path folder) {
        Path absolute = folder.toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw problem(role, absolute, "not found");
        }
        if (!Files.isDirectory(absolute)) {
            throw problem(role, absolute, "is a file, not a folder");
        }
        if (!Files.isReadable(absolute) || !Files.isExecutable(absolute)) {
            throw problem(role, absolute, "cannot be read by the user " + user());
        }
    }

    /** @throws SetupException when {@code folder} is neither a writable folder nor one that can be created */
    static void requireWritable(Role role, Path folder) {
        writeProblem(role, folder).ifPresent(problem -> {
            throw new SetupException(problem);
        });
    }

    /** Why this process could not write into {@code folder}, creating it if need be; empty when it can. */
    static Optional<String> writeProblem(Role role, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                return Optional.of(message(role, absolute, "is a file, not a folder"));
            }
            if (!Files.isWritable(absolute)) {
                return Optional.of(message(role, absolute, "is not writable by the user " + user()));
            }
            return Optional.empty();
        }
        Path existing = absolute.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(message(role, absolute, "cannot be created: none of its parent folders exists"));
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(message(role, absolute, "cannot be created: " + existing + " is a file"));
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(message(role, absolute, "cannot be created: " + existing
                    + " is not writable by the user " + user()));
        }
        return Optional.empty();
    }

    private static SetupException problem(Role role, Path folder, String what) {
        return new SetupException(message(role, folder, what));
    }

    private static String message(Role role, Path folder, String what) {
        return role.name() + " " + folder + " " + what + " (" + role.setBy() + ")";
    }

    private static String user() {
        return System.getProperty("user.name");
    }
}
