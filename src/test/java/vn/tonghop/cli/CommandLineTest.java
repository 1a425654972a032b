package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void watchPollsEveryTenSecondsUnlessToldOtherwise() {
        assertThat(CommandLine.parse("watch").poll()).isEqualTo(Duration.ofSeconds(10));
        assertThat(CommandLine.parse("watch", "--poll=1").poll()).isEqualTo(Duration.ofSeconds(1));
        assertThat(CommandLine.parse("watch", "--poll", "30").command()).isEqualTo("watch");
    }

    @Test
    void aPollThatIsNotAPositiveWholeNumberOfSecondsIsAUsageError() {
        for (String value : new String[] {"0", "-5", "1.5", "mười"}) {
            assertThatThrownBy(() -> CommandLine.parse("watch", "--poll=" + value))
                    .isInstanceOf(CommandLine.UsageException.class)
                    .hasMessage("--poll must be a whole number of seconds above 0, not '" + value + "'");
        }
    }

    @Test
    void watchWaitsAtMostThirtyMinutesForAnIncompleteFileUnlessToldOtherwise() {
        assertThat(CommandLine.parse("watch").maxWait()).isEqualTo(Duration.ofMinutes(30));
        assertThat(CommandLine.parse("watch", "--max-wait=5").maxWait()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> CommandLine.parse("watch", "--max-wait=0"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--max-wait must be a whole number of minutes above 0, not '0'");
    }
}
