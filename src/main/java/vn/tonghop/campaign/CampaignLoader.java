package vn.tonghop.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;

/**
 * Loads {@code job.yml} and the unit registry it names into a {@link Campaign}, rejecting anything the job could not
 * use with a message that names the file, the line, the key and the problem.
 * <p>
 * A loader remembers the last campaign it made and the bytes of the two files it made it from: loaded again while
 * both files hold the same bytes, the campaign is the same, and is given without parsing them again (a run loads its
 * campaign more than once, and a registry of 10,000 units takes tens of milliseconds to parse). Any change to either
 * file is read anew.
 */
public final class CampaignLoader {

    static final String DEFAULT_SCHEDULE = "0 0 2 * * *";

    private final UnitRegistryReader registryReader = new UnitRegistryReader();
    private volatile Loaded last;

    public Campaign load(Path jobFile) {
        byte[] definitionBytes = JobYaml.bytes(jobFile);
        Loaded previous = last;
        if (previous != null && previous.isFrom(jobFile.toAbsolutePath(), definitionBytes)) {
            return previous.campaign();
        }
        Loaded loaded = parse(jobFile, definitionBytes);
        last = loaded;
        return loaded.campaign();
    }

    private Loaded parse(Path jobFile, byte[] definitionBytes) {
        DefinitionMapping definition = JobYaml.read(jobFile, definitionBytes);
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
        byte[] unitsBytes = Utf8Text.bytes(unitsFile);
        Campaign campaign = new Campaign(jobFile.toAbsolutePath(), id,
                definition.requiredText("title"),
                definition.optionalText("organisation"),
                definition.requiredText("period"),
                definition.requiredDate("as-of"),
                definition.requiredDate("deadline"),
                groups,
                forms,
                clusterForm,
                definition.percent("low-rate-warning"),
                registryReader.read(unitsFile, unitsBytes),
                schedule == null ? DEFAULT_SCHEDULE : schedule,
                ReportTemplate.read(jobFile, definition.value("report"), groups),
                LabelAliases.read(jobFile, definition.value("aliases")),
                LimitsDefinition.read(jobFile, definition.value("limits")));
        return new Loaded(jobFile.toAbsolutePath(), definitionBytes, unitsFile, unitsBytes, campaign);
    }

    /** A campaign and the bytes of the files it was made from. */
    private record Loaded(Path jobFile, byte[] definitionBytes, Path unitsFile, byte[] unitsBytes,
                          Campaign campaign) {

        /** True when the job file and the registry it names hold the same bytes as when the campaign was made. */
        boolean isFrom(Path file, byte[] definition) {
            if (!jobFile.equals(file) || !Arrays.equals(definitionBytes, definition)) {
                return false;
            }
            try {
                return Arrays.equals(unitsBytes, Files.readAllBytes(unitsFile));
            } catch (IOException e) {
                // gone or unreadable now: loading it afresh says so
                return false;
            }
        }
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
