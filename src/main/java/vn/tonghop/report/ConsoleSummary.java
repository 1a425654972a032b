package vn.tonghop.report;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.report.layout.NumberTexts;
import vn.tonghop.staging.FileCounts;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;

/** The few lines printed at the end of a run: the figures of the report and where the outputs are. */
public final class ConsoleSummary {

    private final OutputTexts messages;
    private final NumberTexts numbers;

    public ConsoleSummary(OutputTexts messages) {
        this.messages = messages;
        this.numbers = new NumberTexts(messages.locale());
    }

    public String format(OutputContents result, Path outputFolder) {
        Figures overall = result.consolidation().overall();
        FileCounts files = result.files();
        long errors = result.issues().stream().filter(i -> i.severity() == Severity.ERROR).count();
        StringBuilder text = new StringBuilder();
        line(text, "console.title", result.campaign().title());
        line(text, "console.asOf", result.campaign().asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                result.campaign().period());
        line(text, "console.units", overall.unitsReported(), overall.unitsExpected());
        line(text, "console.sessions", numbers.count(overall.sessions()));
        line(text, "console.attendees", numbers.count(overall.attendees()));
        for (GroupFigures group : overall.groups()) {
            line(text, "console.group", group.name(), numbers.count(group.attended()), numbers.count(group.total()),
                    numbers.percent(group.rate()));
        }
        line(text, "console.files", files.seen(), files.read(), files.reused(), files.accepted(), files.rejected(),
                files.ignored());
        line(text, "console.issues", errors, result.issues().size() - errors);
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
