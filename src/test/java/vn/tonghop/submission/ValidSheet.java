package vn.tonghop.submission;

import java.time.LocalDate;

/**
 * A correctly filled submission of unit DV001 for {@link TestCampaigns#twoGroups()}; tests break one thing in it.
 *
 * <pre>
 *  3 Mã đơn vị DV001          9 Tổng số cán bộ... 40       10 Tổng số quần chúng... 200
 * 12 STT | Mã cuộc | Ngày học | Địa điểm | CB dự | QC dự | Tổng số người dự | Ghi chú     (A..H)
 * 13   1 | C01     | 01/03    | ...      |   30  |  120  |  150
 * 14   2 |         | 05/03    | ...      |    8  |   50  |   58             | Học bù
 * 15   3                                                      (STT only: a blank line)
 * 16 Tổng cộng                           |   38  |  170  |  208
 * </pre>
 */
final class ValidSheet {

    static final String SHEET = "BaoCao";

    private ValidSheet() {
    }

    static SheetBuilder sheet() {
        return SheetBuilder.sheet(SHEET)
                .row(1, "BÁO CÁO KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT")
                .row(2, "(Kèm theo Hướng dẫn số 12-HD/BTG)")
                .row(3, "Mã đơn vị", null, "DV001")
                .row(4, "Tên đơn vị", null, "Chi bộ Thôn 1 (xã Yên Lạc)")
                .row(5, "Kỳ báo cáo", null, "2007-GD1")
                .row(6, "Ngày báo cáo", null, LocalDate.of(2024, 3, 10))
                .row(7, "Hình thức tổ chức", null, "Tự tổ chức")
                .row(8, "Mã cụm")
                .row(9, "Tổng số cán bộ chủ chốt và đảng viên", null, 40)
                .row(10, "Tổng số quần chúng, công đoàn viên, hội viên", null, 200)
                .row(12, "STT", "Mã cuộc", "Ngày học", "Địa điểm", "Cán bộ chủ chốt và đảng viên dự",
                        "Quần chúng, công đoàn viên, hội viên dự", "Tổng số người dự", "Ghi chú")
                .row(13, 1, "C01", LocalDate.of(2024, 3, 1), "Hội trường xã", 30, 120, 150)
                .row(14, 2, null, "05/03/2024", "Nhà văn hóa thôn", 8, 50, 58, "Học bù")
                .row(15, 3)
                .row(16, "Tổng cộng", null, null, null, 38, 170, 208)
                .row(18, "Người lập biểu", null, null, null, "Bí thư chi bộ")
                .row(19, "Ghi chú: số liệu tính đến ngày báo cáo.");
    }
}
