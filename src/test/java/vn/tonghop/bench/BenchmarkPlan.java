package vn.tonghop.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What every file of a benchmark folder holds, drawn from a fixed seed: a registry of units, one submission per
 * file (about a tenth .xls), one to three sessions per unit, clusters whose members report the same joint
 * sessions, and a few faulty files (a wrong {@code Tổng cộng}, a unit code missing from the registry). From the
 * same plan come the figures a correct consolidation must give, before and after the night on which about 1% of
 * the files are sent again with new content.
 */
final class BenchmarkPlan {

    static final String OWN_FORM = "Tự tổ chức";
    static final String SPEAKER_FORM = "Mời báo cáo viên cấp trên";
    static final String CLUSTER_FORM = "Ghép cụm";
    /** Every this many registry units, one is changed on the night. */
    static final int CHANGED_EVERY = 100;

    private static final LocalDate FIRST_SESSION = LocalDate.of(2007, 4, 2);
    private static final LocalDate LAST_REPORT = LocalDate.of(2007, 6, 29);
    private static final List<String> KINDS = List.of("Chi bộ Trường Tiểu học", "Chi bộ Trạm Y tế xã",
            "Đảng bộ xã", "Chi bộ Hợp tác xã Nông nghiệp", "Chi bộ Ban Quản lý chợ", "Đảng bộ Công ty Cổ phần",
            "Chi bộ Trường Trung học cơ sở", "Chi bộ Điện lực");
    private static final List<String> PLACES = List.of("Long Hồ", "Mang Thít", "Vũng Liêm", "Tam Bình",
            "Trà Ôn", "Bình Minh", "Bình Tân", "Cửu Long", "Phước Hậu", "Tân Quới", "Hòa Ninh", "Lộc Hòa");

    enum Fault { NONE, WRONG_TOTAL, UNKNOWN_UNIT }

    record Unit(String code, String name, boolean pilot) {
    }

    record Session(String code, LocalDate date, String place, long[] attended) {
    }

    /** One file: the unit it names, what it reports, and how it is faulty, if at all. */
    record Report(Unit unit, String form, String clusterCode, LocalDate reportDate, long[] membership,
                  List<Session> sessions, boolean xls, Fault fault, boolean changedAtNight) {

        String fileName() {
            return unit.code() + "-" + asciiFold(unit.name()) + (xls ? ".xls" : ".xlsx");
        }

        long attended(int group) {
            return sessions.stream().mapToLong(s -> s.attended()[group]).sum();
        }
    }

    /** The figures of a consolidation; rates rounded half-up to 2 decimals, null without members. */
    record Expected(int files, int unitsExpected, int unitsReported, long sessions, long attendees,
                    long[] attended, long[] total, BigDecimal[] rates, int rejected) {
    }

    private final List<Unit> registry;
    private final List<Report> reports;

    private BenchmarkPlan(List<Unit> registry, List<Report> reports) {
        this.registry = List.copyOf(registry);
        this.reports = List.copyOf(reports);
    }

