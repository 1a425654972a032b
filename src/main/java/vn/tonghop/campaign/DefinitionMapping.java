package vn.tonghop.campaign;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One mapping of job.yml (the whole file, or an entry of {@code groups:}): typed access to its keys, each failure
 * naming the key and, when the key is there, its line.
 */
final class DefinitionMapping {

    private final Path file;
    private final String prefix;
    private final Map<?, ?> values;
    /** Each key as written, with its key and value nodes, in the file's order. */
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    DefinitionMapping(Path file, String prefix, Map<?, ?> values, MappingNode node) {
        this.file = file;
        this.prefix = prefix;
        this.values = values;
        for (NodeTuple tuple : node.getValue()) {
            entries.put(keyText(tuple.getKeyNode()), tuple);
        }
    }

    /** Refuses the first key that is not one of {@code known}, suggesting the known key it most likely meant. */
    void rejectUnknownKeys(Set<String> known) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (!known.contains(key)) {
                String hint = DefinitionKeys.closest(key, known).map(k -> "did you mean '" + k + "'?")
                        .orElse("the known keys are " + String.join(", ", new TreeSet<>(known)));
                throw new InvalidCampaignException(file, lineOf(entry.getValue().getKeyNode()), 0, prefix + key,
                        "unknown key; " + hint);
            }
        }
    }

    /** A failure of this key, placed on its line when the file has it. */
    InvalidCampaignException problem(String key, String problem) {
        NodeTuple entry = entries.get(key);
        return new InvalidCampaignException(file, entry == null ? 0 : lineOf(entry.getKeyNode()), 0, prefix + key,
                problem);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value as SnakeYAML constructed it (a map, a list, a string, a number, a date), or null. */
    Object value(String key) {
        return values.get(key);
    }

    String requiredText(String key) {
        String text = optionalText(key);
        if (text == null) {
            throw problem(key, has(key) ? "no value" : "missing");
        }
        return text;
    }

    String optionalText(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw problem(key, "expected a single value");
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    List<String> requiredTextList(String key) {
        if (!(values.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw problem(key, "expected a non-empty list such as [a, b]");
        }
        List<String> texts = list.stream().map(v -> v == null ? "" : v.toString().trim()).toList();
        if (texts.contains("")) {
            throw problem(key, "the list has an empty entry");
        }
        if (new HashSet<>(texts).size() != texts.size()) {
            throw problem(key, "the list repeats an entry");
        }
        return texts;
    }

    LocalDate requiredDate(String key) {
        if (values.get(key) instanceof Date date) {
            // SnakeYAML reads an unquoted 2007-06-30 as a UTC timestamp
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        String text = requiredText(key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(key, "'" + text + "' is not a date yyyy-mm-dd");
        }
    }

    BigDecimal percent(String key) {
        String text = optionalText(key);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal percent = new BigDecimal(text);
            if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return percent;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range, as for a number out of it
        }
        throw problem(key, "'" + text + "' is not a percent from 0 to 100");
    }

    /**
     * The mappings of a list of mappings such as {@code groups:}, each with the prefix {@code key[n].}; an entry that
     * is not a mapping is refused with its line.
     *
     * @param expected what an entry must hold, for the message
     */
    List<DefinitionMapping> mappings(String key, String expected) {
        NodeTuple entry = entries.get(key);
        if (entry == null || !(entry.getValueNode() instanceof SequenceNode sequence)
                || !(values.get(key) instanceof List<?> list)) {
            return List.of();
        }
        List<DefinitionMapping> mappings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Node item = sequence.getValue().get(i);
            String name = prefix + key + "[" + (i + 1) + "]";
            if (!(item instanceof MappingNode mapping) || !(list.get(i) instanceof Map<?, ?> map)) {
                throw new InvalidCampaignException(file, lineOf(item), 0, name, "expected " + expected);
            }
            mappings.add(new DefinitionMapping(file, name + ".", map, mapping));
        }
        return mappings;
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String keyText(Node key) {
        return key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(key);
    }
}
