package vn.tonghop.report;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.report.layout.NumberTexts;
import vn.tonghop.staging.FileCounts;
import vn.tonghop.vocabulary.OutputTexts;

/** The few lines printed at the end of a run: the figures of the report and where the outputs are. */
public final class ConsoleSummary {

    private final OutputTexts messages;
    private final NumberTexts numbers;

    public ConsoleSummary(OutputTexts messages) {
        this.messages = messages;
        this.numbers = new NumberTexts(messages.locale());
    }

    public String format(RunHeadline run, Path outputFolder) {
        Figures overall = run.overall();
        FileCounts files = run.files();
        StringBuilder text = new StringBuilder();
        line(text, "console.title", run.campaign().title());
        line(text, "console.asOf", run.campaign().asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                run.campaign().period());
        line(text, "console.units", overall.unitsReported(), overall.unitsExpected());
        line(text, "console.sessions", numbers.count(overall.sessions()));
        line(text, "console.attendees", numbers.count(overall.attendees()));
        for (GroupFigures group : overall.groups()) {
            line(text, "console.group", group.name(), numbers.count(group.attended()), numbers.count(group.total()),
                    numbers.percent(group.rate()));
        }
        line(text, "console.files", files.seen(), files.read(), files.reused(), files.accepted(), files.rejected(),
                files.ignored());
        line(text, "console.issues", run.errors(), run.warnings());
        line(text, "console.output", outputFolder.toAbsolutePath().normalize());
        return text.toString().stripTrailing();
    }

    private void line(StringBuilder text, String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        text.append(MessageFormat.format(messages.text(key), texts)).append(System.lineSeparator());
    }
}
