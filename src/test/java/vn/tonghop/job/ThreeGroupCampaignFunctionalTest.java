package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.fixtures.ThreeGroupCampaign;

/** Another campaign, with three groups and other labels, consolidated from its files alone. */
@JobFunctionalTest
class ThreeGroupCampaignFunctionalTest {

    @Autowired
    JobRuns runs;

    @Test
    void everyGroupGetsItsOwnFiguresAndRate(@TempDir Path folder) throws Exception {
        Path jobFile = ThreeGroupCampaign.write(folder);
        Campaign campaign = new CampaignLoader().load(jobFile);
        Path input = Files.createDirectories(folder.resolve("input"));

        SubmissionWorkbook.forCampaign(campaign).unit("DN01", "Công ty Điện lực")
                .reportDate(LocalDate.of(2008, 3, 20)).form("Tập trung")
                .membership("dang-vien", 50).membership("doan-vien", 40).membership("hoi-vien", 30)
                .session("DN01-1", LocalDate.of(2008, 3, 10), "Hội trường", 48, 35, 20)
                .writeTo(input.resolve("DN01.xlsx"));
        SubmissionWorkbook.forCampaign(campaign).unit("DN02", "Công ty Cấp nước")
                .reportDate(LocalDate.of(2008, 4, 10)).form("Trực tuyến")
                .membership("dang-vien", 20).membership("doan-vien", 10).membership("hoi-vien", 10)
                .session("DN02-1", LocalDate.of(2008, 3, 12), "Phòng họp", 19, 9, 3)
                .session("DN02-2", LocalDate.of(2008, 3, 19), "Phòng họp", 1, 0, 2)
                .writeTo(input.resolve("DN02.xls"));

        JobExecution execution = runs
                .run("ba-nhom", jobFile, input, folder.resolve("output"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode summary = JobRuns.summary(OutputFolders.runFolder(folder.resolve("output"), "hoi-nghi-2008",
                "ba-nhom"));
        assertThat(summary.at("/units/reported").asInt()).isEqualTo(2);
        assertThat(summary.at("/units/expected").asInt()).isEqualTo(3);
        assertThat(summary.at("/units/missing/0").asString()).isEqualTo("DN03");
        assertThat(summary.get("sessions").asInt()).isEqualTo(3);
        assertThat(summary.get("attendees").asInt()).isEqualTo(48 + 35 + 20 + 19 + 9 + 3 + 1 + 0 + 2);
        assertThat(summary.get("groups")).hasSize(3);
        assertGroup(summary.at("/groups/0"), "dang-vien", 68, 70, "97.14");
        assertGroup(summary.at("/groups/1"), "doan-vien", 44, 50, "88.00");
        assertGroup(summary.at("/groups/2"), "hoi-vien", 25, 40, "62.50");

        // DN02 reported after the deadline and half of its women's union members did not attend
        assertThat(summary.get("issues").valueStream().map(i -> i.get("code").asString() + "|"
                + i.get("unit").asString()).toList())
                .contains("LATE|DN02", "LOW_RATE|DN02", "NOT_REPORTED|DN03");
    }

    private static void assertGroup(JsonNode group, String key, long attended, long total, String rate) {
        assertThat(group.get("key").asString()).isEqualTo(key);
        assertThat(group.get("attended").asLong()).isEqualTo(attended);
        assertThat(group.get("total").asLong()).isEqualTo(total);
        assertThat(group.get("rate").decimalValue()).isEqualByComparingTo(rate);
    }
}
