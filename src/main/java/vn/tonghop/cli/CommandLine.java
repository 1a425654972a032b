package vn.tonghop.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command and options of {@code tonghop [command] [--job=FILE] [--input=DIR] [--output=DIR] [--data=DIR]
 * [--lang=vi|en] [--poll=SECONDS] [--max-wait=MINUTES]}. Options may also be written {@code --input DIR}. Every
 * option has a default; paths are relative to the working folder.
 *
 * @param language the language of the outputs and the console summary
 * @param poll     how often {@code watch} looks at the input folder
 * @param maxWait  how long {@code watch} holds runs back for a file that is still incomplete
 */
public record CommandLine(String command, Path job, Path jobs, Path input, Path output, Path data, Locale language,
                          Duration poll, Duration maxWait) {

    public static final Set<String> COMMANDS = Set.of("run", "watch", "restart", "history", "template");
    static final Duration DEFAULT_POLL = Duration.ofSeconds(10);
    /** Ample for copying a submission over a slow share; a copy that takes longer has most likely hung. */
    static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(30);
    private static final List<String> OPTIONS = List.of("job", "jobs", "input", "output", "data", "lang", "poll",
            "max-wait");
    private static final Set<String> LANGUAGES = Set.of("vi", "en");

    public static CommandLine parse(String... args) {
        String command = null;
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String body = arg.substring(2);
                int eq = body.indexOf('=');
                String name = eq < 0 ? body : body.substring(0, eq);
                if (!OPTIONS.contains(name)) {
                    throw new UsageException("unknown option --" + name + "; options are --"
                            + String.join(", --", OPTIONS));
                }
                String value;
                if (eq >= 0) {
                    value = body.substring(eq + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException("--" + name + " needs a value");
                }
                options.put(name, value);
            } else if (command == null) {
                command = arg;
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        if (command == null) {
            command = "run";
        }
        if (!COMMANDS.contains(command)) {
            throw new UsageException("unknown command '" + command + "'; commands are " + COMMANDS);
        }
        String language = options.getOrDefault("lang", "vi");
        if (!LANGUAGES.contains(language)) {
            throw new UsageException("--lang takes " + LANGUAGES + ", not '" + language + "'");
        }
        return new CommandLine(command,
                options.containsKey("job") ? Path.of(options.get("job")) : null,
                Path.of(options.getOrDefault("jobs", "jobs")),
                Path.of(options.getOrDefault("input", "input")),
                Path.of(options.getOrDefault("output", "template".equals(command) ? "templates" : "output")),
                Path.of(options.getOrDefault("data", "data")),
                Locale.forLanguageTag(language),
                options.containsKey("poll") ? positive("poll", options.get("poll"), ChronoUnit.SECONDS)
                        : DEFAULT_POLL,
                options.containsKey("max-wait") ? positive("max-wait", options.get("max-wait"), ChronoUnit.MINUTES)
                        : DEFAULT_MAX_WAIT);
    }

    private static Duration positive(String option, String value, ChronoUnit unit) {
        try {
            long amount = Long.parseLong(value.trim());
            if (amount > 0) {
                return Duration.of(amount, unit);
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        String units = unit.toString().toLowerCase(Locale.ROOT);
        throw new UsageException("--" + option + " must be a whole number of " + units + " above 0, not '" + value
                + "'");
    }

    /** A command line that cannot be understood. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
