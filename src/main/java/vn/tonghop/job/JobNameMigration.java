package vn.tonghop.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Data folders of versions before the job was named like its bean ({@code consolidationJob}, as Spring Batch names
 * jobs) hold their runs under the old name {@code consolidation}; they are renamed before anything reads the job
 * repository, so that history, restart and purging still find them. Created after the database's schema scripts,
 * since it uses JDBC.
 */
@Component
class JobNameMigration implements InitializingBean {

    static final String OLD_NAME = "consolidation";

    private static final Logger log = LoggerFactory.getLogger(JobNameMigration.class);

    private final JdbcClient jdbc;

    JobNameMigration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        int renamed = jdbc.sql("UPDATE BATCH_JOB_INSTANCE SET JOB_NAME = ? WHERE JOB_NAME = ?")
                .params(ConsolidationJobConfiguration.JOB_NAME, OLD_NAME).update();
        if (renamed > 0) {
            log.info("Renamed the {} run(s) of job '{}' to '{}'", renamed, OLD_NAME,
                    ConsolidationJobConfiguration.JOB_NAME);
        }
    }
}
