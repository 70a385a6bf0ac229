// Wide-character ncurses plus wrappers for the macros and globals Swift cannot import
// (or, for globals, cannot touch safely in language mode 6).
#ifndef STORYLINE_CNCURSESW_SHIM_H
#define STORYLINE_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <ncursesw/curses.h>
#include <stdio.h>
#include <wchar.h>

// MARK: screen and window

/// newterm on the process's stdout/stdin; NULL when TERM names no usable terminal.
static inline SCREEN *storyline_newterm(const char *type) { return newterm(type, stdout, stdin); }

/// The standard window of the current screen.
static inline WINDOW *storyline_stdscr(void) { return stdscr; }

/// Rows of `window` (getmaxyx).
static inline int storyline_max_y(WINDOW *window) {
    int y, x;
    getmaxyx(window, y, x);
    (void)x;
    return y;
}

/// Columns of `window` (getmaxyx).
static inline int storyline_max_x(WINDOW *window) {
    int y, x;
    getmaxyx(window, y, x);
    (void)y;
    return x;
}

/// Number of colour pairs the terminal supports (COLOR_PAIRS).
static inline int storyline_color_pairs(void) { return COLOR_PAIRS; }

/// Number of colours the terminal supports (COLORS).
static inline int storyline_colors(void) { return COLORS; }

/// A terminfo string capability, or NULL when the terminal lacks it.
static inline const char *storyline_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

/// Draws one cell: `text` is a NUL-terminated spacing character plus up to four combining
/// characters. Returns ERR when ncurses rejects the sequence (not when the cell is the
/// bottom-right corner, where ncurses draws it but reports the cursor cannot advance).
static inline int storyline_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    (void)mvwadd_wch(window, y, x, &cell);
    return OK;
}

/// The terminal width of one scalar in the current locale (-1: not printable).
extern int wcwidth(wchar_t c);
static inline int storyline_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

// MARK: attributes

static inline attr_t storyline_attr_normal(void) { return A_NORMAL; }
static inline attr_t storyline_attr_bold(void) { return A_BOLD; }
static inline attr_t storyline_attr_reverse(void) { return A_REVERSE; }
static inline attr_t storyline_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t storyline_attr_dim(void) { return A_DIM; }
static inline attr_t storyline_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

// MARK: keys

static inline int storyline_key_code_yes(void) { return KEY_CODE_YES; }
static inline int storyline_key_down(void) { return KEY_DOWN; }
static inline int storyline_key_up(void) { return KEY_UP; }
static inline int storyline_key_left(void) { return KEY_LEFT; }
static inline int storyline_key_right(void) { return KEY_RIGHT; }
static inline int storyline_key_home(void) { return KEY_HOME; }
static inline int storyline_key_end(void) { return KEY_END; }
static inline int storyline_key_npage(void) { return KEY_NPAGE; }
static inline int storyline_key_ppage(void) { return KEY_PPAGE; }
static inline int storyline_key_btab(void) { return KEY_BTAB; }
static inline int storyline_key_enter(void) { return KEY_ENTER; }
static inline int storyline_key_backspace(void) { return KEY_BACKSPACE; }
static inline int storyline_key_dc(void) { return KEY_DC; }
static inline int storyline_key_resize(void) { return KEY_RESIZE; }
static inline int storyline_key_mouse(void) { return KEY_MOUSE; }
static inline int storyline_key_f(int n) { return KEY_F(n); }

// MARK: mouse

static inline mmask_t storyline_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t storyline_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t storyline_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t storyline_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t storyline_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t storyline_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t storyline_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t storyline_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

#endif
