package vn.tonghop.campaign;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code report:} block of job.yml: what the draft report {@code bao-cao.docx} takes from the job definition.
 * Every key is optional; without one the draft uses the wording of the message bundles or leaves a blank for the
 * clerk.
 *
 * @param superior   the superior organisation, first line of the heading; null: no such line
 * @param issuer     the issuing organisation; null: the campaign's organisation
 * @param number     the number line the clerk completes, e.g. "Số      -BC/ĐUK"; null: the bundle's
 * @param place      the place written before the date; null: a blank for the clerk
 * @param date       the date of the report; null: the day of the run
 * @param dateFormat how the sentence writes dates, a {@link DateTimeFormatter} pattern
 * @param sentences  the first section's sentence by language ("vi", "en"); a language without one gets the
 *                   bundle's wording
 * @param recipients the lines under "Nơi nhận"; empty: the bundle's
 */
public record ReportTemplate(String superior, String issuer, String number, String place, LocalDate date,
                             String dateFormat, Map<String, SentenceTemplate> sentences, List<String> recipients,
                             Signature signature) {

    /** Day and month without leading zeros, as the committee writes them: 30/6/2007. */
    public static final String DEFAULT_DATE_FORMAT = "d/M/yyyy";

    /** A job definition without a {@code report:} block. */
    public static final ReportTemplate NONE = new ReportTemplate(null, null, null, null, null, DEFAULT_DATE_FORMAT,
            Map.of(), List.of(), new Signature(null, null, null));

    private static final List<String> KEYS = List.of("superior", "issuer", "number", "place", "date", "date-format",
            "sentence", "recipients", "signature");
    private static final List<String> SIGNATURE_KEYS = List.of("on-behalf-of", "title", "name");
    /** The languages of the outputs (--lang). */
    private static final List<String> LANGUAGES = List.of("vi", "en");

    /**
     * The signature block, e.g. "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ" and the signer's name; null parts are the
     * bundle's or left blank.
     */
    public record Signature(String onBehalfOf, String title, String name) {
    }

    public ReportTemplate {
        sentences = Map.copyOf(sentences);
        recipients = List.copyOf(recipients);
    }

    public Optional<SentenceTemplate> sentence(Locale language) {
        return Optional.ofNullable(sentences.get(language.getLanguage()));
    }

    /** Reads the value of {@code report:}; the sentence may only name figures these groups have. */
    static ReportTemplate read(Path file, Object value, List<ParticipantGroup> groups) {
        if (value == null) {
            return NONE;
        }
        Block report = Block.of(file, "report", value, KEYS);
        String dateFormat = report.text("date-format");
        if (dateFormat == null) {
            dateFormat = DEFAULT_DATE_FORMAT;
        } else {
            try {
                DateTimeFormatter.ofPattern(dateFormat).format(LocalDate.of(2000, 1, 1));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new InvalidCampaignException(file, "report.date-format", "'" + dateFormat + "' is not a date "
                        + "pattern such as d/M/yyyy");
            }
        }
        Object signature = report.value("signature");
        Block signer = signature == null ? null : Block.of(file, "report.signature", signature, SIGNATURE_KEYS);
        return new ReportTemplate(report.text("superior"), report.text("issuer"), report.text("number"),
                report.text("place"), report.date("date"), dateFormat,
                sentences(file, report.value("sentence"), SentenceTemplate.names(groups)), report.textList("recipients"),
                signer == null ? NONE.signature()
                        : new Signature(signer.text("on-behalf-of"), signer.text("title"), signer.text("name")));
    }

    /** A single text is the Vietnamese sentence; a mapping gives one per language. */
    private static Map<String, SentenceTemplate> sentences(Path file, Object value, List<String> names) {
        Map<String, SentenceTemplate> sentences = new LinkedHashMap<>();
        if (value == null) {
            return sentences;
        }
        if (value instanceof Map<?, ?> byLanguage) {
            Block block = Block.of(file, "report.sentence", byLanguage, LANGUAGES);
            for (String language : LANGUAGES) {
                String text = block.text(language);
                if (text != null) {
                    sentences.put(language, parse(file, "report.sentence." + language, text, names));
                }
            }
        } else if (!(value instanceof List<?>)) {
            sentences.put("vi", parse(file, "report.sentence", value.toString().trim(), names));
        } else {
            throw new InvalidCampaignException(file, "report.sentence", "expected a text, or one text per language "
                    + "(vi:, en:)");
        }
        return sentences;
    }

    private static SentenceTemplate parse(Path file, String key, String text, List<String> names) {
        try {
            return SentenceTemplate.parse(text, names);
        } catch (IllegalArgumentException e) {
            throw new InvalidCampaignException(file, key, e.getMessage());
        }
    }

    /** The keys of one mapping of the block, each failure naming its key. */
    private record Block(Path file, String name, Map<?, ?> yaml) {

        static Block of(Path file, String name, Object value, List<String> keys) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new InvalidCampaignException(file, name, "expected 'key: value' lines: " + keys);
            }
            for (Object key : map.keySet()) {
                if (!keys.contains(String.valueOf(key))) {
                    throw new InvalidCampaignException(file, name + "." + key, "unknown key; known: " + keys);
                }
            }
            return new Block(file, name, map);
        }

        Object value(String key) {
            return yaml.get(key);
        }

        String text(String key) {
            Object value = yaml.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw new InvalidCampaignException(file, name + "." + key, "expected a single value");
            }
            String text = value.toString().trim();
            return text.isEmpty() ? null : text;
        }

        List<String> textList(String key) {
            Object value = yaml.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw new InvalidCampaignException(file, name + "." + key, "expected a list such as [a, b]");
            }
            List<String> texts = new ArrayList<>();
            for (Object item : list) {
                if (item == null || item instanceof Map<?, ?> || item instanceof List<?>
                        || item.toString().isBlank()) {
                    throw new InvalidCampaignException(file, name + "." + key, "each entry must be a text");
                }
                texts.add(item.toString().trim());
            }
            return texts;
        }

        LocalDate date(String key) {
            Object value = yaml.get(key);
            if (value instanceof Date date) {
                // SnakeYAML reads an unquoted 2007-07-10 as a UTC timestamp
                return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            }
            String text = text(key);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidCampaignException(file, name + "." + key, "'" + text + "' is not a date yyyy-mm-dd");
            }
        }
    }
}
