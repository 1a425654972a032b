package vn.tonghop.report.draft;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ReportTemplate;
import vn.tonghop.consolidation.Consolidation;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.consolidation.UnitStatus;
import vn.tonghop.report.draft.DraftDocument.Font;
import vn.tonghop.report.layout.NumberTexts;
import vn.tonghop.vocabulary.OutputTexts;

/**
 * Writes {@code bao-cao.docx}, the draft of the committee's report: the heading of a party document, the title,
 * a first section with the figures in the committee's sentence, the figures by form and of the pilot units, the
 * units that have not reported, then the recipients and the signature. Texts come from {@code report:} in job.yml
 * and from the message bundles.
 */
public final class DraftReportWriter {

    private static final int HEADING = 13;
    private static final int BODY = 14;
    private static final int RECIPIENT = 12;
    private static final int LEFT_COLUMN = 4300;

    private final OutputTexts messages;
    private final NumberTexts numbers;
    private final DraftSentence sentence;

    public DraftReportWriter(OutputTexts messages) {
        this.messages = messages;
        this.numbers = new NumberTexts(messages.locale());
        this.sentence = new DraftSentence(messages);
    }

    /** @param startedAt when the run started: the report's date when the campaign's {@code report:} gives none */
    public void write(Campaign campaign, Consolidation consolidation, Instant startedAt, Path file)
            throws IOException {
        ReportTemplate template = campaign.report();
        LocalDate date = template.date() != null ? template.date()
                : LocalDate.ofInstant(startedAt, ZoneId.systemDefault());
        try (DraftDocument document = new DraftDocument(messages.locale().toLanguageTag())) {
            heading(document, campaign, template, date);
            document.space(12);
            document.paragraph(messages.text("draft.title"), Font.bold(16), ParagraphAlignment.CENTER)
                    .setSpacingAfter(0);
            document.paragraph(campaign.title(), Font.bold(BODY), ParagraphAlignment.CENTER).setSpacingAfter(240);

            document.paragraph(messages.text("draft.section.results"), Font.bold(BODY), ParagraphAlignment.LEFT);
            document.bodyText(sentence.write(campaign, consolidation.overall()), Font.plain(BODY));
            byForm(document, campaign, consolidation);
            pilot(document, campaign, consolidation);
            missing(document, consolidation);
            document.space(12);
            closing(document, template);
            document.write(file);
        }
    }

