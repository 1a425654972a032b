package vn.tonghop.cli;

/** A folder or the platform is not usable for the command; it stops with exit code 2 before anything is read. */
public class SetupException extends RuntimeException {

    public SetupException(String message) {
        super(message);
    }
}
