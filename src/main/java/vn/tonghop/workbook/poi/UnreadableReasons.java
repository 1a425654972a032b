package vn.tonghop.workbook.poi;

/** Why a file cannot be read, worded for the office staff who read the exception report. */
final class UnreadableReasons {

    static final String EMPTY = "tệp rỗng";
    static final String ENCRYPTED = "tệp có mật khẩu";
    static final String CORRUPT = "tệp bị hỏng hoặc không đầy đủ";
    static final String NOT_A_SPREADSHEET = "không phải tệp bảng tính Excel";
    static final String TOO_OLD = "tệp Excel đời cũ (Excel 95 trở về trước), cần lưu lại thành .xlsx";
    static final String BINARY_XLSB = "tệp dạng .xlsb chưa được hỗ trợ, cần lưu lại thành .xlsx";
    static final String CANNOT_OPEN = "không mở được tệp";

    private UnreadableReasons() {
    }
}
