// The process's allocation policy, set once at start by the executables.
#ifndef STORYLINE_MALLOC_POLICY_H
#define STORYLINE_MALLOC_POLICY_H

/// Gives every block of 128 KiB or more its own mapping, returned to the system when freed
/// (glibc's `M_MMAP_THRESHOLD`, fixed at its initial value; nothing elsewhere). Returns 0
/// when the allocator took it.
///
/// Left alone, glibc raises the threshold to the size of each mapped block freed (up to
/// 32 MiB). After that, the large arrays that model building makes and drops in turn come
/// from the heap and leave holes the process keeps: 7 MB of the peak at 20 MB of articles.
/// Swift's Glibc module does not import <malloc.h>, hence this shim.
int storyline_apply_malloc_policy(void);

#endif
