package io.schemasync.cli;

/** The few ANSI styles the commands print themselves (the plan is coloured by the text renderer). */
record Style(boolean color) {
    private static final String RESET = "\u001B[0m";

    String dim(String text) {
        return wrap("\u001B[2m", text);
    }

    String red(String text) {
        return wrap("\u001B[31m", text);
    }

    String green(String text) {
        return wrap("\u001B[32m", text);
    }

    String yellow(String text) {
        return wrap("\u001B[33m", text);
    }

    String bold(String text) {
        return wrap("\u001B[1m", text);
    }

    private String wrap(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
