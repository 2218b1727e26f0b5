package org.sitrep.export;

import java.util.regex.Pattern;

/**
 * CSV cells: RFC 4180 quoting, and OWASP's defence against formula injection. A spreadsheet runs a
 * cell that begins with =, +, -, @, a tab or a carriage return as a formula, so such a cell gets a
 * leading single quote; a number (a negative longitude, say) is left as it is, so it stays a number.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    /** The cell as written: neutralised, then quoted when it holds a comma, a quote or a line break. */
    public static String cell(String s) {
        return quote(neutralise(s == null ? "" : s));
    }

    static String neutralise(String s) {
        if (s.isEmpty() || NUMBER.matcher(s).matches()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** Undoes {@link #neutralise} when reading a file this class wrote. */
    public static String restore(String s) {
        if (s.length() >= 2 && s.charAt(0) == '\'') {
            char c = s.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return s.substring(1);
            }
        }
        return s;
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
