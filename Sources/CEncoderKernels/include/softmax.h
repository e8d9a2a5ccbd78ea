// Softmax over rows of attention scores, in vector registers.
#ifndef ATTRIBUTION_SOFTMAX_H
#define ATTRIBUTION_SOFTMAX_H

/// Replaces each of `rows` rows of `count` scores at `scores` with its softmax. The
/// exponential is a polynomial (Cephes' `expf`, within a few units in the last place of the C
/// library's) and every lane is rounded as IEEE arithmetic says, so the result depends on the
/// scores only, not on the CPU's vector width.
void attribution_softmax_rows(float *scores, int rows, int count);

/// The same, compiled for the baseline instruction set whatever the CPU (tests compare the two).
void attribution_softmax_rows_plain(float *scores, int rows, int count);

#endif
