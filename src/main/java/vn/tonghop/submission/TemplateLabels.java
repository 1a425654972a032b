package vn.tonghop.submission;

/**
 * The fixed labels of the submission template, as the template spells them; they are also the subjects of issues.
 * Group labels are not here: they come from the campaign.
 */
public final class TemplateLabels {

    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String UNIT_NAME = "Tên đơn vị";
    public static final String PERIOD = "Kỳ báo cáo";
    public static final String REPORT_DATE = "Ngày báo cáo";
    public static final String FORM = "Hình thức tổ chức";
    public static final String CLUSTER_CODE = "Mã cụm";

    public static final String ROW_NUMBER = "STT";
    public static final String SESSION_CODE = "Mã cuộc";
    public static final String SESSION_DATE = "Ngày học";
    public static final String PLACE = "Địa điểm";
    public static final String ROW_TOTAL = "Tổng số người dự";
    public static final String NOTE = "Ghi chú";
    public static final String GRAND_TOTAL = "Tổng cộng";

    /** Sub-headers under a group's name in a two-row header: its members, attendees and rate, per session. */
    public static final String GROUP_MEMBERS = "Tổng số";
    public static final String GROUP_ATTENDED = "Số dự";
    public static final String GROUP_RATE = "Tỷ lệ";

    private TemplateLabels() {
    }
}
