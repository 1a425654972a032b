package vn.tonghop.job;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the shared functional-test context at a data folder made for it, before its database is opened. */
final class FreshDataFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("tonghop.data=" + TestDatabases.newFolder("functional")).applyTo(context);
    }
}
