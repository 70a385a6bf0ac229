#include "heap_stats.h"

#include <stdlib.h>  // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
#include <malloc.h>

size_t storyline_live_heap_bytes(void) {
    struct mallinfo2 info = mallinfo2();
    // Small blocks in use plus blocks malloc gave its own mapping.
    return info.uordblks + info.hblkhd;
}
#else
size_t storyline_live_heap_bytes(void) { return 0; }
#endif
