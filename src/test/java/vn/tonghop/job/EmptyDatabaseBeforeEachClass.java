package vn.tonghop.job;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Empties every table of the shared context's database (staging and job repository alike) before a test class
 * runs, so that each class sees what a fresh data folder would give it: no earlier run, nothing to reuse.
 */
final class EmptyDatabaseBeforeEachClass implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        testContext.getApplicationContext().getBean(JdbcClient.class)
                .sql("TRUNCATE SCHEMA PUBLIC RESTART IDENTITY AND COMMIT NO CHECK").update();
    }
}
