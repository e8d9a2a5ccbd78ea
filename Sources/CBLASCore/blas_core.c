// OpenBLAS picks its kernels as it loads, from the CPU's model number. On a model it does not
// know (virtual machines often report a generic "Intel Xeon Processor") it falls back to its
// generic SSE3 kernels ("Prescott"), three times slower at the encoder's matrix products than
// the AVX-512 ones on the same CPU. OPENBLAS_CORETYPE overrides the choice, but OpenBLAS reads
// it in its own initialiser, before main, and an environment changed before then does not
// last (the C library resets it when it initialises). So an executable's .preinit_array entry,
// which runs before any library's initialiser, starts the program again once, with
// OPENBLAS_CORETYPE set from the CPU's features, unless it is set already. Every x86-64 CPU with
// these features runs these kernels; results agree with the generic kernels' to float rounding.
#include "blas_core.h"

#include <stddef.h>

#if defined(__linux__) && defined(__x86_64__)
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

const char *attribution_blas_core_for_cpu(void) {
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq") &&
      __builtin_cpu_supports("avx512cd")) {
    return "SkylakeX";
  }
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return "Haswell";
  return NULL;
}

static void choose_core(int argc, char **argv, char **envp) {
  (void)argc;
  // Run through the dynamic loader by name (`ld.so PROGRAM`), /proc/self/exe is the loader:
  // leave the choice to OpenBLAS.
  if (getauxval(AT_BASE) == 0 || argv == NULL || envp == NULL) return;
  // The environment as the program was started with (getenv does not read it yet).
  static const char name[] = "OPENBLAS_CORETYPE=";
  size_t count = 0;
  for (; envp[count] != NULL; count++) {
    if (strncmp(envp[count], name, sizeof name - 1) == 0) return;
  }
  const char *core = attribution_blas_core_for_cpu();
  if (core == NULL) return;
  static char setting[64];
  strcpy(setting, name);
  strncat(setting, core, sizeof setting - sizeof name);
  char **environment = malloc((count + 2) * sizeof(char *));
  if (environment == NULL) return;
  memcpy(environment, envp, count * sizeof(char *));
  environment[count] = setting;
  environment[count + 1] = NULL;
  // Returns only if it failed (no /proc): then OpenBLAS chooses.
  execve("/proc/self/exe", argv, environment);
  free(environment);
}

__attribute__((section(".preinit_array"), used)) static void (*const preinit_choose_core)(int, char **, char **) =
  choose_core;
#else
const char *attribution_blas_core_for_cpu(void) { return NULL; }
#endif
