#ifndef STORYLINE_HEAP_STATS_H
#define STORYLINE_HEAP_STATS_H

#include <stddef.h>

/// Bytes the C allocator has handed out and not had back (glibc mallinfo2; 0 elsewhere).
/// Swift's Glibc module does not import <malloc.h>, hence this shim.
size_t storyline_live_heap_bytes(void);

#endif
