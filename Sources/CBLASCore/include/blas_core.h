// OpenBLAS's kernels chosen from the CPU's features before OpenBLAS loads (see blas_core.c).
#ifndef ATTRIBUTION_GRAPH_BLAS_CORE_H
#define ATTRIBUTION_GRAPH_BLAS_CORE_H

/// The OpenBLAS core type the CPU's features call for ("SkylakeX" with AVX-512, "Haswell" with
/// AVX2 and FMA), or NULL without them or off Linux on x86-64.
const char *attribution_blas_core_for_cpu(void);

#endif
