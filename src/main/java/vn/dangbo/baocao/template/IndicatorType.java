package vn.dangbo.baocao.template;

public enum IndicatorType {
    INTEGER,
    DECIMAL,
    MONEY,
    PERCENT,
    TEXT,
    DATE;

    public boolean numeric() {
        return this != TEXT && this != DATE;
    }
}
