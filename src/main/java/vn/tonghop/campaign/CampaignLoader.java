package vn.tonghop.campaign;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads {@code job.yml} and the unit registry it names into a {@link Campaign}, rejecting anything the job could not
 * use with a message that names the file, the key and the problem.
 */
public final class CampaignLoader {

    static final String DEFAULT_SCHEDULE = "0 0 2 * * *";

    private final UnitRegistryReader registryReader = new UnitRegistryReader();

    public Campaign load(Path jobFile) {
        Map<?, ?> yaml = parse(jobFile);
        Definition definition = new Definition(jobFile, yaml);

        String id = definition.requiredText("id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidCampaignException(jobFile, "id", "use letters, digits, '.', '_' or '-' only (it names "
                    + "the output folder)");
        }
        List<String> forms = definition.requiredTextList("forms");
        String clusterForm = definition.optionalText("cluster-form");
        if (clusterForm != null && !forms.contains(clusterForm)) {
            throw new InvalidCampaignException(jobFile, "cluster-form", "'" + clusterForm + "' is not one of forms "
                    + forms);
        }
        Path unitsFile = jobFile.toAbsolutePath().getParent().resolve(definition.requiredText("units"));
        if (!Files.isRegularFile(unitsFile)) {
            throw new InvalidCampaignException(jobFile, "units", "file not found: " + unitsFile);
        }
        String schedule = definition.optionalText("schedule");
        if (schedule != null && !CronExpression.isValidExpression(schedule)) {
            throw new InvalidCampaignException(jobFile, "schedule", "'" + schedule + "' is not a valid cron "
                    + "expression (six fields: second minute hour day month weekday)");
        }
        List<ParticipantGroup> groups = groups(definition);
        return new Campaign(jobFile.toAbsolutePath(), id,
                definition.requiredText("title"),
                definition.optionalText("organisation"),
                definition.requiredText("period"),
                definition.requiredDate("as-of"),
                definition.requiredDate("deadline"),
                groups,
                forms,
                clusterForm,
                definition.percent("low-rate-warning"),
                registryReader.read(unitsFile),
                schedule == null ? DEFAULT_SCHEDULE : schedule,
                ReportTemplate.read(jobFile, yaml.get("report"), groups));
    }

    private static Map<?, ?> parse(Path jobFile) {
        if (!Files.isRegularFile(jobFile)) {
            throw new InvalidCampaignException(jobFile, null, "job definition not found");
        }
        try (Reader reader = Files.newBufferedReader(jobFile, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (root instanceof Map<?, ?> map) {
                return map;
            }
            throw new InvalidCampaignException(jobFile, null, "expected 'key: value' lines at the top level");
        } catch (IOException e) {
            throw new InvalidCampaignException(jobFile, null, "cannot read (" + e.getMessage() + ")");
        } catch (YAMLException e) {
            throw new InvalidCampaignException(jobFile, null, "not valid YAML: " + e.getMessage().lines()
                    .findFirst().orElse(""));
        }
    }

    private static List<ParticipantGroup> groups(Definition definition) {
        Object value = definition.yaml.get("groups");
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidCampaignException(definition.file, "groups", "at least one participant group is "
                    + "required");
        }
        List<ParticipantGroup> groups = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw new InvalidCampaignException(definition.file, "groups[" + (i + 1) + "]",
                        "expected key, name, total-label and attended-label");
            }
            Definition group = new Definition(definition.file, map, "groups[" + (i + 1) + "].");
            ParticipantGroup parsed = new ParticipantGroup(group.requiredText("key"), group.requiredText("name"),
                    group.requiredText("total-label"), group.requiredText("attended-label"));
            if (!keys.add(parsed.key())) {
                throw new InvalidCampaignException(definition.file, "groups[" + (i + 1) + "].key",
                        "duplicate group key " + parsed.key());
            }
            groups.add(parsed);
        }
        return groups;
    }

    /** Typed access to the keys of one YAML mapping, each failure naming the key. */
    private static final class Definition {
        private final Path file;
        private final Map<?, ?> yaml;
        private final String prefix;

        Definition(Path file, Map<?, ?> yaml) {
            this(file, yaml, "");
        }

        Definition(Path file, Map<?, ?> yaml, String prefix) {
            this.file = file;
            this.yaml = yaml;
            this.prefix = prefix;
        }

        String requiredText(String key) {
            String text = optionalText(key);
            if (text == null) {
                throw new InvalidCampaignException(file, prefix + key, "missing");
            }
            return text;
        }

        String optionalText(String key) {
            Object value = yaml.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw new InvalidCampaignException(file, prefix + key, "expected a single value");
            }
            String text = value.toString().trim();
            return text.isEmpty() ? null : text;
        }

        List<String> requiredTextList(String key) {
            Object value = yaml.get(key);
            if (!(value instanceof List<?> list) || list.isEmpty()) {
                throw new InvalidCampaignException(file, prefix + key, "expected a non-empty list such as [a, b]");
            }
            List<String> texts = list.stream().map(v -> v == null ? "" : v.toString().trim()).toList();
            if (texts.contains("")) {
                throw new InvalidCampaignException(file, prefix + key, "the list has an empty entry");
            }
            if (new HashSet<>(texts).size() != texts.size()) {
                throw new InvalidCampaignException(file, prefix + key, "the list repeats an entry");
            }
            return texts;
        }

        LocalDate requiredDate(String key) {
            Object value = yaml.get(key);
            if (value instanceof Date date) {
                // SnakeYAML reads an unquoted 2007-06-30 as a UTC timestamp
                return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            }
            String text = requiredText(key);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidCampaignException(file, prefix + key, "'" + text + "' is not a date yyyy-mm-dd");
            }
        }

        BigDecimal percent(String key) {
            String text = optionalText(key);
            if (text == null) {
                return null;
            }
            try {
                BigDecimal percent = new BigDecimal(text);
                if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new NumberFormatException();
                }
                return percent;
            } catch (NumberFormatException e) {
                throw new InvalidCampaignException(file, prefix + key, "'" + text + "' is not a percent from 0 to "
                        + "100");
            }
        }
    }
}
