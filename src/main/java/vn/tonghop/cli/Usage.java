package vn.tonghop.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text of {@code --help}, made from {@link Commands}, so that it lists exactly what the parser takes. */
final class Usage {

    private static final Map<Integer, String> EXIT_CODES = exitCodes();

    private Usage() {
    }

    static String text() {
        return text(Commands.ALL);
    }

    static String text(Commands commands) {
        StringBuilder text = new StringBuilder();
        text.append("Usage: java -jar tonghop.jar [command] [--option=VALUE ...]\n\nCommands:\n");
        int width = commands.names().stream().mapToInt(String::length).max().orElse(0);
        for (CommandSpec command : commands.list()) {
            text.append(String.format("  %-" + width + "s  %s%n", command.name(), command.summary()));
        }
        text.append("\nOptions (paths are relative to the working folder):\n");
        for (Option option : commands.options()) {
            List<CommandSpec> takers = commands.taking(option.name());
            text.append("  --").append(option.name()).append('=').append(option.value())
                    .append("  (").append(defaults(option.name(), takers)).append("; ")
                    .append(CommandLine.joined(takers.stream().map(CommandSpec::name).toList()))
                    .append(")\n      ").append(option.meaning()).append('\n');
        }
        text.append("\nExit codes:\n");
        EXIT_CODES.forEach((code, meaning) -> text.append("  ").append(code).append("  ").append(meaning)
                .append('\n'));
        text.append("\nThe log: logs/tonghop.log (another folder: -Dtonghop.logs=DIR or TONGHOP_LOGS=DIR).\n");
        return text.toString();
    }

    /** "default data", or "default output, templates for template" when a command has its own. */
    private static String defaults(String optionName, List<CommandSpec> takers) {
        Map<String, List<String>> commandsByDefault = new LinkedHashMap<>();
        for (CommandSpec command : takers) {
            String value = command.option(optionName).orElseThrow().defaultValue();
            commandsByDefault.computeIfAbsent(value == null ? "none" : value, v -> new ArrayList<>())
                    .add(command.name());
        }
        List<String> values = new ArrayList<>(commandsByDefault.keySet());
        String first = values.get(0);
        return "default " + first + values.stream().skip(1)
                .map(value -> ", " + value + " for " + CommandLine.joined(commandsByDefault.get(value)))
                .collect(Collectors.joining());
    }

    private static Map<Integer, String> exitCodes() {
        Map<Integer, String> codes = new LinkedHashMap<>();
        codes.put(ExitCodes.COMPLETED, "done; for a run: completed, rejected files are in the exception report");
        codes.put(ExitCodes.FAILED, "the run started but failed; see the log, then run restart");
        codes.put(ExitCodes.INVALID_SETUP, "the command line, the job definition, a folder or the locale is not "
                + "usable; nothing was read");
        codes.put(ExitCodes.ALREADY_RUNNING, "another run or watch is using the same --data folder; nothing was "
                + "read or written");
        return codes;
    }
}
