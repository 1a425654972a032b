package vn.tonghop.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The widths, in characters, of the report sheet's columns: wide enough for the dates, places and counts units
 * type, with long group headers wrapped over a few lines rather than one very wide column.
 */
final class ColumnWidths {

    private static final int MIN_GROUP_WIDTH = 14;
    private static final int MAX_GROUP_WIDTH = 22;

    private final List<Integer> characters;

    private ColumnWidths(List<Integer> characters) {
        this.characters = List.copyOf(characters);
    }

    static ColumnWidths of(TemplateLayout layout) {
        List<Integer> widths = new ArrayList<>(List.of(6, 13, 13, 26));
        layout.groups().forEach(group -> widths.add(Math.max(MIN_GROUP_WIDTH,
                Math.min(MAX_GROUP_WIDTH, group.attendedLabel().length() / 2 + 3))));
        widths.add(14);
        widths.add(24);
        return new ColumnWidths(widths);
    }

    int of(int column) {
        return characters.get(column);
    }

    int span(int firstColumn, int lastColumn) {
        int sum = 0;
        for (int column = firstColumn; column <= lastColumn; column++) {
            sum += characters.get(column);
        }
        return sum;
    }

    void apply(Sheet sheet) {
        for (int column = 0; column < characters.size(); column++) {
            sheet.setColumnWidth(column, (characters.get(column) + 1) * 256);
        }
    }
}
