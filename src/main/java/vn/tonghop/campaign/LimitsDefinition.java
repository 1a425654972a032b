package vn.tonghop.campaign;

import java.nio.file.Path;
import java.util.Map;
import vn.tonghop.vocabulary.ReadLimits;

/**
 * The {@code limits:} block of job.yml: any of the {@link ReadLimits} by name, each a positive whole number; the
 * limits not given keep their defaults. An unknown key is refused like every other key of job.yml.
 * <pre>
 * limits:
 *   rows: 100000
 *   file-bytes: 52428800
 * </pre>
 */
final class LimitsDefinition {

    private static final String KEY = "limits";

    private LimitsDefinition() {
    }

    static ReadLimits read(Path file, Object value) {
        if (value == null) {
            return ReadLimits.DEFAULTS;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidCampaignException(file, KEY, "expected 'name: number' lines: " + ReadLimits.NAMES);
        }
        for (Object key : map.keySet()) {
            String name = String.valueOf(key);
            if (!ReadLimits.NAMES.contains(name)) {
                String hint = DefinitionKeys.closest(name, ReadLimits.NAMES).map(k -> " (did you mean '" + k + "'?)")
                        .orElse("");
                throw new InvalidCampaignException(file, KEY + "." + name, "unknown key" + hint + "; known: "
                        + ReadLimits.NAMES);
            }
        }
        ReadLimits d = ReadLimits.DEFAULTS;
        return new ReadLimits(
                number(file, map, "file-bytes", d.maxFileBytes()),
                number(file, map, "unpacked-bytes", d.maxUnpackedBytes()),
                (int) number(file, map, "parts", d.maxParts()),
                (int) number(file, map, "rows", d.maxRows()),
                (int) number(file, map, "columns", d.maxColumns()),
                (int) number(file, map, "shared-strings", d.maxSharedStrings()),
                (int) number(file, map, "text-length", d.maxTextLength()),
                number(file, map, "copy-bytes", d.maxCopyBytes()),
                (int) number(file, map, "copy-parts", d.maxCopyParts()));
    }

    private static long number(Path file, Map<?, ?> map, String name, long fallback) {
        Object value = map.get(name);
        if (value == null) {
            return fallback;
        }
        long max = name.endsWith("bytes") ? Long.MAX_VALUE : Integer.MAX_VALUE;
        try {
            long number = Long.parseLong(value.toString().strip().replace("_", ""));
            if (number > 0 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new InvalidCampaignException(file, KEY + "." + name, "'" + value + "' is not a positive whole number"
                + (max == Integer.MAX_VALUE ? " up to " + max : ""));
    }
}
