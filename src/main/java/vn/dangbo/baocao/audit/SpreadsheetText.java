package vn.dangbo.baocao.audit;

/**
 * Text safe to open in a spreadsheet: a value that Excel or LibreOffice would read as a formula (it begins
 * with =, +, -, @, a tab or a carriage return) gets a leading single quote and stays plain text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
