package vn.tonghop.workbook.poi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A part is parsed again unless its bytes, its kind and its source part are all those of one parsed before. */
class PartMemoTest {

    private final PartMemo memo = new PartMemo();
    /** What the parser was given, one entry per call. */
    private final List<String> parsed = new ArrayList<>();

    @Test
    void thePartsOfOneTemplateAreParsedOnce() throws Exception {
        String first = parse(String.class, "/xl/workbook.xml", "<Relationships a='1'/>");
        String second = parse(String.class, "/xl/workbook.xml", "<Relationships a='1'/>");

        assertThat(second).isSameAs(first);
        assertThat(parsed).containsExactly("<Relationships a='1'/>");
    }

    @Test
    void oneByteOfDifferenceIsParsedAgain() throws Exception {
        parse(String.class, "", "<styleSheet x='1'/>");
        String other = parse(String.class, "", "<styleSheet x='2'/>");

        assertThat(other).isEqualTo("parsed <styleSheet x='2'/>");
        assertThat(parsed).hasSize(2);
    }

    @Test
    void relationshipsOfAnotherSourcePartAreParsedAgain() throws Exception {
        parse(String.class, "/xl/workbook.xml", "<Relationships/>");
        parse(String.class, "/", "<Relationships/>");

        assertThat(parsed).hasSize(2);
    }

    @Test
    void partsOfAnotherKindNeverShareAResult() throws Exception {
        parse(String.class, "", "<x/>");
        CharSequence other = memo.parse(CharSequence.class, "", stream("<x/>"), in -> "kind two");

        assertThat(other).isEqualTo("kind two");
    }

    @Test
    void aLargePartIsParsedWholeEveryTime() throws Exception {
        String large = "<sst>" + "a".repeat(PartMemo.MAX_PART_BYTES) + "</sst>";

        parse(String.class, "", large);
        parse(String.class, "", large);

        assertThat(parsed).containsExactly(large, large);
    }

    @Test
    void aMissingPartIsGivenToTheParserAsNull() throws Exception {
        String result = memo.parse(String.class, "", null, in -> in == null ? "none" : "some");

        assertThat(result).isEqualTo("none");
    }

    private String parse(Class<String> type, String sourcePart, String content) throws Exception {
        return memo.parse(type, sourcePart, stream(content), in -> {
            String text = read(in);
            parsed.add(text);
            return "parsed " + text;
        });
    }

    private static InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
