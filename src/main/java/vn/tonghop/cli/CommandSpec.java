package vn.tonghop.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A command of {@code tonghop}: its name, what it does, the options it takes (each with its default for this
 * command) and how it is made.
 */
public record CommandSpec(String name, String summary, List<Option> options, Function<Consoles, Command> factory) {

    public Optional<Option> option(String optionName) {
        return options.stream().filter(option -> option.name().equals(optionName)).findFirst();
    }

    public boolean takes(String optionName) {
        return option(optionName).isPresent();
    }

    public Command create(Consoles consoles) {
        return factory.apply(consoles);
    }
}
