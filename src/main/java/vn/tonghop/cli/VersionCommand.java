package vn.tonghop.cli;

/** {@code version} (or {@code --version}): prints the version; reads and writes nothing. */
public final class VersionCommand implements Command {

    private final Consoles consoles;

    public VersionCommand(Consoles consoles) {
        this.consoles = consoles;
    }

    @Override
    public int execute(CommandLine commandLine) {
        consoles.out().println("tonghop " + Version.current());
        return ExitCodes.COMPLETED;
    }
}
