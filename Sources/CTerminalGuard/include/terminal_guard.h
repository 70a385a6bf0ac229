// Saves the terminal's settings and restores them on exit, on termination signals and on
// crashes, using only async-signal-safe calls inside the signal handlers.
#ifndef STORYLINE_TERMINAL_GUARD_H
#define STORYLINE_TERMINAL_GUARD_H
#include <stddef.h>

/// Saves the current termios of `fd` (the terminal later restored); returns 0 on success.
int storyline_guard_save(int fd);

/// Sets the bytes written to the terminal to leave full-screen mode (alternate screen,
/// cursor, attributes, mouse reporting); at most 512 bytes are kept.
void storyline_guard_set_reset_sequence(const char *bytes, size_t length);

/// Whether the terminal is currently in full-screen mode (the reset bytes are written only then).
void storyline_guard_set_active(int active);

/// Installs the handlers for SIGINT, SIGTERM, SIGHUP (restore, then die of the signal:
/// the shell sees 128 + signal) and SIGSEGV, SIGABRT, SIGTRAP, SIGILL, SIGBUS, SIGFPE
/// (restore, run the previous handler, such as the Swift backtracer, then die of the
/// signal with its default action). Returns 0 on success.
int storyline_guard_install(void);

/// Sends standard error to a private temporary file while the screen is full-screen,
/// when standard error is a terminal (messages would be wiped with the alternate screen).
/// Returns 0 on success or when nothing needed capturing.
int storyline_guard_capture_stderr(void);

/// Writes the reset bytes (when active), restores the saved termios and replays the
/// captured standard error. Safe to call more than once and from signal handlers.
void storyline_guard_restore(void);

/// Restores the termios and standard error without writing the reset bytes (after endwin),
/// then puts back the signal handlers that were there before `storyline_guard_install`.
void storyline_guard_uninstall(void);

/// Stops the process with SIGTSTP's default action (as the shell's Ctrl-Z would) and returns
/// when it is continued, leaving whatever SIGTSTP handler was installed (ncurses') in place.
void storyline_guard_stop_process(void);

#endif
