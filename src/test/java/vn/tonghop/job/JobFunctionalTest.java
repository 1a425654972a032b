package vn.tonghop.job;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A functional test of the real job in the one Spring context that all such test classes share, started once per
 * test JVM: same properties, same beans, a data folder of its own ({@link FreshDataFolder}). Every class starts on
 * an empty database ({@link EmptyDatabaseBeforeEachClass}), as if it had its own, so that a run of one class never
 * reuses the checks of another's. Each class passes its own input and output folders to {@link JobRuns}.
 * <p>
 * A test that needs other properties or a test-only bean declares its own {@code @SpringBootTest}, and so its own
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(JobRuns.class)
@ContextConfiguration(initializers = FreshDataFolder.class)
@TestExecutionListeners(listeners = EmptyDatabaseBeforeEachClass.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@interface JobFunctionalTest {
}
