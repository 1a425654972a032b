package vn.tonghop.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of the draft report written by the committee, with named placeholders for the run's figures, e.g.
 * {@code "Đến ngày {as-of} có {units-reported}/{units-expected} tổ chức ..."}. A name it does not know is refused
 * when the job definition is loaded, so a typing mistake stops the run before any file is read.
 */
public final class SentenceTemplate {

    public static final String AS_OF = "as-of";
    public static final String PERIOD = "period";
    public static final String UNITS_REPORTED = "units-reported";
    public static final String UNITS_EXPECTED = "units-expected";
    public static final String UNITS_MISSING = "units-missing";
    public static final String SESSIONS = "sessions";
    public static final String ATTENDEES = "attendees";
    /** Every group in the default wording: "…, đạt tỷ lệ 97,23% và 6.114 …". */
    public static final String GROUPS = "groups";

    private static final List<String> GROUP_FIGURES = List.of("name", "attended", "total", "rate");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final String text;

    private SentenceTemplate(String text) {
        this.text = text;
    }

    /** The names a sentence may use in a campaign with these groups; a group's figures are named by its key. */
    public static List<String> names(List<ParticipantGroup> groups) {
        List<String> names = new ArrayList<>(List.of(AS_OF, PERIOD, UNITS_REPORTED, UNITS_EXPECTED, UNITS_MISSING,
                SESSIONS, ATTENDEES, GROUPS));
        for (ParticipantGroup group : groups) {
            GROUP_FIGURES.forEach(figure -> names.add(groupFigure(group.key(), figure)));
        }
        return names;
    }

    /** The name of one figure of a group: {@code <key>.name}, {@code .attended}, {@code .total} or {@code .rate}. */
    public static String groupFigure(String groupKey, String figure) {
        return groupKey + "." + figure;
    }

    /**
     * @throws IllegalArgumentException naming the first unknown placeholder or unmatched brace
     */
    static SentenceTemplate parse(String text, List<String> names) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                throw new IllegalArgumentException("unknown placeholder {" + matcher.group(1) + "}; known: "
                        + names.stream().map(n -> "{" + n + "}").toList());
            }
        }
        String rest = matcher.replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            throw new IllegalArgumentException("a '{' or '}' without its pair");
        }
        return new SentenceTemplate(text);
    }

    /** The sentence with each placeholder replaced by its value. */
    public String fill(Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(placeholder -> {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + placeholder.group(1) + "}");
            }
            return Matcher.quoteReplacement(value);
        });
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
