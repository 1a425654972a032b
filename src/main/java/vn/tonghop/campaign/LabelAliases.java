package vn.tonghop.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code aliases:} block of job.yml: other words a campaign's forms use for a label of the template, e.g.
 * {@code "Mã đơn vị": ["Mã ĐV", "Mã số đơn vị"]}. Each key is a label as the template spells it (a fixed label or
 * a group's total- or attended-label); an alias is matched like the label itself (case, spacing and diacritics
 * aside). Issues still name the template's label.
 */
public record LabelAliases(Map<String, List<String>> byLabel) {

    public static final LabelAliases NONE = new LabelAliases(Map.of());

    public LabelAliases {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byLabel.forEach((label, aliases) -> copy.put(label, List.copyOf(aliases)));
        byLabel = java.util.Collections.unmodifiableMap(copy);
    }

    /** The label's other spellings; empty when the campaign declares none. */
    public List<String> of(String label) {
        return byLabel.getOrDefault(label, List.of());
    }

    static LabelAliases read(Path file, Object value) {
        if (value == null) {
            return NONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidCampaignException(file, "aliases",
                    "expected one line per label, such as \"Mã đơn vị\": [\"Mã ĐV\"]");
        }
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String label = String.valueOf(entry.getKey()).trim();
            byLabel.put(label, aliases(file, "aliases." + label, entry.getValue()));
        }
        return new LabelAliases(byLabel);
    }

    /** A single alias may be written without brackets. */
    private static List<String> aliases(Path file, String key, Object value) {
        List<?> items = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
        List<String> aliases = new ArrayList<>();
        for (Object item : items) {
            if (item == null || item instanceof Map<?, ?> || item instanceof List<?> || item.toString().isBlank()) {
                throw new InvalidCampaignException(file, key, "each alias must be a text, e.g. [\"Mã ĐV\"]");
            }
            aliases.add(item.toString().trim());
        }
        return aliases;
    }
}
