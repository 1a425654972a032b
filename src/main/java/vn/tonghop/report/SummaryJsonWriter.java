package vn.tonghop.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.UnitStatus;
import vn.tonghop.staging.FileCounts;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.OutputTexts;

/** Writes {@code summary.json}, the run's figures for other programs. Field order is part of the format. */
public final class SummaryJsonWriter {

    private final OutputTexts messages;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public SummaryJsonWriter(OutputTexts messages) {
        this.messages = messages;
    }

    public void write(OutputContents result, Path file) throws IOException {
        // streamed: at tens of thousands of units the text is megabytes, which one string would hold twice over
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            json.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .writeValue(out, summary(result));
            out.write(System.lineSeparator());
        }
    }

    Summary summary(OutputContents result) {
        Figures overall = result.consolidation().overall();
        List<String> missing = result.consolidation().units().stream()
                .filter(line -> line.status() != UnitStatus.REPORTED)
                .map(line -> line.unit().code()).toList();
        return new Summary(result.campaign().id(), result.campaign().period(), result.campaign().asOf().toString(),
                result.runId(),
                new Units(overall.unitsExpected(), overall.unitsReported(), missing),
                overall.sessions(), overall.attendees(),
                overall.groups().stream().map(g -> new Group(g.key(), g.name(), g.attended(), g.total(), g.rate()))
                        .toList(),
                result.files(),
                result.issues().stream().map(this::issue).toList());
    }

    private IssueEntry issue(Issue issue) {
        return new IssueEntry(issue.file(), issue.unit(), issue.sheet(), issue.cell(), issue.code().name(),
                issue.severity().name(), messages.message(issue));
    }

    record Summary(String job, String period, String asOf, String runId, Units units, long sessions, long attendees,
                   List<Group> groups, FileCounts files, List<IssueEntry> issues) {
    }

    record Units(int expected, int reported, List<String> missing) {
    }

    record Group(String key, String name, long attended, long total, BigDecimal rate) {
    }

    record IssueEntry(String file, String unit, String sheet, String cell, String code, String severity,
                      String message) {
    }
}
