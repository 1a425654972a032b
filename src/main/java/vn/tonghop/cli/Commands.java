package vn.tonghop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commands of {@code tonghop} and the options each takes, in the order the usage lists them. Adding a command
 * is one entry in {@link #ALL} (and its {@link Command}); an option it shares with others is reused, with
 * {@link Option#withDefault} where its default differs (e.g. {@code OUTPUT.withDefault("templates")}).
 */
public final class Commands {

    static final Option JOB = new Option("job", "FILE", null,
            "the campaign's job.yml; left out: the only one under --jobs");
    static final Option JOBS = new Option("jobs", "DIR", "jobs", "the folder of the campaigns, one <id>/job.yml each");
    static final Option INPUT = new Option("input", "DIR", "input", "the units' workbooks");
    static final Option OUTPUT = new Option("output", "DIR", "output", "where each run writes its results");
    static final Option DATA = new Option("data", "DIR", "data",
            "the database of the runs (job repository, staging); one run or watch at a time");
    static final Option LANG = new Option("lang", "vi|en", "vi", "the language of the outputs and the summary");
    static final Option POLL = new Option("poll", "SECONDS", "10", "how often watch looks at the input folder");
    static final Option MAX_WAIT = new Option("max-wait", "MINUTES", "30",
            "how long watch holds runs back for a file still being copied or locked");

    /** The command when none is given. */
    static final String DEFAULT = "run";
    static final String HELP = "help";
    static final String VERSION = "version";

    static final Commands ALL = new Commands(List.of(
            new CommandSpec("run", "consolidate the input folder once, then exit (for a scheduler); the default",
                    List.of(JOB, JOBS, INPUT, OUTPUT, DATA, LANG), RunCommand::new),
            new CommandSpec("watch", "stay up; consolidate on the campaign's schedule and when workbooks arrive",
                    List.of(JOB, JOBS, INPUT, OUTPUT, DATA, LANG, POLL, MAX_WAIT), WatchCommand::new),
            new CommandSpec("restart", "resume the last run if it failed or was interrupted",
                    List.of(DATA, LANG), RestartCommand::new),
            new CommandSpec("history", "list the past runs with their figures", List.of(DATA), HistoryCommand::new),
            new CommandSpec("template", "write the workbooks the units fill in: a blank one and one per unit",
                    List.of(JOB, JOBS, OUTPUT.withDefault("templates")), TemplateCommand::new),
            new CommandSpec(HELP, "print this help (also --help or -h)", List.of(), HelpCommand::new),
            new CommandSpec(VERSION, "print the version (also --version)", List.of(), VersionCommand::new)));

    private final List<CommandSpec> commands;

    Commands(List<CommandSpec> commands) {
        this.commands = List.copyOf(commands);
    }

    List<CommandSpec> list() {
        return commands;
    }

    Optional<CommandSpec> named(String name) {
        return commands.stream().filter(command -> command.name().equals(name)).findFirst();
    }

    List<String> names() {
        return commands.stream().map(CommandSpec::name).toList();
    }

    /** Every option of any command, in the order they first appear. */
    List<Option> options() {
        List<Option> options = new ArrayList<>();
        for (CommandSpec command : commands) {
            for (Option option : command.options()) {
                if (options.stream().noneMatch(known -> known.name().equals(option.name()))) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    /** The commands that take an option, in order. */
    List<CommandSpec> taking(String optionName) {
        return commands.stream().filter(command -> command.takes(optionName)).toList();
    }
}
