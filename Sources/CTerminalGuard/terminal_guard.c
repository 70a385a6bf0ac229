#include "terminal_guard.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// Why C: signal handlers may only call async-signal-safe functions (write, tcsetattr,
// sigaction, raise, dup2, read, lseek, close), and Swift cannot promise that.

enum { reset_capacity = 512 };

static struct termios saved_termios;
static int saved_fd = -1;
static char reset_bytes[reset_capacity];
static volatile sig_atomic_t reset_length = 0;
static volatile sig_atomic_t screen_active = 0;
static volatile sig_atomic_t installed = 0;
static int saved_stderr = -1;
static int capture_fd = -1;

static const int termination_signals[] = { SIGINT, SIGTERM, SIGHUP };
static const int crash_signals[] = { SIGSEGV, SIGABRT, SIGTRAP, SIGILL, SIGBUS, SIGFPE };
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))
static struct sigaction previous_termination[COUNT(termination_signals)];
static struct sigaction previous_crash[COUNT(crash_signals)];

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

static void release_stderr(void) {
    if (saved_stderr < 0) return;
    int captured = capture_fd;
    int original = saved_stderr;
    saved_stderr = -1;
    capture_fd = -1;
    dup2(original, STDERR_FILENO);
    close(original);
    if (captured < 0) return;
    if (lseek(captured, 0, SEEK_SET) == 0) {
        char buffer[4096];
        for (;;) {
            ssize_t got = read(captured, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) break;
            write_all(STDERR_FILENO, buffer, (size_t)got);
        }
    }
    close(captured);
}

int storyline_guard_save(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) return -1;
    saved_fd = fd;
    return 0;
}

void storyline_guard_set_reset_sequence(const char *bytes, size_t length) {
    if (length > reset_capacity) length = reset_capacity;
    reset_length = 0;
    memcpy(reset_bytes, bytes, length);
    reset_length = (sig_atomic_t)length;
}

void storyline_guard_set_active(int active) { screen_active = active ? 1 : 0; }

void storyline_guard_restore(void) {
    int saved_errno = errno;
    if (screen_active && reset_length > 0 && saved_fd >= 0) {
        write_all(saved_fd, reset_bytes, (size_t)reset_length);
    }
    screen_active = 0;
    if (saved_fd >= 0) tcsetattr(saved_fd, TCSADRAIN, &saved_termios);
    release_stderr();
    errno = saved_errno;
}

static void on_termination(int signal_number) {
    storyline_guard_restore();
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(signal_number, &default_action, NULL);
    // Still blocked inside the handler: delivered, with the default action, on return.
    raise(signal_number);
}

static void on_crash(int signal_number, siginfo_t *info, void *context) {
    storyline_guard_restore();
    // Let the previous handler (the Swift runtime's backtracer) report the crash on the
    // restored terminal; called directly, since it may return without ending the process.
    for (size_t i = 0; i < COUNT(crash_signals); i++) {
        if (crash_signals[i] != signal_number) continue;
        struct sigaction previous = previous_crash[i];
        if (previous.sa_flags & SA_SIGINFO) {
            if (previous.sa_sigaction != NULL) previous.sa_sigaction(signal_number, info, context);
        } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
            previous.sa_handler(signal_number);
        }
    }
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(signal_number, &default_action, NULL);
    // A signal sent by kill/raise/abort is raised again (delivered on return); a real fault
    // happens again by itself when the faulting instruction re-executes. Either way the
    // default action ends the process as a crash.
    if (info == NULL || info->si_code <= 0) raise(signal_number);
}

int storyline_guard_install(void) {
    if (installed) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_termination;
    for (size_t i = 0; i < COUNT(termination_signals); i++) {
        if (sigaction(termination_signals[i], &action, &previous_termination[i]) != 0) return -1;
        // A signal the launcher chose to ignore (nohup, background jobs) stays ignored.
        if (previous_termination[i].sa_handler == SIG_IGN) {
            sigaction(termination_signals[i], &previous_termination[i], NULL);
        }
    }
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_sigaction = on_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (size_t i = 0; i < COUNT(crash_signals); i++) {
        if (sigaction(crash_signals[i], &action, &previous_crash[i]) != 0) return -1;
    }
    installed = 1;
    return 0;
}

int storyline_guard_capture_stderr(void) {
    if (saved_stderr >= 0 || !isatty(STDERR_FILENO)) return 0;
    const char *folder = getenv("TMPDIR");
    char path[4096];
    const char *name = "/storyline-stderr-XXXXXX";
    if (folder == NULL || folder[0] == '\0' || strlen(folder) + strlen(name) + 1 > sizeof path) folder = "/tmp";
    strcpy(path, folder);
    strcat(path, name);
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    unlink(path);
    int original = dup(STDERR_FILENO);
    if (original < 0) {
        close(fd);
        return -1;
    }
    fcntl(original, F_SETFD, FD_CLOEXEC);
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    if (dup2(fd, STDERR_FILENO) < 0) {
        close(fd);
        close(original);
        return -1;
    }
    capture_fd = fd;
    saved_stderr = original;
    return 0;
}

void storyline_guard_uninstall(void) {
    screen_active = 0;
    if (saved_fd >= 0) tcsetattr(saved_fd, TCSADRAIN, &saved_termios);
    release_stderr();
    if (!installed) return;
    for (size_t i = 0; i < COUNT(termination_signals); i++) {
        sigaction(termination_signals[i], &previous_termination[i], NULL);
    }
    for (size_t i = 0; i < COUNT(crash_signals); i++) {
        sigaction(crash_signals[i], &previous_crash[i], NULL);
    }
    installed = 0;
}

void storyline_guard_stop_process(void) {
    struct sigaction stop, previous;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    if (sigaction(SIGTSTP, &stop, &previous) != 0) return;
    raise(SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}