    /** Organisations, star and number at the left; the party's name, place and date at the right. */
    private void heading(DraftDocument document, Campaign campaign, ReportTemplate template, LocalDate date) {
        XWPFTable table = document.table(1, new int[] {LEFT_COLUMN, DraftDocument.TEXT_WIDTH - LEFT_COLUMN}, false);
        XWPFTableCell left = table.getRow(0).getCell(0);
        int leftLines = 0;
        if (template.superior() != null) {
            DraftDocument.cellText(left, upper(template.superior()), Font.plain(HEADING), ParagraphAlignment.CENTER);
            leftLines++;
        }
        String issuer = template.issuer() != null ? template.issuer() : campaign.organisation();
        if (issuer != null) {
            DraftDocument.cellText(left, upper(issuer), Font.bold(HEADING), ParagraphAlignment.CENTER);
            leftLines++;
        }
        DraftDocument.cellText(left, "*", Font.plain(HEADING), ParagraphAlignment.CENTER);
        DraftDocument.cellText(left, template.number() != null ? template.number() : messages.text("draft.number"),
                Font.plain(HEADING), ParagraphAlignment.CENTER);

        XWPFTableCell right = table.getRow(0).getCell(1);
        DraftDocument.cellText(right, messages.text("draft.party"), new Font(BODY, true, false, true),
                ParagraphAlignment.CENTER);
        // the date stands on the line of the number
        for (int line = 1; line < leftLines + 1; line++) {
            DraftDocument.cellText(right, "", Font.plain(HEADING), ParagraphAlignment.CENTER);
        }
        String place = template.place() != null ? template.place() : messages.text("draft.blank");
        DraftDocument.cellText(right, messages.format("draft.placeDate", place, String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()),
                        date.getMonth().getDisplayName(TextStyle.FULL, messages.locale())),
                Font.italic(BODY), ParagraphAlignment.CENTER);
    }

    private void byForm(DraftDocument document, Campaign campaign, Consolidation consolidation) {
        document.paragraph(messages.text("draft.section.byForm"), Font.bold(BODY), ParagraphAlignment.LEFT);
        FiguresTable table = new FiguresTable(document, List.of(messages.text("draft.col.form")),
                List.of(messages.text("draft.col.units"), messages.text("draft.col.sessions"),
                        messages.text("draft.col.attendees")), true, campaign.groups(),
                messages.text("draft.col.attended"), messages.text("draft.col.rate"), numbers);
        for (Map.Entry<String, Figures> form : consolidation.byForm().entrySet()) {
            table.row(List.of(form.getKey()), form.getValue(), false);
        }
        table.row(List.of(messages.text("draft.total")), consolidation.overall(), true);
        document.space(6);
    }

    /** Each pilot unit with its own figures, then theirs together (a joint session counted once). */
    private void pilot(DraftDocument document, Campaign campaign, Consolidation consolidation) {
        document.paragraph(messages.text("draft.section.pilot"), Font.bold(BODY), ParagraphAlignment.LEFT);
        List<UnitLine> pilots = consolidation.units().stream().filter(line -> line.unit().pilot()).toList();
        if (pilots.isEmpty()) {
            document.bodyText(messages.text("draft.pilot.none"), Font.plain(BODY));
            return;
        }
        FiguresTable table = new FiguresTable(document, List.of(messages.text("draft.col.no"),
                messages.text("draft.col.unit")), List.of(messages.text("draft.col.sessions"),
                messages.text("draft.col.attendees")), false, campaign.groups(),
                messages.text("draft.col.attended"), messages.text("draft.col.rate"), numbers);
        int number = 0;
        for (UnitLine line : pilots) {
            String name = line.figures() == null
                    ? messages.format("draft.pilot.notCounted", line.unit().name()) : line.unit().name();
            table.row(List.of(String.valueOf(++number), name), line.figures(), false);
        }
        table.row(List.of("", messages.text("draft.total")), consolidation.pilot(), true);
        document.space(6);
    }

    /** Units without an accepted submission: those that sent nothing and those whose reports were returned. */
    private void missing(DraftDocument document, Consolidation consolidation) {
        document.paragraph(messages.text("draft.section.missing"), Font.bold(BODY), ParagraphAlignment.LEFT);
        List<UnitLine> missing = consolidation.units().stream()
                .filter(line -> line.status() != UnitStatus.REPORTED).toList();
        if (missing.isEmpty()) {
            document.bodyText(messages.text("draft.missing.none"), Font.plain(BODY));
            return;
        }
        document.bodyText(messages.format("draft.missing.intro", numbers.count(missing.size())), Font.plain(BODY));
        for (UnitLine line : missing) {
            String key = line.status() == UnitStatus.REJECTED ? "draft.missing.rejected" : "draft.missing.notReported";
            document.bodyText(messages.format(key, line.unit().code(), line.unit().name()), Font.plain(BODY))
                    .setSpacingAfter(0);
        }
    }

    /** "Nơi nhận" and its lines at the left, the signature at the right. */
    private void closing(DraftDocument document, ReportTemplate template) {
        XWPFTable table = document.table(1, new int[] {LEFT_COLUMN, DraftDocument.TEXT_WIDTH - LEFT_COLUMN}, false);
        XWPFTableCell left = table.getRow(0).getCell(0);
        DraftDocument.cellText(left, messages.text("draft.recipients"), new Font(BODY, false, false, true),
                ParagraphAlignment.LEFT);
        for (String recipient : recipients(template)) {
            DraftDocument.cellText(left, recipient, Font.plain(RECIPIENT), ParagraphAlignment.LEFT);
        }

        XWPFTableCell right = table.getRow(0).getCell(1);
        ReportTemplate.Signature signature = template.signature();
        DraftDocument.cellText(right, signature.onBehalfOf() != null ? signature.onBehalfOf()
                : messages.text("draft.signature.onBehalfOf"), Font.bold(BODY), ParagraphAlignment.CENTER);
        DraftDocument.cellText(right, signature.title() != null ? signature.title()
                : messages.text("draft.signature.title"), Font.bold(BODY), ParagraphAlignment.CENTER);
        for (int line = 0; line < 4; line++) {
            DraftDocument.cellText(right, "", Font.plain(BODY), ParagraphAlignment.CENTER);
        }
        if (signature.name() != null) {
            DraftDocument.cellText(right, signature.name(), Font.bold(BODY), ParagraphAlignment.CENTER);
        }
    }

    /** "- Ban Thường vụ Tỉnh ủy (b/c)," … "- Lưu Văn phòng.": a comma after each line, a full stop after the last. */
    private List<String> recipients(ReportTemplate template) {
        List<String> recipients = template.recipients().isEmpty()
                ? List.of(messages.text("draft.recipients.file")) : template.recipients();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String recipient = recipients.get(i);
            boolean punctuated = recipient.endsWith(",") || recipient.endsWith(".") || recipient.endsWith(";");
            lines.add("- " + recipient + (punctuated ? "" : i == recipients.size() - 1 ? "." : ","));
        }
        return lines;
    }

    private String upper(String text) {
        return text.toUpperCase(messages.locale());
    }
}
