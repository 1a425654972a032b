package vn.tonghop.campaign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;

/**
 * Loads {@code job.yml} and the unit registry it names into a {@link Campaign}, rejecting anything the job could not
 * use with a message that names the file, the line, the key and the problem.
 */
public final class CampaignLoader {

    static final String DEFAULT_SCHEDULE = "0 0 2 * * *";

    private final UnitRegistryReader registryReader = new UnitRegistryReader();

    public Campaign load(Path jobFile) {
        DefinitionMapping definition = JobYaml.read(jobFile);
        definition.rejectUnknownKeys(DefinitionKeys.TOP_LEVEL);

        String id = definition.requiredText("id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw definition.problem("id", "use letters, digits, '.', '_' or '-' only (it names the output folder)");
        }
        List<String> forms = definition.requiredTextList("forms");
        String clusterForm = ClusterForm.of(definition, forms);
        Path unitsFile = jobFile.toAbsolutePath().getParent().resolve(definition.requiredText("units"));
        if (!Files.isRegularFile(unitsFile)) {
            throw definition.problem("units", "file not found: " + unitsFile);
        }
        String schedule = definition.optionalText("schedule");
        if (schedule != null && !CronExpression.isValidExpression(schedule)) {
            throw definition.problem("schedule", "'" + schedule + "' is not a valid cron expression (six fields: "
                    + "second minute hour day month weekday)");
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
                ReportTemplate.read(jobFile, definition.value("report"), groups),
                LabelAliases.read(jobFile, definition.value("aliases")),
                LimitsDefinition.read(jobFile, definition.value("limits")));
    }

    private static List<ParticipantGroup> groups(DefinitionMapping definition) {
        List<DefinitionMapping> entries = definition.mappings("groups", "key, name, total-label and attended-label");
        if (entries.isEmpty()) {
            throw definition.problem("groups", "at least one participant group is required");
        }
        List<ParticipantGroup> groups = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (DefinitionMapping group : entries) {
            group.rejectUnknownKeys(DefinitionKeys.GROUP);
            ParticipantGroup parsed = new ParticipantGroup(group.requiredText("key"), group.requiredText("name"),
                    group.requiredText("total-label"), group.requiredText("attended-label"));
            if (!keys.add(parsed.key())) {
                throw group.problem("key", "duplicate group key " + parsed.key());
            }
            groups.add(parsed);
        }
        return groups;
    }
}
