package org.sitrep.extract;

import org.sitrep.nlp.Token;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves date expressions against the article's publication date, never the wall clock:
 * weekdays ("on Tuesday" is the latest Tuesday on or before publication), "yesterday", "today",
 * "tomorrow", "last week", "N days ago", "October 6" / "6 October [2019]", ISO dates.
 */
final class Dates {
    /** A date expression over tokens [start, end); precision as ACLED's time_precision. */
    record DateMention(int start, int end, LocalDate date, int precision, boolean future, boolean speech) {
        DateMention(int start, int end, LocalDate date, int precision, boolean future) {
            this(start, end, date, precision, future, false);
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    /** A date without a year that lands this far after publication belongs to the previous year. */
    static final int FUTURE_SLACK_DAYS = 7;

    private Dates() {
    }

    static List<DateMention> find(List<Token> toks, LocalDate pub) {
        List<DateMention> out = new ArrayList<>();
        if (pub == null) {
            return out;
        }
        for (int i = 0; i < toks.size(); i++) {
            DateMention m = at(toks, i, pub);
            if (m != null) {
                out.add(m);
                i = m.end() - 1;
            } else if (!out.isEmpty()) {
                DateMention r = before(toks, i, out.get(out.size() - 1));
                if (r != null) {
                    out.add(r);
                    i = r.end() - 1;
                }
            }
        }
        return out;
    }

    private static final Map<String, Integer> FEW = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5);

    /**
     * "claimed on Saturday the killing of two shepherds a day earlier", "the previous day": a day counted
     * back from the date the sentence gave before it.
     */
    private static DateMention before(List<Token> toks, int i, DateMention anchor) {
        String w = toks.get(i).lower();
        String n1 = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
        String n2 = i + 2 < toks.size() ? toks.get(i + 2).lower() : "";
        if (w.equals("the") && (n1.equals("previous") || n1.equals("preceding")) && n2.equals("day")) {
            return new DateMention(i, i + 3, anchor.date().minusDays(1), 1, false);
        }
        if (w.equals("the") && n1.equals("day") && n2.equals("before")) {
            return new DateMention(i, i + 3, anchor.date().minusDays(1), 1, false);
        }
        Integer n = FEW.get(w);
        if (n != null && (n1.equals("day") || n1.equals("days")) && (n2.equals("earlier") || n2.equals("before"))) {
            return new DateMention(i, i + 3, anchor.date().minusDays(n), 1, false);
        }
        return null;
    }

