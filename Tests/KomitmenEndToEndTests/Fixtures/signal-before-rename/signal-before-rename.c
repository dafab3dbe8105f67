// Loaded into the komitmen binary with LD_PRELOAD by OutputWriteTests: when a temporary file
// (".NAME.PID.tmp") is about to take its final name, it raises the signal named in
// SIGNAL_BEFORE_RENAME (INT, TERM or HUP), as a Ctrl-C at the worst moment would. The binary
// itself has no hook for this.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static void signal_if_temporary(const char *source) {
    const char *name = getenv("SIGNAL_BEFORE_RENAME");
    size_t length = strlen(source);
    if (name == NULL || length < 4 || strcmp(source + length - 4, ".tmp") != 0) return;
    int number = strcmp(name, "INT") == 0 ? SIGINT : strcmp(name, "TERM") == 0 ? SIGTERM
        : strcmp(name, "HUP") == 0 ? SIGHUP : 0;
    if (number == 0) return;
    // A test runner may start the process from a thread that blocks these signals (as Dispatch's
    // worker threads do), and the mask is inherited: unblock it, as a terminal's is.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, number);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(number);
}

int rename(const char *source, const char *target) {
    signal_if_temporary(source);
    int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    return real(source, target);
}

int link(const char *source, const char *target) {
    signal_if_temporary(source);
    int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "link");
    return real(source, target);
}
