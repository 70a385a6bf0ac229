#include "terminal_guard.h"
#include <termios.h>

static struct termios saved;

int storyline_guard_save(int fd) {
    return tcgetattr(fd, &saved);
}