    private static DateMention at(List<Token> toks, int i, LocalDate pub) {
        String w = toks.get(i).lower();
        String prev = i > 0 ? toks.get(i - 1).lower() : "";
        String next = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
        switch (w) {
            case "yesterday":
                return new DateMention(i, i + 1, pub.minusDays(1), 1, false);
            case "today":
            case "tonight":
                return new DateMention(i, i + 1, pub, 1, false);
            case "tomorrow":
                return new DateMention(i, i + 1, pub.plusDays(1), 1, true);
            default:
                break;
        }
        if (w.equals("this") && (next.equals("morning") || next.equals("evening") || next.equals("afternoon"))) {
            return new DateMention(i, i + 2, pub, 1, false);
        }
        if ((w.equals("last") || w.equals("past")) && next.equals("week")) {
            return new DateMention(i, i + 2, pub.minusDays(7), 2, false);
        }
        if (w.equals("earlier") && next.equals("this") && i + 2 < toks.size()) {
            String unit = toks.get(i + 2).lower();
            if (unit.equals("week")) {
                return new DateMention(i, i + 3, pub, 2, false);
            }
            if (unit.equals("month")) {
                return new DateMention(i, i + 3, pub, 3, false);
            }
        }
        if (w.equals("last") && next.equals("month")) {
            return new DateMention(i, i + 2, pub.minusMonths(1), 3, false);
        }
        if (w.equals("next") && next.equals("week")) {
            return new DateMention(i, i + 2, pub.plusDays(7), 2, true);
        }
        if (w.equals("ago") && i >= 2) {
            int n = smallNumber(toks.get(i - 2).lower());
            String unit = prev;
            if (n > 0 && unit.startsWith("day")) {
                return new DateMention(i - 2, i + 1, pub.minusDays(n), 1, false);
            }
            if (n > 0 && unit.startsWith("week")) {
                return new DateMention(i - 2, i + 1, pub.minusDays(7L * n), 2, false);
            }
        }
        DayOfWeek dow = weekday(w);
        if (dow != null) {
            if (prev.equals("next") || prev.equals("coming")) {
                LocalDate d = pub.plusDays(1);
                while (d.getDayOfWeek() != dow) {
                    d = d.plusDays(1);
                }
                return new DateMention(i - 1, i + 1, d, 1, true);
            }
            LocalDate d = prev.equals("last") ? pub.minusDays(1) : pub;
            while (d.getDayOfWeek() != dow) {
                d = d.minusDays(1);
            }
            return new DateMention(prev.equals("last") ? i - 1 : i, i + 1, d, 1, false);
        }
        if (w.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return new DateMention(i, i + 1, LocalDate.parse(w), 1, false);
            } catch (DateTimeException e) {
                return null;
            }
        }
        Integer month = MONTHS.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
        if (month != null && (month != 5 || toks.get(i).isCapitalized()) && (w.length() > 3 || toks.get(i).isCapitalized())) {
            // "October 6[, 2019]"
            int day = dayNumber(next);
            if (day > 0) {
                int end = i + 2;
                Integer year = null;
                if (end < toks.size() && toks.get(end).text().equals(",") && end + 1 < toks.size() && isYear(toks.get(end + 1).text())) {
                    year = Integer.parseInt(toks.get(end + 1).text());
                    end += 2;
                } else if (end < toks.size() && isYear(toks.get(end).text())) {
                    year = Integer.parseInt(toks.get(end).text());
                    end++;
                }
                LocalDate d = build(year, month, day, pub);
                return d == null ? null : new DateMention(i, end, d, 1, d.isAfter(pub));
            }
            // "6 October [2019]"
            int pday = dayNumber(prev);
            if (pday > 0 && i > 0) {
                int end = i + 1;
                Integer year = null;
                if (isYear(next)) {
                    year = Integer.parseInt(next);
                    end++;
                }
                LocalDate d = build(year, month, pday, pub);
                return d == null ? null : new DateMention(i - 1, end, d, 1, d.isAfter(pub));
            }
            if (prev.equals("in") || prev.equals("since") || prev.equals("early") || prev.equals("late") || prev.equals("mid")) {
                Integer year = isYear(next) ? Integer.valueOf(Integer.parseInt(next)) : null;
                LocalDate d = build(year, month, 1, pub);
                return d == null ? null : new DateMention(i, year != null ? i + 2 : i + 1, d, 3, d.isAfter(pub));
            }
        }
        return null;
    }

    private static LocalDate build(Integer year, int month, int day, LocalDate pub) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            LocalDate d = LocalDate.of(pub.getYear(), month, day);
            if (d.isAfter(pub.plusDays(FUTURE_SLACK_DAYS))) {
                // the year before, built anew: minusYears would quietly turn February 29 into the 28th (DatesTest)
                d = LocalDate.of(pub.getYear() - 1, month, day);
            }
            return d;
        } catch (DateTimeException e) {
            return null; // "February 30": no date rather than a wrong one
        }
    }

    private static boolean isYear(String s) {
        if (s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }

    private static int dayNumber(String s) {
        String d = s.replaceAll("(st|nd|rd|th)$", "");
        if (d.isEmpty() || d.length() > 2 || !d.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int v = Integer.parseInt(d);
        return v >= 1 && v <= 31 ? v : 0;
    }

    private static int smallNumber(String s) {
        return switch (s) {
            case "one", "a" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            default -> s.chars().allMatch(Character::isDigit) && !s.isEmpty() && s.length() < 3 ? Integer.parseInt(s) : 0;
        };
    }

    private static DayOfWeek weekday(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "monday" -> DayOfWeek.MONDAY;
            case "tuesday" -> DayOfWeek.TUESDAY;
            case "wednesday" -> DayOfWeek.WEDNESDAY;
            case "thursday" -> DayOfWeek.THURSDAY;
            case "friday" -> DayOfWeek.FRIDAY;
            case "saturday" -> DayOfWeek.SATURDAY;
            case "sunday" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }
}
