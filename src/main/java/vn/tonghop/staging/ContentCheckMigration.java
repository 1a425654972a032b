package vn.tonghop.staging;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Data folders of earlier versions found reusable checks in TH_FILE through an index on its SHA256 column; their
 * checks are carried over into TH_CONTENT_CHECK once, so the first night after an upgrade still reuses them, and
 * the index, which only slowed the writing of every ledger row, is dropped. The index's presence marks a folder
 * not yet carried over. Created after the database's schema scripts, since it uses JDBC.
 */
@Component
public class ContentCheckMigration implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ContentCheckMigration.class);

    /** The index of the version before last, and of the last. */
    private static final List<String> OLD_INDEXES = List.of("TH_FILE_SHA", "TH_FILE_CONTENT");

    private final JdbcClient jdbc;

    public ContentCheckMigration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        int oldIndexes = jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO WHERE TABLE_NAME = 'TH_FILE'"
                        + " AND INDEX_NAME IN (?, ?)").params(OLD_INDEXES.get(0), OLD_INDEXES.get(1))
                .query(Integer.class).single();
        if (oldIndexes == 0) {
            return;
        }
        // a restart of this migration skips what an interrupted one carried over
        int carried = new ContentChecks(jdbc).recordMissing();
        OLD_INDEXES.forEach(index -> jdbc.sql("DROP INDEX " + index + " IF EXISTS").update());
        log.info("Staging database upgraded: {} earlier check(s) of workbook contents kept for reuse", carried);
    }
}
