package vn.tonghop.cli;

/** {@code help} (or {@code --help}, {@code -h}): prints the usage; reads and writes nothing. */
public final class HelpCommand implements Command {

    private final Consoles consoles;

    public HelpCommand(Consoles consoles) {
        this.consoles = consoles;
    }

    @Override
    public int execute(CommandLine commandLine) {
        consoles.out().print(Usage.text());
        return ExitCodes.COMPLETED;
    }
}
