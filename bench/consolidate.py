#!/usr/bin/python3
"""The script a committee's clerk would otherwise write: reads every workbook of a folder one after the other
(openpyxl in read-only mode for .xlsx, xlrd for .xls), finds the labels, the session table and its Tổng cộng row,
rejects a file whose totals or unit code are wrong, keeps each unit's latest report and prints the figures as JSON.

Usage: consolidate.py <units.csv> <input folder> [period]
"""
import csv
import datetime
import json
import os
import sys
import unicodedata
import warnings
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
import xlrd

GROUPS = [
    ("can-bo-dang-vien", "Tổng số cán bộ chủ chốt và đảng viên", "Cán bộ chủ chốt và đảng viên dự"),
    ("quan-chung", "Tổng số quần chúng, công đoàn viên, hội viên", "Quần chúng, công đoàn viên, hội viên dự"),
]


def plain(text):
    """'Mã  đơn vị' -> 'ma don vi': labels match whatever the case, spacing and diacritics."""
    if not isinstance(text, str):
        return None
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(folded.lower().split())


UNIT_CODE, PERIOD, REPORT_DATE = plain("Mã đơn vị"), plain("Kỳ báo cáo"), plain("Ngày báo cáo")
SESSION_NO, SESSION_CODE = plain("STT"), plain("Mã cuộc")
ROW_TOTAL, TOTAL_ROW = plain("Tổng số người dự"), plain("Tổng cộng")
TOTAL_LABELS = [plain(g[1]) for g in GROUPS]
ATTENDED_LABELS = [plain(g[2]) for g in GROUPS]


class Rejected(Exception):
    pass


def rows_of(path):
    """Every sheet of the workbook as lists of cell values; dates as datetime."""
    if path.lower().endswith(".xls"):
        book = xlrd.open_workbook(path)
        for sheet in book.sheets():
            rows = []
            for r in range(sheet.nrows):
                row = []
                for cell in sheet.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        row.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        row.append(None)
                    else:
                        row.append(cell.value)
                rows.append(row)
            yield rows
    else:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for sheet in book.worksheets:
                yield [list(row) for row in sheet.iter_rows(values_only=True)]
        finally:
            book.close()


def count(value, what):
    if isinstance(value, str):
        value = value.strip().replace(".", "").replace(",", "")
        if not value.isdigit():
            raise Rejected(f"{what}: not a number")
        return int(value)
    if value is None:
        return 0
    if value != int(value) or value < 0:
        raise Rejected(f"{what}: not a count")
    return int(value)


def read_submission(rows):
    """The label block, the session rows and the Tổng cộng row of one sheet, or None when it is not the form."""
    block, header_at = {}, None
    for r, row in enumerate(rows):
        labels = [plain(v) for v in row]
        if SESSION_NO in labels and SESSION_CODE in labels:
            header_at = r
            break
        for c, label in enumerate(labels):
            if label:
                value = next((v for v in row[c + 1:] if v not in (None, "")), None)
                block.setdefault(label, value)
    if UNIT_CODE not in block or header_at is None:
        return None
    header = [plain(v) for v in rows[header_at]]
    columns = {label: header.index(label) for label in ATTENDED_LABELS + [SESSION_CODE, ROW_TOTAL]}
    sessions, totals = [], None
    for row in rows[header_at + 1:]:
        row = row + [None] * (len(header) - len(row))
        if any(plain(v) == TOTAL_ROW for v in row):
            totals = row
            break
        if all(row[columns[label]] in (None, "") for label in ATTENDED_LABELS):
            continue
        sessions.append(row)
    return block, columns, sessions, totals


def check(path, registry, period):
    for rows in rows_of(path):
        found = read_submission(rows)
        if found:
            break
    else:
        raise Rejected("not a submission")
    block, columns, sessions, totals = found
    unit = str(block[UNIT_CODE]).strip()
    if unit not in registry:
        raise Rejected(f"unknown unit {unit}")
    if str(block.get(PERIOD, "")).strip() != period:
        raise Rejected("wrong period")
    if not sessions:
        raise Rejected("no sessions")
    if totals is None:
        raise Rejected("no Tổng cộng row")
    membership = [count(block.get(label), label) for label in TOTAL_LABELS]
    attended = [0] * len(GROUPS)
    codes = []
    for row in sessions:
        counts = [count(row[columns[label]], label) for label in ATTENDED_LABELS]
        if count(row[columns[ROW_TOTAL]], ROW_TOTAL) != sum(counts):
            raise Rejected("row total differs from the sum of the groups")
        attended = [a + c for a, c in zip(attended, counts)]
        code = row[columns[SESSION_CODE]]
        codes.append(str(code).strip() if code not in (None, "") else f"{unit}#{len(codes)}")
    for g, label in enumerate(ATTENDED_LABELS):
        if count(totals[columns[label]], label) != attended[g]:
            raise Rejected(f"Tổng cộng of {label} differs from the sum of the rows")
        if attended[g] > membership[g]:
            raise Rejected(f"{label} exceeds the membership")
    if count(totals[columns[ROW_TOTAL]], ROW_TOTAL) != sum(attended):
        raise Rejected("Tổng cộng of the attendees differs from the sum of the rows")
    reported = block.get(REPORT_DATE)
    if isinstance(reported, str):
        reported = datetime.datetime.strptime(reported.strip(), "%d/%m/%Y")
    return {"unit": unit, "date": reported, "membership": membership, "attended": attended, "codes": codes}


def main():
    warnings.filterwarnings("ignore", module="openpyxl")
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    units_csv, folder = sys.argv[1], sys.argv[2]
    period = sys.argv[3] if len(sys.argv) == 4 else "2007-GD1"
    with open(units_csv, encoding="utf-8-sig", newline="") as f:
        registry = {row["code"] for row in csv.DictReader(f)}
    latest, files, rejected = {}, 0, 0
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.startswith(("~$", ".")) or not name.lower().endswith((".xlsx", ".xls")):
            continue
        files += 1
        try:
            report = check(path, registry, period)
        except Rejected as e:
            print(f"{name}: rejected, {e}", file=sys.stderr)
            rejected += 1
            continue
        key = (report["date"], os.path.getmtime(path))
        if report["unit"] not in latest or key > latest[report["unit"]][0]:
            latest[report["unit"]] = (key, report)
    reports = [r for _, r in latest.values()]
    groups = []
    for g, (key, _, _) in enumerate(GROUPS):
        attended = sum(r["attended"][g] for r in reports)
        total = sum(r["membership"][g] for r in reports)
        rate = None if total == 0 else float(
            (Decimal(attended) * 100 / Decimal(total)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
        groups.append({"key": key, "attended": attended, "total": total, "rate": rate})
    print(json.dumps({
        "files": files,
        "units": {"expected": len(registry), "reported": len(reports)},
        "sessions": len({code for r in reports for code in r["codes"]}),
        "attendees": sum(g["attended"] for g in groups),
        "groups": groups,
        "rejected": rejected,
    }, indent=2))


if __name__ == "__main__":
    main()
