package vn.dangbo.baocao.report;

/** The period a report covers: "tháng 4 năm 2026", "quý II năm 2026", "năm 2026". */
public record Period(PeriodKind kind, int year, int number) {

    public String label() {
        return vn.dangbo.baocao.template.PeriodLabel.of(kind.name(), year, number);
    }

    /** The first day of the period; yearly and ad-hoc periods start on 1 January. */
    public java.time.LocalDate start() {
        int month = switch (kind) {
            case MONTH -> number;
            case QUARTER -> (number - 1) * 3 + 1;
            case HALF_YEAR -> (number - 1) * 6 + 1;
            case YEAR, ADHOC -> 1;
        };
        return java.time.LocalDate.of(year, month, 1);
    }

    public boolean valid() {
        return year >= 2000
                && year <= 2100
                && switch (kind) {
                    case MONTH -> number >= 1 && number <= 12;
                    case QUARTER -> number >= 1 && number <= 4;
                    case HALF_YEAR -> number == 1 || number == 2;
                    case YEAR, ADHOC -> true;
                };
    }
}
