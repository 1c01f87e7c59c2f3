package io.schemasync.render;

/** The few ANSI SGR styles the text plan uses; with colour off every style is the empty string. */
enum Ansi {
    PLAIN(""), BOLD("1"), DIM("2"), RED("31"), GREEN("32"), YELLOW("33");

    private static final String ESC = "\u001b[";
    private final String code;

    Ansi(String code) {
        this.code = code;
    }

    String paint(String text, boolean color) {
        if (!color || code.isEmpty() || text.isEmpty()) return text;
        return ESC + code + "m" + text + ESC + "0m";
    }
}
