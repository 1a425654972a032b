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
        return new SpringApplicationBuilder(TonghopApplication.class)
                .properties("tonghop.data=" + data.toAbsolutePath().toString().replace('\\', '/'))
                .run();
    }
}
