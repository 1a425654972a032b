package vn.tonghop.campaign;

/** A unit of the registry that is expected to submit a workbook. */
public record ReportingUnit(String code, String name, boolean pilot) {
}
