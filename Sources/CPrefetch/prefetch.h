#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Asks the processor to bring the cache line holding `address` into cache, without waiting.
static inline void prefetch_for_reading(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
