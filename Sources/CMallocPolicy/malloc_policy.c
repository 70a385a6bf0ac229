#include "malloc_policy.h"

#include <stdlib.h>  // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>

int storyline_apply_malloc_policy(void) {
    return mallopt(M_MMAP_THRESHOLD, 128 * 1024) == 1 ? 0 : -1;
}
#else
int storyline_apply_malloc_policy(void) { return -1; }
#endif
