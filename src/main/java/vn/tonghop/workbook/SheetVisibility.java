package vn.tonghop.workbook;

/** Whether a sheet shows as a tab: hidden sheets can be unhidden by the user, very hidden ones only by a macro. */
public enum SheetVisibility {
    VISIBLE,
    HIDDEN,
    VERY_HIDDEN
}
