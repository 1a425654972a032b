package vn.tonghop.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command and options of {@code tonghop [command] [--option=VALUE ...]}; {@link Commands} says which options
 * each command takes and their defaults. Options may also be written {@code --input DIR}. {@code --help}, {@code -h}
 * and {@code --version} anywhere mean the commands {@code help} and {@code version}. Paths are relative to the
 * working folder.
 *
 * @param job      null when left out (the only job under {@code jobs} is then run)
 * @param language the language of the outputs and the console summary
 * @param poll     how often {@code watch} looks at the input folder
 * @param maxWait  how long {@code watch} holds runs back for a file that is still incomplete
 */
public record CommandLine(String command, Path job, Path jobs, Path input, Path output, Path data, Locale language,
                          Duration poll, Duration maxWait) {

    private static final List<String> LANGUAGES = List.of("vi", "en");

    /** The command's entry in {@link Commands}: its options and how to make it. */
    public CommandSpec spec() {
        return Commands.ALL.named(command).orElseThrow();
    }

    /** @throws UsageException naming the argument that cannot be understood and what would be */
    public static CommandLine parse(String... args) {
        return parse(Commands.ALL, args);
    }

    static CommandLine parse(Commands commands, String... args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            return defaults(commands.named(Commands.HELP).orElseThrow());
        }
        if (List.of(args).contains("--version")) {
            return defaults(commands.named(Commands.VERSION).orElseThrow());
        }
        String name = null;
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String body = arg.substring(2);
                int eq = body.indexOf('=');
                String option = eq < 0 ? body : body.substring(0, eq);
                if (eq >= 0) {
                    given.put(option, body.substring(eq + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    given.put(option, args[++i]);
                } else {
                    given.put(option, null);
                }
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg + "; see --help");
            } else if (name == null) {
                name = arg;
            } else if (!Commands.HELP.equals(name)) {
                throw new UsageException("unexpected argument '" + arg + "' after the command " + name);
            }
        }
        String commandName = name == null ? Commands.DEFAULT : name;
        CommandSpec command = commands.named(commandName).orElseThrow(() -> new UsageException(
                "unknown command '" + commandName + "'; commands are " + String.join(", ", commands.names())));
        if (Commands.HELP.equals(command.name())) {
            return defaults(command);
        }
        for (Map.Entry<String, String> option : given.entrySet()) {
            check(commands, command, option.getKey(), option.getValue());
        }
        return of(command, given);
    }

    private static void check(Commands commands, CommandSpec command, String option, String value) {
        if (command.takes(option)) {
            if (value == null || value.isBlank()) {
                throw new UsageException("--" + option + " needs a value");
            }
            return;
        }
        List<String> takers = commands.taking(option).stream().map(CommandSpec::name).toList();
        if (takers.isEmpty()) {
            throw new UsageException("unknown option --" + option + "; " + takes(command));
        }
        throw new UsageException("--" + option + " applies to " + joined(takers) + " only; " + takes(command));
    }

    private static String takes(CommandSpec command) {
        if (command.options().isEmpty()) {
            return command.name() + " takes no option";
        }
        return command.name() + " takes " + joined(command.options().stream().map(o -> "--" + o.name()).toList());
    }

    /** "a", "a and b", "a, b and c" */
    static String joined(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static CommandLine defaults(CommandSpec command) {
        return of(command, Map.of());
    }

    /** Every value is the given one or this command's default (the generic default for options it does not take). */
    private static CommandLine of(CommandSpec command, Map<String, String> given) {
        String language = value(command, given, Commands.LANG);
        if (!LANGUAGES.contains(language)) {
            throw new UsageException("--lang takes " + joined(LANGUAGES).replace(" and ", " or ") + ", not '"
                    + language + "'");
        }
        String job = given.get(Commands.JOB.name());
        return new CommandLine(command.name(), job == null ? null : path(Commands.JOB, job),
                path(Commands.JOBS, value(command, given, Commands.JOBS)),
                path(Commands.INPUT, value(command, given, Commands.INPUT)),
                path(Commands.OUTPUT, value(command, given, Commands.OUTPUT)),
                path(Commands.DATA, value(command, given, Commands.DATA)),
                Locale.forLanguageTag(language),
                positive(Commands.POLL, value(command, given, Commands.POLL), ChronoUnit.SECONDS),
                positive(Commands.MAX_WAIT, value(command, given, Commands.MAX_WAIT), ChronoUnit.MINUTES));
    }

    private static String value(CommandSpec command, Map<String, String> given, Option option) {
        String value = given.get(option.name());
        if (value != null) {
            return value;
        }
        return command.option(option.name()).orElse(option).defaultValue();
    }

    /** A value that names no path here: a character the file system cannot take, or one the locale garbled. */
    private static Path path(Option option, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("--" + option.name() + "=" + value + " is not a usable path (" + e.getReason()
                    + ")" + FileNameEncoding.ofThisJvm().advice().map(advice -> "; " + advice).orElse(""));
        }
    }

    /**
     * A whole number of the option's unit, or of seconds or minutes when it ends with {@code s} or {@code m}
     * ({@code --max-wait=90s}): a short wait is what a test or a slow share may want.
     */
    private static Duration positive(Option option, String value, ChronoUnit unit) {
        String amountText = value.trim();
        ChronoUnit amountUnit = unit;
        if (amountText.endsWith("s") || amountText.endsWith("m")) {
            amountUnit = amountText.endsWith("s") ? ChronoUnit.SECONDS : ChronoUnit.MINUTES;
            amountText = amountText.substring(0, amountText.length() - 1);
        }
        try {
            long amount = Long.parseLong(amountText);
            if (amount > 0) {
                return Duration.of(amount, amountUnit);
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        String units = unit.toString().toLowerCase(Locale.ROOT);
        throw new UsageException("--" + option.name() + " must be a whole number of " + units + " above 0 (or of "
                + "seconds or minutes written 90s, 2m), not '" + value + "'");
    }

    /** A command line that cannot be understood. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
