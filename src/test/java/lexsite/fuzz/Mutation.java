package lexsite.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change to an act's lines. Positions are taken modulo the number of lines (and a column modulo the line's
 * length), so every mutation applies to any text and shrinks towards the start of it.
 */
sealed interface Mutation {

    List<String> apply(List<String> lines);

    record DeleteLine(int at) implements Mutation {
        public List<String> apply(List<String> lines) {
            List<String> out = new ArrayList<>(lines);
            if (out.size() > 1) out.remove(Math.floorMod(at, out.size()));
            return out;
        }
    }

    record DuplicateLine(int at) implements Mutation {
        public List<String> apply(List<String> lines) {
            List<String> out = new ArrayList<>(lines);
            int i = Math.floorMod(at, out.size());
            out.add(i, out.get(i));
            return out;
        }
    }

    record SwapLines(int a, int b) implements Mutation {
        public List<String> apply(List<String> lines) {
            List<String> out = new ArrayList<>(lines);
            java.util.Collections.swap(out, Math.floorMod(a, out.size()), Math.floorMod(b, out.size()));
            return out;
        }
    }

    /** Inserts text into a line; text holding a line break splits it, as it would in the file. */
    record InsertText(int at, int column, String text) implements Mutation {
        public List<String> apply(List<String> lines) {
            List<String> out = new ArrayList<>(lines);
            int i = Math.floorMod(at, out.size());
            String line = out.get(i);
            int c = Math.floorMod(column, line.length() + 1);
            out.set(i, line.substring(0, c) + text + line.substring(c));
            return out;
        }

        @Override
        public String toString() {
            return "InsertText[at=" + at + ", column=" + column + ", text=" + Fuzz.shown(text) + "]";
        }
    }

    record InsertLine(int at, String text) implements Mutation {
        public List<String> apply(List<String> lines) {
            List<String> out = new ArrayList<>(lines);
            out.add(Math.floorMod(at, out.size() + 1), text);
            return out;
        }

        @Override
        public String toString() {
            return "InsertLine[at=" + at + ", text=" + Fuzz.shown(text) + "]";
        }
    }

    /** Spoils the first amendment note at or after a line: the kind of damage a hand-edited copy shows. */
    record CorruptNote(int at, Corruption how, int digit) implements Mutation {
        public List<String> apply(List<String> lines) {
            List<String> out = new ArrayList<>(lines);
            int start = Math.floorMod(at, out.size());
            for (int k = 0; k < out.size(); k++) {
                int i = (start + k) % out.size();
                if (NOTE.matcher(out.get(i)).find()) {
                    out.set(i, how.apply(out.get(i), digit));
                    return out;
                }
            }
            return out;
        }
    }

    Pattern NOTE = Pattern.compile("\\((?:[^()]*?)(?:SG|State Gazette)[^()]*\\)");

    enum Corruption {
        /** "(amended – SG No. 52 of 2025)" → "(amended – State Gazete No. of 20)" */
        GARBLED_REFERENCE {
            String note(String n, int d) {
                return TRUNCATED_YEAR.note(NUMBER_DROPPED.note(GAZETTE_MISSPELT.note(n, d), d), d);
            }
        },
        GAZETTE_MISSPELT {
            String note(String n, int d) {
                return n.replace("SG No.", "State Gazete No.").replace("State Gazette", "State Gazete");
            }
        },
        NUMBER_DROPPED {
            String note(String n, int d) {
                return n.replaceAll("No\\. ?\\d+", "No.");
            }
        },
        TRUNCATED_YEAR {
            String note(String n, int d) {
                return n.replaceAll("of (\\d{2})\\d{2}", "of $1");
            }
        },
        DIGITS_CHANGED {
            String note(String n, int d) {
                StringBuilder out = new StringBuilder();
                for (char c : n.toCharArray()) out.append(Character.isDigit(c) ? (char) ('0' + (c - '0' + d + 1) % 10) : c);
                return out.toString();
            }
        },
        HUGE_NUMBERS {
            String note(String n, int d) {
                return n.replaceAll("\\d+", "9".repeat(20 + d));
            }
        },
        IMPOSSIBLE_DATE {
            String note(String n, int d) {
                String[] dates = {"31.02.", "00.00.", "99.13.", "29.02."};
                return n.replaceAll("\\d{2}\\.\\d{2}\\.", dates[d % dates.length]);
            }
        },
        OPENING_BRACKET_DROPPED {
            String note(String n, int d) {
                return n.substring(1);
            }
        },
        CLOSING_BRACKET_DROPPED {
            String note(String n, int d) {
                return n.substring(0, n.length() - 1);
            }
        },
        BRACKETS_DOUBLED {
            String note(String n, int d) {
                return "(" + n + ")";
            }
        },
        DASH_CHANGED {
            String note(String n, int d) {
                return n.replace("–", d % 2 == 0 ? "-" : "");
            }
        },
        SEPARATORS_DOUBLED {
            String note(String n, int d) {
                return n.replace(";", ";;").replace(",", " , ,");
            }
        },
        KIND_MISSPELT {
            String note(String n, int d) {
                return n.replace("amended", "amnded").replace("new", "neu").replace("repealed", "repeled");
            }
        },
        EMPTIED {
            String note(String n, int d) {
                return "(" + " ".repeat(d) + ")";
            }
        },
        CUT_SHORT {
            String note(String n, int d) {
                return n.substring(0, Math.max(1, n.length() * d / 10));
            }
        };

        abstract String note(String note, int digit);

        String apply(String line, int digit) {
            Matcher m = NOTE.matcher(line);
            if (!m.find()) return line;
            return line.substring(0, m.start()) + note(m.group(), digit) + line.substring(m.end());
        }
    }
}
