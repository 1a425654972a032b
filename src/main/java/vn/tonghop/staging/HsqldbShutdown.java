package vn.tonghop.staging;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Closes the HSQLDB file database cleanly when the application stops, so its files are consistent and the next
 * start does not have to replay a log. Depends on the DataSource, so it runs before the pool closes.
 */
@Component
class HsqldbShutdown implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HsqldbShutdown.class);

    private final DataSource dataSource;

    HsqldbShutdown(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void destroy() {
        try {
            new JdbcTemplate(dataSource).execute("SHUTDOWN");
        } catch (RuntimeException e) {
            log.warn("The database did not shut down cleanly: {}", e.getMessage());
        }
    }
}
