package vn.tonghop.workbook.poi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PoiLogProviderTest {

    private final ch.qos.logback.classic.Logger logback =
            (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(HSSFSheet.class);
    private final ListAppender<ILoggingEvent> written = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void logPoiAtWarnIntoAList() {
        levelBefore = logback.getLevel();
        logback.setLevel(Level.WARN);
        written.start();
        logback.addAppender(written);
    }

    @AfterEach
    void restore() {
        logback.detachAppender(written);
        logback.setLevel(levelBefore);
    }

    @Test
    void poiLogsThroughTheLevelFirstBridge() {
        assertThat(LogManager.getLogger(HSSFSheet.class)).isInstanceOf(PoiLogProvider.LevelFirstLogger.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeverBuilt() {
        Logger poi = LogManager.getLogger(HSSFSheet.class);
        AtomicInteger built = new AtomicInteger();

        poi.atTrace().log(() -> {
            built.incrementAndGet();
            return new SimpleMessage("record = FormulaRecordAggregate");
        });
        poi.atDebug().log("total sheet cell creation took {}ms", 3);

        assertThat(built).hasValue(0);
        assertThat(written.list).isEmpty();
    }

    @Test
    void aMessageAtTheLevelReachesLogbackWithItsTextAndLevel() {
        Logger poi = LogManager.getLogger(HSSFSheet.class);

        poi.atWarn().log(() -> new SimpleMessage("Sheet 'Báo cáo' has an unknown record"));
        poi.error("{} cells skipped", 2);

        assertThat(written.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Level.WARN, "Sheet 'Báo cáo' has an unknown record"),
                        org.assertj.core.groups.Tuple.tuple(Level.ERROR, "2 cells skipped"));
    }
}
