package vn.tonghop.campaign;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads job.yml into the values SnakeYAML constructs (maps, lists, strings, numbers, dates) while keeping its nodes,
 * whose marks give every key's line; a file that is not YAML is refused with the line, the column and the mistake in
 * plain words.
 */
final class JobYaml {

    private static final String SAVE_AS_UTF8 = "save it as UTF-8 (Notepad: Save as, Encoding UTF-8)";

    private JobYaml() {
    }

    /** The bytes of the job definition; refused when there is no such file. */
    static byte[] bytes(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidCampaignException(file, null, "job definition not found");
        }
        return Utf8Text.bytes(file);
    }

    /** The definition held by {@code bytes}, read from {@code file}. */
    static DefinitionMapping read(Path file, byte[] bytes) {
        String text = Utf8Text.decode(file, bytes, SAVE_AS_UTF8);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        ValueConstructor constructor = new ValueConstructor(options);
        Node root;
        Object values;
        try {
            root = new Yaml(constructor).compose(new StringReader(text));
            values = root == null ? null : constructor.values(root);
        } catch (MarkedYAMLException e) {
            throw invalid(file, text, e);
        } catch (YAMLException e) {
            throw new InvalidCampaignException(file, null, "not valid YAML: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
        if (root == null) {
            throw new InvalidCampaignException(file, null, "the file is empty: expected 'key: value' lines");
        }
        if (!(root instanceof MappingNode mapping) || !(values instanceof Map<?, ?> map)) {
            throw notAMapping(file, text, root);
        }
        return new DefinitionMapping(file, "", map, mapping);
    }

    private static InvalidCampaignException notAMapping(Path file, String text, Node root) {
        int line = root.getStartMark().getLine() + 1;
        String lineText = lineText(text, root.getStartMark().getLine());
        if (root instanceof ScalarNode && lineText.contains(":")) {
            // "period:2007-GD1" is one plain string to YAML, not a key and a value
            return new InvalidCampaignException(file, line, 0, null, "'" + lineText
                    + "' is not a 'key: value' line: put a space after the ':'");
        }
        return new InvalidCampaignException(file, line, 0, null, "expected 'key: value' lines at the top level");
    }

    /** SnakeYAML's problem in plain words, placed where the user has to look. */
    private static InvalidCampaignException invalid(Path file, String text, MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark where = e.getProblemMark();
        Mark opened = e.getContextMark();
        String plain;
        if (problem.contains("could not find expected ':'") && opened != null) {
            where = opened;
            String line = lineText(text, opened.getLine());
            plain = "'" + line + "' is not a 'key: value' line: "
                    + (line.contains(":") ? "put a space after the ':'" : "a ':' and a space must follow the key");
            return located(file, where, false, plain);
        } else if (problem.contains("cannot start any token") && problem.contains("TAB")) {
            plain = "a tab character: indent and separate with spaces only";
        } else if (context.contains("flow sequence") && opened != null) {
            plain = "the list opened with '[' at line " + (opened.getLine() + 1) + ", column "
                    + (opened.getColumn() + 1) + " is not closed with ']' (or an item lacks its ',')";
        } else if (context.contains("flow mapping") && opened != null) {
            plain = "the '{' at line " + (opened.getLine() + 1) + ", column " + (opened.getColumn() + 1)
                    + " is not closed with '}' (or an entry lacks its ',')";
        } else if (context.contains("quoted scalar") && opened != null) {
            where = opened;
            plain = "the quote opened here is not closed";
        } else if (problem.startsWith("found duplicate key")) {
            plain = "the key '" + problem.substring("found duplicate key".length()).trim() + "' appears twice";
            return located(file, where, false, plain);
        } else if (problem.contains("mapping values are not allowed here")) {
            plain = "a ':' where no key can start: check the indentation, and put quotes around a value that "
                    + "holds ': '";
        } else if (problem.contains("expected <block end>")) {
            plain = "the indentation does not match the lines above";
        } else {
            plain = (context.isEmpty() ? "" : context + ": ") + problem;
        }
        return located(file, where, true, plain + unclosedQuoteBefore(text, where.getLine()));
    }

    /**
     * A double quote left open on an earlier line makes YAML read on to the next quote and stumble far below; the
     * first line above the error with an odd number of quotes is most likely where the mistake is.
     */
    private static String unclosedQuoteBefore(String text, int zeroBasedLine) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < Math.min(zeroBasedLine, lines.size()); i++) {
            String line = lines.get(i).replace("\\\\", "").replace("\\\"", "");
            if (line.chars().filter(c -> c == '"').count() % 2 == 1) {
                return " (is the quote opened on line " + (i + 1) + " closed?)";
            }
        }
        return "";
    }

    private static InvalidCampaignException located(Path file, Mark where, boolean withColumn, String plain) {
        return new InvalidCampaignException(file, where.getLine() + 1, withColumn ? where.getColumn() + 1 : 0, null,
                "not valid YAML: " + plain);
    }

    /** The line as the user wrote it, without its comment, to quote in a message. */
    private static String lineText(String text, int zeroBasedLine) {
        List<String> lines = text.lines().toList();
        return zeroBasedLine < lines.size() ? lines.get(zeroBasedLine).replaceFirst("\\s#.*$", "").strip() : "";
    }

    /** Constructs the plain values of a node that was composed first, so both the values and the marks are kept. */
    private static final class ValueConstructor extends SafeConstructor {

        ValueConstructor(LoaderOptions options) {
            super(options);
        }

        Object values(Node root) {
            return constructDocument(root);
        }
    }
}
