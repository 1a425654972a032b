package vn.tonghop.cli;

import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tonghop.TonghopApplication;

/** Starts the Spring context on a data folder (job repository and staging database). */
public final class ApplicationContexts {

    private ApplicationContexts() {
    }

    public static ConfigurableApplicationContext start(Path data) {
        return builder(data).run();
    }

    /**
     * For a process that handles its own shutdown ({@code watch}): neither the context nor the logging is closed
     * by Spring's shutdown hook, so a run in progress at SIGTERM or Ctrl+C can finish and log its end.
     */
    public static ConfigurableApplicationContext startWithoutShutdownHooks(Path data) {
        return builder(data).registerShutdownHook(false).properties("logging.register-shutdown-hook=false").run();
    }

    private static SpringApplicationBuilder builder(Path data) {
        return new SpringApplicationBuilder(TonghopApplication.class)
                .properties("tonghop.data=" + data.toAbsolutePath().toString().replace('\\', '/'));
    }
}
