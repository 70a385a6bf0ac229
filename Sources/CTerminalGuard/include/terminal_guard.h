// Saves the terminal's settings and restores them on exit, signals and crashes.
#ifndef STORYLINE_TERMINAL_GUARD_H
#define STORYLINE_TERMINAL_GUARD_H
/// Saves the current termios of `fd`; returns 0 on success.
int storyline_guard_save(int fd);
#endif
