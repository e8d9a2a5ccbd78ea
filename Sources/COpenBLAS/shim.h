// OpenBLAS's C interface (Debian: libopenblas-dev; macOS: brew install openblas), for the
// matrix products of the sentence encoder.
#ifndef ATTRIBUTION_GRAPH_COPENBLAS_SHIM_H
#define ATTRIBUTION_GRAPH_COPENBLAS_SHIM_H
#include <cblas.h>
#endif
