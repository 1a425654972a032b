package vn.tonghop.cli;

/** One of the commands of {@code tonghop}: returns the process exit code. */
public interface Command {

    int execute(CommandLine commandLine) throws Exception;
}
