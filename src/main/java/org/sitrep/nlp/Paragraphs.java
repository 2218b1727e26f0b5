package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Paragraph boundaries: a paragraph starts after a blank line (whitespace-only lines count). */
final class Paragraphs {
    private Paragraphs() {
    }

    static int[] starts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int i = 0, n = text.length();
        while (i < n) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                break;
            }
            int j = nl + 1;
            boolean blank = false;
            while (j < n) {
                int k = j;
                while (k < n && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k < n && text.charAt(k) == '\n') {
                    blank = true;
                    j = k + 1;
                } else {
                    break;
                }
            }
            if (blank) {
                starts.add(j);
            }
            i = j;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static int indexOf(int[] starts, int offset) {
        int p = Arrays.binarySearch(starts, offset);
        return p >= 0 ? p : -p - 2;
    }
}
