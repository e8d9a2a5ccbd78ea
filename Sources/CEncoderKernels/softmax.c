// Attention's softmax, sixteen lanes at a time: the row's maximum and sum are kept per lane
// (no reassociation: each lane adds in order, then the lanes in a fixed order), and the
// exponential is a polynomial the compiler vectorizes where `expf` is a call per score.
#include "softmax.h"

#include <stdint.h>
#include <string.h>

#pragma clang fp contract(off)

enum { lanes = 16 };

// e^x for x ≤ 0 (softmax's arguments): x = n ln 2 + r with |r| ≤ ln 2 / 2, a polynomial for
// e^r, 2^n built in the exponent bits; under -87.3 (2^-126), or NaN, it is 0.
__attribute__((always_inline)) static inline float exponential(float x) {
  if (!(x >= -87.33654f)) return 0.0f;  // also a NaN: never converted to int
  // Adding and taking away 1.5 * 2^23 rounds to the nearest integer, ties to even.
  float n = (x * 1.44269504088896341f + 12582912.0f) - 12582912.0f;
  float r = x - n * 0.693359375f;
  r = r - n * -2.12194440e-4f;
  float r2 = r * r;
  float p = 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = p * r2 + r + 1.0f;
  int32_t bits = ((int32_t)n + 127) << 23;
  float scale;
  memcpy(&scale, &bits, sizeof scale);
  return p * scale;
}

__attribute__((always_inline)) static inline void softmax_row(float *row, int count) {
  int full = count / lanes * lanes;
  float largest[lanes], total[lanes];
  for (int j = 0; j < lanes; j++) largest[j] = -3.40282347e38f;
  for (int i = 0; i < full; i += lanes) {
    for (int j = 0; j < lanes; j++) largest[j] = row[i + j] > largest[j] ? row[i + j] : largest[j];
  }
  float top = -3.40282347e38f;
  for (int j = 0; j < lanes; j++) top = largest[j] > top ? largest[j] : top;
  for (int i = full; i < count; i++) top = row[i] > top ? row[i] : top;
  for (int j = 0; j < lanes; j++) total[j] = 0;
  for (int i = 0; i < full; i += lanes) {
    for (int j = 0; j < lanes; j++) {
      float value = exponential(row[i + j] - top);
      row[i + j] = value;
      total[j] += value;
    }
  }
  float sum = 0;
  for (int j = 0; j < lanes; j++) sum += total[j];
  for (int i = full; i < count; i++) {
    row[i] = exponential(row[i] - top);
    sum += row[i];
  }
  float inverse = 1.0f / sum;
  for (int i = 0; i < count; i++) row[i] *= inverse;
}

void attribution_softmax_rows_plain(float *scores, int rows, int count) {
  for (int r = 0; r < rows; r++) softmax_row(scores + (size_t)r * count, count);
}

#if defined(__x86_64__) && defined(__clang__)
__attribute__((target("avx512f,avx512dq"))) static void softmax_avx512(float *scores, int rows, int count) {
  for (int r = 0; r < rows; r++) softmax_row(scores + (size_t)r * count, count);
}

__attribute__((target("avx2"))) static void softmax_avx2(float *scores, int rows, int count) {
  for (int r = 0; r < rows; r++) softmax_row(scores + (size_t)r * count, count);
}
#endif

void attribution_softmax_rows(float *scores, int rows, int count) {
#if defined(__x86_64__) && defined(__clang__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")) {
    softmax_avx512(scores, rows, count);
    return;
  }
  if (__builtin_cpu_supports("avx2")) {
    softmax_avx2(scores, rows, count);
    return;
  }
#endif
  attribution_softmax_rows_plain(scores, rows, count);
}
