package vn.tonghop.vocabulary;

import java.util.List;

/**
 * How much of a workbook is read at most. Each limit is checked while reading, before its cost is paid: a file
 * beyond one is refused as TOO_LARGE after a bounded amount of work and memory, whatever it holds. The defaults are
 * far above any report made from the template (one sheet of a few hundred rows and a dozen columns).
 *
 * @param maxFileBytes     the size of the file on disk
 * @param maxUnpackedBytes the bytes all parts of an .xlsx package inflate to together
 * @param maxParts         the entries of an .xlsx package
 * @param maxRows          rows of a sheet (a row beyond it, even empty, stops the reading)
 * @param maxColumns       columns of a sheet
 * @param maxSharedStrings distinct texts of an .xlsx workbook
 * @param maxTextLength    characters of one text (Excel's own limit for a cell)
 * @param maxCopyBytes     what a submission may unpack to and still be copied into its return workbook: copying
 *                         loads it whole, unlike reading; a larger one is described there instead
 * @param maxCopyParts     the parts of an .xlsx package copied into a return workbook at most
 */
public record ReadLimits(long maxFileBytes, long maxUnpackedBytes, int maxParts, int maxRows, int maxColumns,
                         int maxSharedStrings, int maxTextLength, long maxCopyBytes, int maxCopyParts) {

    private static final long DEFAULT_COPY_BYTES = 24L * 1024 * 1024;
    private static final int DEFAULT_COPY_PARTS = 2_000;

    public static final ReadLimits DEFAULTS = new ReadLimits(20L * 1024 * 1024, 200L * 1024 * 1024, 1_000,
            50_000, 1_000, 200_000, 32_767);

    /** The names of the limits, as a message and job.yml's {@code limits:} block give them. */
    public static final List<String> NAMES = List.of("file-bytes", "unpacked-bytes", "parts", "rows", "columns",
            "shared-strings", "text-length", "copy-bytes", "copy-parts");

    public ReadLimits {
        if (maxFileBytes <= 0 || maxUnpackedBytes <= 0 || maxParts <= 0 || maxRows <= 0 || maxColumns <= 0
                || maxSharedStrings <= 0 || maxTextLength <= 0 || maxCopyBytes <= 0 || maxCopyParts <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /** The reading limits with the default copy limits. */
    public ReadLimits(long maxFileBytes, long maxUnpackedBytes, int maxParts, int maxRows, int maxColumns,
                      int maxSharedStrings, int maxTextLength) {
        this(maxFileBytes, maxUnpackedBytes, maxParts, maxRows, maxColumns, maxSharedStrings, maxTextLength,
                DEFAULT_COPY_BYTES, DEFAULT_COPY_PARTS);
    }
}
