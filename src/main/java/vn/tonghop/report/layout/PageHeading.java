package vn.tonghop.report.layout;

/**
 * The running header and footer text of every printed page of an output workbook.
 *
 * @param left        the campaign, at the top left
 * @param right       the data cut-off date, at the top right
 * @param pageOfPages "page {0} of {1}" in the reader's language, at the bottom right
 */
public record PageHeading(String left, String right, String pageOfPages) {
}
