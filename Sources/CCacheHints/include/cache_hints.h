#ifndef STORYLINE_CACHE_HINTS_H
#define STORYLINE_CACHE_HINTS_H

/// Asks the processor to start loading the cache line at `address` for reading, without
/// waiting for it (Swift has no prefetch of its own). A hint only: any address is safe.
static inline void storyline_prefetch(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0, 3);
#else
    (void)address;
#endif
}

#endif
