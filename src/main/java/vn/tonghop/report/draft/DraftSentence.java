package vn.tonghop.report.draft;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.SentenceTemplate;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.report.layout.NumberTexts;
import vn.tonghop.vocabulary.OutputTexts;

/**
 * The first section's sentence: the committee's own wording from {@code report.sentence} filled with the run's
 * figures, or, for a language without one, the bundle's wording extended to every group.
 */
final class DraftSentence {

    private final OutputTexts messages;
    private final NumberTexts numbers;

    DraftSentence(OutputTexts messages) {
        this.messages = messages;
        this.numbers = new NumberTexts(messages.locale());
    }

    String write(Campaign campaign, Figures overall) {
        Map<String, String> values = values(campaign, overall);
        return campaign.report().sentence(messages.locale())
                .map(template -> template.fill(values))
                .orElseGet(() -> messages.format("draft.sentence", values.get(SentenceTemplate.AS_OF),
                        values.get(SentenceTemplate.UNITS_REPORTED), values.get(SentenceTemplate.UNITS_EXPECTED),
                        values.get(SentenceTemplate.SESSIONS), values.get(SentenceTemplate.ATTENDEES),
                        values.get(SentenceTemplate.GROUPS)));
    }

    /** Every figure a template may name, written as the reader's language writes numbers. */
    private Map<String, String> values(Campaign campaign, Figures overall) {
        Map<String, String> values = new HashMap<>();
        values.put(SentenceTemplate.AS_OF,
                campaign.asOf().format(DateTimeFormatter.ofPattern(campaign.report().dateFormat())));
        values.put(SentenceTemplate.PERIOD, campaign.period());
        values.put(SentenceTemplate.UNITS_REPORTED, numbers.count(overall.unitsReported()));
        values.put(SentenceTemplate.UNITS_EXPECTED, numbers.count(overall.unitsExpected()));
        values.put(SentenceTemplate.UNITS_MISSING, numbers.count(overall.unitsExpected() - overall.unitsReported()));
        values.put(SentenceTemplate.SESSIONS, numbers.count(overall.sessions()));
        values.put(SentenceTemplate.ATTENDEES, numbers.count(overall.attendees()));
        values.put(SentenceTemplate.GROUPS, groups(overall.groups()));
        for (GroupFigures group : overall.groups()) {
            values.put(SentenceTemplate.groupFigure(group.key(), "name"), group.name());
            values.put(SentenceTemplate.groupFigure(group.key(), "attended"), numbers.count(group.attended()));
            values.put(SentenceTemplate.groupFigure(group.key(), "total"), numbers.count(group.total()));
            values.put(SentenceTemplate.groupFigure(group.key(), "rate"), numbers.percent(group.rate()));
        }
        return values;
    }

    /**
     * "cán bộ chủ chốt và đảng viên 2.488, đạt tỷ lệ 97,23% và 6.114 quần chúng, …, đạt tỷ lệ 98,23%": the first
     * group names itself before its count, the others after it, as the committee writes; the last joined by "và".
     */
    private String groups(List<GroupFigures> groups) {
        List<String> parts = new ArrayList<>();
        for (GroupFigures group : groups) {
            parts.add(messages.format(parts.isEmpty() ? "draft.sentence.firstGroup" : "draft.sentence.group",
                    group.name(), numbers.count(group.attended()), numbers.percent(group.rate()),
                    inSentence(group.name())));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(messages.text("draft.sentence.groupSeparator"), parts.subList(0, parts.size() - 1))
                + messages.text("draft.sentence.lastGroupSeparator") + parts.get(parts.size() - 1);
    }

    /** A group's name inside a sentence: "Cán bộ chủ chốt" becomes "cán bộ chủ chốt". */
    private String inSentence(String name) {
        return name.substring(0, 1).toLowerCase(messages.locale()) + name.substring(1);
    }
}
