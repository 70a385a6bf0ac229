// Wide-character ncurses plus wrappers for the macros Swift cannot import.
#ifndef STORYLINE_CNCURSESW_SHIM_H
#define STORYLINE_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <ncursesw/curses.h>
#endif
