package vn.dangbo.baocao.report;

/** The period a report covers: "tháng 4 năm 2026", "quý II năm 2026", "năm 2026". */
public record Period(PeriodKind kind, int year, int number) {

    public String label() {
        return vn.dangbo.baocao.template.PeriodLabel.of(kind.name(), year, number);
    }

    public boolean valid() {
        return year >= 2000 && year <= 2100 && switch (kind) {
            case MONTH -> number >= 1 && number <= 12;
            case QUARTER -> number >= 1 && number <= 4;
            case HALF_YEAR -> number == 1 || number == 2;
            case YEAR, ADHOC -> true;
        };
    }

}
