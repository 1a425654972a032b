package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A data folder of an earlier version: its runs, kept under the job's old name, are found under the new one. */
@JobFunctionalTest
class JobNameMigrationFunctionalTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobRepository jobRepository;

    @Test
    void runsUnderTheOldJobNameAreRenamed() {
        jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)")
                .params(9001, JobNameMigration.OLD_NAME, "0".repeat(32)).update();
        assertThat(jobRepository.getJobInstances(ConsolidationJobConfiguration.JOB_NAME, 0, 10)).isEmpty();

        new JobNameMigration(jdbc).afterPropertiesSet();

        assertThat(jobRepository.getJobInstances(ConsolidationJobConfiguration.JOB_NAME, 0, 10))
                .extracting(JobInstance::getInstanceId).containsExactly(9001L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = ?")
                .param(JobNameMigration.OLD_NAME).query(Integer.class).single()).isZero();
    }
}
