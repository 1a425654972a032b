package vn.tonghop.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tonghop.vocabulary.ReadLimits;

class LimitsDefinitionTest {

    private static final Path JOB = Path.of("jobs/nq-2007/job.yml");

    @Test
    void noBlockKeepsTheDefaults() {
        assertThat(LimitsDefinition.read(JOB, null)).isEqualTo(ReadLimits.DEFAULTS);
    }

    @Test
    void givenLimitsReplaceTheirDefaultsOnly() {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("rows", 100_000);
        block.put("file-bytes", "52_428_800");

        ReadLimits limits = LimitsDefinition.read(JOB, block);

        assertThat(limits.maxRows()).isEqualTo(100_000);
        assertThat(limits.maxFileBytes()).isEqualTo(52_428_800L);
        assertThat(limits.maxColumns()).isEqualTo(ReadLimits.DEFAULTS.maxColumns());
        assertThat(limits.maxTextLength()).isEqualTo(32_767);
    }

    @Test
    void theCopyLimitsOfReturnWorkbooksHaveDefaultsAndCanBeGiven() {
        assertThat(ReadLimits.DEFAULTS.maxCopyBytes()).isEqualTo(24L * 1024 * 1024);
        assertThat(ReadLimits.DEFAULTS.maxCopyParts()).isEqualTo(2_000);

        ReadLimits limits = LimitsDefinition.read(JOB, Map.of("copy-bytes", 1_048_576, "copy-parts", 50));

        assertThat(limits.maxCopyBytes()).isEqualTo(1_048_576L);
        assertThat(limits.maxCopyParts()).isEqualTo(50);
        assertThat(limits.maxRows()).isEqualTo(ReadLimits.DEFAULTS.maxRows());
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKeyItMostLikelyMeant() {
        assertThatThrownBy(() -> LimitsDefinition.read(JOB, Map.of("row", 10)))
                .isInstanceOf(InvalidCampaignException.class)
                .hasMessageContaining("limits.row").hasMessageContaining("did you mean 'rows'?");
    }

    @Test
    void aLimitMustBeAPositiveWholeNumber() {
        for (Object bad : List.of(0, -5, "nhiều", 3_000_000_000L)) {
            assertThatThrownBy(() -> LimitsDefinition.read(JOB, Map.of("columns", bad)))
                    .as("columns: %s", bad).isInstanceOf(InvalidCampaignException.class)
                    .hasMessageContaining("limits.columns");
        }
        assertThatThrownBy(() -> LimitsDefinition.read(JOB, List.of("rows")))
                .isInstanceOf(InvalidCampaignException.class).hasMessageContaining("limits");
    }
}
