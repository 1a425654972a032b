package vn.tonghop.cli;

import java.io.PrintStream;

/** Where a command prints: results to {@code out}, one-line reasons to {@code err}. */
public record Consoles(PrintStream out, PrintStream err) {

    public void fail(String reason) {
        err.println("tonghop: " + reason);
    }
}