    /** The plan of {@code files} submissions (at least 20) for the given seed; the same every time. */
    static BenchmarkPlan of(int files, long seed) {
        if (files < 20) {
            throw new IllegalArgumentException("a benchmark needs at least 20 files, not " + files);
        }
        Random random = new Random(seed);
        int faultyEach = Math.max(1, files / 2000);
        int registered = files - faultyEach;
        List<Unit> registry = new ArrayList<>();
        for (int i = 1; i <= registered; i++) {
            registry.add(new Unit(String.format("DV%05d", i), name(i, random), i % 50 == 7));
        }
        Set<Integer> clustered = new HashSet<>();
        List<List<Integer>> clusters = clusters(registered, random, clustered);
        Set<Integer> wrongTotals = new LinkedHashSet<>();
        while (wrongTotals.size() < faultyEach) {
            int candidate = random.nextInt(registered);
            if (!clustered.contains(candidate) && candidate % CHANGED_EVERY != CHANGED_EVERY / 2) {
                wrongTotals.add(candidate);
            }
        }
        Report[] planned = new Report[registered];
        for (int c = 0; c < clusters.size(); c++) {
            List<Integer> members = clusters.get(c);
            String code = String.format("CUM%05d", c + 1);
            int count = 1 + random.nextInt(2);
            List<LocalDate> dates = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                dates.add(workday(FIRST_SESSION.plusDays(random.nextInt(70))));
            }
            dates.sort(null);
            for (int index : members) {
                planned[index] = clusterReport(registry.get(index), code, dates, random);
            }
        }
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < registered; i++) {
            Report report = planned[i] != null ? planned[i] : ownReport(registry.get(i), i, random);
            Fault fault = wrongTotals.contains(i) ? Fault.WRONG_TOTAL : Fault.NONE;
            boolean changed = fault == Fault.NONE && i % CHANGED_EVERY == CHANGED_EVERY / 2;
            reports.add(new Report(report.unit(), report.form(), report.clusterCode(), report.reportDate(),
                    report.membership(), report.sessions(), random.nextInt(10) == 0, fault, changed));
        }
        for (int i = 1; i <= faultyEach; i++) {
            Unit stranger = new Unit(String.format("ZZ%05d", i), "Chi bộ mới thành lập " + i, false);
            Report report = ownReport(stranger, i, random);
            reports.add(new Report(stranger, report.form(), null, report.reportDate(), report.membership(),
                    report.sessions(), false, Fault.UNKNOWN_UNIT, false));
        }
        return new BenchmarkPlan(registry, reports);
    }

    List<Unit> registry() {
        return registry;
    }

    /** Every file before the night. */
    List<Report> reports() {
        return reports;
    }

    /** Every file after the night: the changed ones with one attendee fewer in their first session. */
    List<Report> reportsAfterNight() {
        return reports.stream().map(r -> r.changedAtNight() ? changed(r) : r).toList();
    }

    /** The figures of a correct consolidation of the given files, for the given number of groups. */
    Expected expected(List<Report> files, int groups) {
        List<Report> accepted = files.stream().filter(r -> r.fault() == Fault.NONE).toList();
        Set<String> sessionCodes = new HashSet<>();
        long[] attended = new long[groups];
        long[] total = new long[groups];
        for (Report report : accepted) {
            report.sessions().forEach(s -> sessionCodes.add(s.code()));
            for (int g = 0; g < groups; g++) {
                attended[g] += report.attended(g);
                total[g] += report.membership()[g];
            }
        }
        BigDecimal[] rates = new BigDecimal[groups];
        for (int g = 0; g < groups; g++) {
            rates[g] = total[g] == 0 ? null : BigDecimal.valueOf(attended[g]).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(total[g]), 2, RoundingMode.HALF_UP);
        }
        int reported = (int) accepted.stream().map(r -> r.unit().code()).distinct().count();
        return new Expected(files.size(), registry.size(), reported, sessionCodes.size(),
                Arrays.stream(attended).sum(), attended, total, rates, files.size() - accepted.size());
    }

    /** About 15% of the units study in clusters of 3 to 6 neighbours. */
    private static List<List<Integer>> clusters(int registered, Random random, Set<Integer> clustered) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < registered; ) {
            if (random.nextInt(100) < 4) {
                int size = Math.min(3 + random.nextInt(4), registered - i);
                List<Integer> members = new ArrayList<>();
                for (int m = 0; m < size; m++) {
                    members.add(i + m);
                    clustered.add(i + m);
                }
                clusters.add(members);
                i += size;
            } else {
                i++;
            }
        }
        return clusters;
    }

    private static Report clusterReport(Unit unit, String clusterCode, List<LocalDate> dates, Random random) {
        long[] membership = membership(random);
        List<long[]> shares = split(attendance(membership, random), dates.size());
        List<Session> sessions = new ArrayList<>();
        for (int s = 0; s < dates.size(); s++) {
            sessions.add(new Session(String.format("%s-%02d", clusterCode, s + 1), dates.get(s),
                    "Hội trường cụm " + clusterCode, shares.get(s)));
        }
        return new Report(unit, CLUSTER_FORM, clusterCode, reportDate(dates.get(dates.size() - 1), random),
                membership, sessions, false, Fault.NONE, false);
    }

    private static Report ownReport(Unit unit, int index, Random random) {
        long[] membership = membership(random);
        int draw = random.nextInt(10);
        int count = draw < 6 ? 1 : draw < 9 ? 2 : 3;
        List<long[]> shares = split(attendance(membership, random), count);
        LocalDate date = workday(FIRST_SESSION.plusDays(random.nextInt(50)));
        List<Session> sessions = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            sessions.add(new Session(String.format("%s-%02d", unit.code(), s + 1), date,
                    s == 0 ? "Hội trường cơ quan" : "Phòng họp đơn vị", shares.get(s)));
            date = workday(date.plusDays(7 + random.nextInt(8)));
        }
        String form = index % 3 == 0 ? SPEAKER_FORM : OWN_FORM;
        return new Report(unit, form, null, reportDate(sessions.get(count - 1).date(), random), membership,
                sessions, false, Fault.NONE, false);
    }

    private static Report changed(Report report) {
        List<Session> sessions = new ArrayList<>(report.sessions());
        Session first = sessions.get(0);
        long[] attended = first.attended().clone();
        int group = attended[0] > 0 ? 0 : 1;
        attended[group]--;
        sessions.set(0, new Session(first.code(), first.date(), first.place(), attended));
        return new Report(report.unit(), report.form(), report.clusterCode(), report.reportDate(),
                report.membership(), sessions, report.xls(), report.fault(), true);
    }

    /** Cadres and party members, masses. */
    private static long[] membership(Random random) {
        return new long[] {8 + random.nextInt(73), 5 + random.nextInt(396)};
    }

    /** A tenth absent at most, so no rate falls below the low-rate warning. */
    private static long[] attendance(long[] membership, Random random) {
        long[] attended = new long[membership.length];
        for (int g = 0; g < membership.length; g++) {
            attended[g] = membership[g] - random.nextInt((int) Math.max(1, membership[g] / 10) + 1);
        }
        return attended;
    }

    /** Spreads attendees over the sessions, the remainder going to the first. */
    private static List<long[]> split(long[] attended, int sessions) {
        List<long[]> shares = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            long[] share = new long[attended.length];
            for (int g = 0; g < attended.length; g++) {
                share[g] = attended[g] / sessions + (s == 0 ? attended[g] % sessions : 0);
            }
            shares.add(share);
        }
        return shares;
    }

    private static LocalDate reportDate(LocalDate lastSession, Random random) {
        LocalDate date = lastSession.plusDays(2 + random.nextInt(6));
        return workdayBefore(date.isAfter(LAST_REPORT) ? LAST_REPORT : date);
    }

    private static LocalDate workday(LocalDate date) {
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static LocalDate workdayBefore(LocalDate date) {
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.minusDays(1);
        }
        return date;
    }

    private static String name(int number, Random random) {
        return KINDS.get(random.nextInt(KINDS.size())) + " " + PLACES.get(random.nextInt(PLACES.size())) + " "
                + number;
    }

    /** "Chi bộ Trạm Y tế xã Long Hồ 12" becomes "Chi-bo-Tram-Y-te-xa-Long-Ho-12". */
    static String asciiFold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
