package vn.tonghop.cli;

/**
 * An option of the command line, {@code --name=VALUE} or {@code --name VALUE}.
 *
 * @param name         without the leading dashes
 * @param value        what the value is, as the usage shows it: {@code FILE}, {@code DIR}, {@code SECONDS}
 * @param defaultValue the value when the option is left out; null when leaving it out means something else,
 *                     which {@code meaning} then says
 * @param meaning      one line for the usage
 */
public record Option(String name, String value, String defaultValue, String meaning) {

    /** The same option with another default, for a command that writes elsewhere by default. */
    public Option withDefault(String otherDefault) {
        return new Option(name, value, otherDefault, meaning);
    }
}
