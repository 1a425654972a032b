package vn.tonghop.cli;

import java.net.URL;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tonghop.TonghopApplication;

/** Starts the Spring context on a data folder (job repository and staging database). */
public final class ApplicationContexts {

    /** Spring's switch between the context prepared at build time and the one it works out at start. */
    static final String AHEAD_OF_TIME = "spring.aot.enabled";

    private ApplicationContexts() {
    }

    /**
     * The packaged program starts from the context the build prepared ahead of time (Spring AOT: the beans as
     * generated code, without scanning classes or evaluating conditions at every start; start-up is a third
     * shorter). Only from a jar, whose generated code was made with its classes in one build: a classes folder
     * (tests, {@code mvn spring-boot:run}) may keep generated code older than the classes beside it. A process
     * started with {@code -Dspring.aot.enabled=false} keeps Spring's usual start.
     */
    public static void preferAheadOfTimeContext() {
        if (System.getProperty(AHEAD_OF_TIME) == null && packaged(TonghopApplication.class)
                && ClassUtils.isPresent(TonghopApplication.class.getName() + "__ApplicationContextInitializer",
                ApplicationContexts.class.getClassLoader())) {
            System.setProperty(AHEAD_OF_TIME, "true");
        }
    }

    /** True when the class was loaded from a jar (the extracted one or Spring Boot's nested one), not a folder. */
    static boolean packaged(Class<?> type) {
        URL location = type.getResource(type.getSimpleName() + ".class");
        return location != null && location.getProtocol().equals("jar");
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
                // the prepared context is looked up by this class's name, whatever class started the process
                .main(TonghopApplication.class)
                .properties("tonghop.data=" + data.toAbsolutePath().toString().replace('\\', '/'));
    }
}
